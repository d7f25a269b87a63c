// Compiles our Handlebars templates to plain JavaScript: string concatenation with strict lookups, no Handlebars
// runtime on the request path. The build writes the code into dist/templates (scripts/precompile-templates.ts);
// without a build the same code is compiled at start-up, so both paths render byte for byte alike.
import { createRequire } from 'node:module';
import type * as HandlebarsModule from 'handlebars';

type Handlebars = typeof HandlebarsModule;
type Ast = hbs.AST.Program;
type Statement = hbs.AST.Statement;
type PathExpression = hbs.AST.PathExpression;

let handlebars: Handlebars | undefined;
/** Loaded on first use: a start from a build never parses a template. */
const parser = () => (handlebars ??= createRequire(import.meta.url)('handlebars') as Handlebars);

/**
 * What compiled templates call, written once at the top of each generated module. `L` is a strict lookup: a
 * template naming a field the view lacks throws (as Handlebars' strict mode does) instead of printing an empty
 * slot, and only own properties count, so no template reaches a prototype. `S` prints a value as Handlebars does
 * with noEscape (null and undefined print nothing); `T` is the `if` helper's truth (an empty list is false).
 */
export const runtimeSource = [
  'function L(o, k, p) { if (o === null || typeof o !== "object" || !Object.hasOwn(o, k)) throw new Error(JSON.stringify(k) + " not defined in " + p); return o[k]; }',
  'function S(x) { return x === null || x === undefined ? "" : "" + x; }',
  'function T(x) { return Array.isArray(x) ? x.length !== 0 : !!x; }',
].join('\n');

/** A template is our text with `{{path}}`, `{{#if path}}`, `{{#unless path}}`, `{{else}}` and `{{else if path}}`. */
export class TemplateSyntaxError extends Error {}

function lookup(path: PathExpression, source: string): string {
  if (path.data || path.depth !== 0 || path.parts.length === 0 || path.parts.some((p) => p === 'this' || p === '..')) {
    throw new TemplateSyntaxError(`unsupported path "${path.original}" in ${JSON.stringify(source)}`);
  }
  let code = 'v';
  const walked: string[] = [];
  for (const part of path.parts) {
    walked.push(part);
    code = `L(${code}, ${JSON.stringify(part)}, ${JSON.stringify(walked.join('.'))})`;
  }
  return code;
}

function program(body: Statement[] | undefined, source: string): string {
  if (!body || body.length === 0) return '""';
  return body.map((s) => statement(s, source)).join(' + ');
}

function statement(node: Statement, source: string): string {
  switch (node.type) {
    case 'ContentStatement':
      return JSON.stringify((node as hbs.AST.ContentStatement).value);
    case 'CommentStatement':
      return '""';
    case 'MustacheStatement': {
      const m = node as hbs.AST.MustacheStatement;
      if (m.params.length > 0 || (m.hash && m.hash.pairs.length > 0) || m.path.type !== 'PathExpression') {
        throw new TemplateSyntaxError(`unsupported expression in ${JSON.stringify(source)}: only {{field.path}} prints a value`);
      }
      return `S(${lookup(m.path as PathExpression, source)})`;
    }
    case 'BlockStatement': {
      const b = node as hbs.AST.BlockStatement;
      const helper = b.path.type === 'PathExpression' ? (b.path as PathExpression).original : '';
      const [condition] = b.params;
      if ((helper !== 'if' && helper !== 'unless') || b.params.length !== 1 || condition?.type !== 'PathExpression') {
        throw new TemplateSyntaxError(`unsupported block in ${JSON.stringify(source)}: only {{#if field}} and {{#unless field}}`);
      }
      const test = `T(${lookup(condition as PathExpression, source)})`;
      const yes = program(b.program?.body, source);
      const no = program(b.inverse?.body, source);
      return helper === 'if' ? `(${test} ? ${yes} : ${no})` : `(${test} ? ${no} : ${yes})`;
    }
    default:
      throw new TemplateSyntaxError(`unsupported ${node.type} in ${JSON.stringify(source)}`);
  }
}

/** The JavaScript of a function from the view model to the text. Throws a Handlebars parse error, or ours. */
export function templateCode(source: string): string {
  const ast: Ast = parser().parse(source);
  return `function (v) { return ${program(ast.body, source)}; }`;
}

let runtime: unknown[] | undefined;

/** Compiles a template in this process: what the build writes into dist/templates, made a function here. */
export function compileTemplate(source: string): (view: object) => string {
  // The same runtime source as the generated modules, so both paths behave alike.
  // Our own generated code from our own templates, the same text the build writes into dist/templates.
  // eslint-disable-next-line no-new-func
  runtime ??= new Function(`${runtimeSource}\nreturn [L, S, T];`)() as unknown[];
  // eslint-disable-next-line no-new-func
  return new Function('L', 'S', 'T', `return ${templateCode(source)};`)(...runtime) as (view: object) => string;
}
