// A platform's template read before it is stored: its syntax in our safe template language, and every variable it
// names checked against the published view model, each problem with its line and column.
import { createRequire } from 'node:module';
import type * as HandlebarsModule from 'handlebars';
import { compileTemplate } from '../messages/template-compiler.js';
import { templateVariablesSchema } from '../messages/view-model.js';

type Handlebars = typeof HandlebarsModule;
type Node = hbs.AST.Node & { loc?: hbs.AST.SourceLocation };

export interface TemplateProblem {
  rule: 'template-syntax' | 'unknown-variable';
  severity: 'error';
  message: string;
  /** The field of the draft: "/text" or "/subject". */
  pointer: string;
  /** 1-based, in the field's own text. */
  line: number;
  column: number;
}

let handlebars: Handlebars | undefined;
function parser(): Handlebars {
  if (handlebars) return handlebars;
  handlebars = createRequire(import.meta.url)('handlebars') as Handlebars;
  // Handlebars' parser throws its errors without their position; keep the lexer's location on the error.
  const shared = (handlebars as unknown as { Parser: { parseError: (message: string, hash: unknown) => never } }).Parser;
  shared.parseError = (message: string, hash: unknown) => {
    throw Object.assign(new Error(message), { hash });
  };
  return handlebars;
}

/** A node of the variables' tree: a leaf (text, flag), an object with known fields, or a map of any keys ("*"). */
type VariableTree = { [name: string]: VariableTree } | 'leaf' | 'map';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

function treeOf(schema: JsonSchema): VariableTree {
  const options = schema.anyOf ?? [schema];
  const object = options.find((o) => o.type === 'object');
  if (!object) return 'leaf';
  if (object.properties) return Object.fromEntries(Object.entries(object.properties).map(([k, v]) => [k, treeOf(v)]));
  return 'map';
}

let variables: VariableTree | undefined;
/** The tree of variable names, from the same JSON Schema `GET /templates/variables` publishes. */
function variableTree(): VariableTree {
  if (variables) return variables;
  const schema = templateVariablesSchema() as JsonSchema;
  const root = schema.$ref ? schema.$defs![schema.$ref.split('/').pop()!]! : schema;
  return (variables = treeOf(root));
}

/** Every leaf path ("candidate.name"), for suggestions. */
function leafPaths(tree: VariableTree, prefix = ''): string[] {
  if (tree === 'leaf' || tree === 'map') return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function suggestion(path: string): string {
  const best = leafPaths(variableTree())
    .map((p) => ({ p, d: Math.min(distance(path, p), distance(path, p.split('.').pop()!) + 1) }))
    .sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(path.length / 3)) ? `; did you mean {{${best.p}}}?` : '; see GET /templates/variables';
}

/** What is wrong with a variable path used to print (`asValue`) or to test, or undefined when it is fine. */
function checkPath(parts: readonly string[], asValue: boolean): string | undefined {
  let node: VariableTree = variableTree();
  for (let i = 0; i < parts.length; i++) {
    const walked = parts.slice(0, i + 1).join('.');
    if (node === 'leaf') return `${parts.slice(0, i).join('.')} has no fields (it is a text or a flag), so ${walked} is unknown`;
    if (node === 'map') return undefined;
    const next: VariableTree | undefined = Object.hasOwn(node, parts[i]!) ? node[parts[i]!] : undefined;
    if (next === undefined) return `unknown variable ${walked}${suggestion(parts.join('.'))}`;
    node = next;
  }
  if (asValue && typeof node === 'object') return `${parts.join('.')} is a group of variables, not a text: print one of its fields (${Object.keys(node).slice(0, 3).join(', ')} ...)`;
  return undefined;
}

const at = (node: Node) => ({ line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });

function walk(nodes: readonly hbs.AST.Statement[] | undefined, pointer: string, out: TemplateProblem[]): void {
  for (const node of nodes ?? []) {
    const syntax = (message: string) => out.push({ rule: 'template-syntax', severity: 'error', message, pointer, ...at(node) });
    const variable = (path: hbs.AST.PathExpression, asValue: boolean) => {
      if (path.data || path.depth !== 0 || path.parts.length === 0 || path.parts.some((p) => p === 'this' || p === '..')) {
        syntax(`"${path.original}": only the published variables, by name (no @data, this or ../)`);
        return;
      }
      const problem = checkPath(path.parts, asValue);
      if (problem) out.push({ rule: 'unknown-variable', severity: 'error', message: problem, pointer, ...at(path as Node) });
    };
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        break;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        if (m.params.length > 0 || (m.hash && m.hash.pairs.length > 0) || m.path.type !== 'PathExpression') {
          syntax(`{{${(m.path as hbs.AST.PathExpression).original ?? ''} ...}}: no helpers; print a variable with {{name}}`);
        } else variable(m.path as hbs.AST.PathExpression, true);
        break;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const helper = b.path.type === 'PathExpression' ? (b.path as hbs.AST.PathExpression).original : '';
        const [condition] = b.params;
        if ((helper !== 'if' && helper !== 'unless') || b.params.length !== 1 || condition?.type !== 'PathExpression') {
          syntax(`{{#${helper}}}: only {{#if variable}} and {{#unless variable}} blocks, with {{else}}`);
        } else variable(condition as hbs.AST.PathExpression, false);
        walk(b.program?.body, pointer, out);
        walk(b.inverse?.body, pointer, out);
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        syntax('partials ({{> name}}) are not part of the template language');
        break;
      case 'DecoratorBlock':
      case 'Decorator':
        syntax('decorators are not part of the template language');
        break;
      default:
        syntax(`${node.type} is not part of the template language`);
    }
  }
}

interface ParseFailure {
  message: string;
  hash?: { loc?: { first_line: number; first_column: number } };
  lineNumber?: number;
  column?: number;
}

/** Every syntax problem and unknown variable in one field of a draft. */
export function checkTemplate(source: string, pointer: string): TemplateProblem[] {
  let ast: hbs.AST.Program;
  try {
    ast = parser().parse(source);
  } catch (err) {
    const e = err as ParseFailure;
    const loc = e.hash?.loc;
    const first = e.message.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
    const expected = /Expecting (.+), got '(\w+)'/.exec(e.message);
    const message = expected ? `${first.replace(/:$/, '')}: unexpected ${expected[2]!.toLowerCase().replace(/_/g, ' ')}` : first;
    return [{ rule: 'template-syntax', severity: 'error', message, pointer, line: loc?.first_line ?? e.lineNumber ?? 1, column: (loc?.first_column ?? e.column ?? 0) + 1 }];
  }
  const out: TemplateProblem[] = [];
  walk(ast.body, pointer, out);
  return out;
}

export type Template = (view: object) => string;

/** Compiles a checked field: the same strict code our own templates compile to. */
export const compileChecked = (source: string): Template => compileTemplate(source);
