// CHANGELOG.md as a release records it: which versions it names and which template versions it shipped, derived from
// the repository so that `npm run changelog` writes them and a test fails when the file has fallen behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writtenLanguages } from '../src/messages/languages/index.js';
import { createMessageService } from '../src/messages/service.js';
import { projectRoot } from '../src/project-root.js';

export interface Versions {
  service: string;
  contract: string;
  client: string;
}

/** Per written language, its template versions as `GET /messages/languages` names them, with the tags using each. */
export type TemplateVersions = Record<string, string>;

export interface Section {
  /** `Unreleased`, or the version of a release. */
  name: string;
  date?: string;
  /** Everything under the `## ` heading, up to the next one. */
  body: string;
}

const readJson = (path: string) => JSON.parse(readFileSync(join(projectRoot(), path), 'utf8'));

/** The three versions as the repository states them: package.json, the committed contract, the client package. */
export function currentVersions(): Versions {
  return {
    service: readJson('package.json').version,
    contract: readJson('openapi/openapi.json').info.version,
    client: readJson('clients/typescript/package.json').version,
  };
}

/** The template versions the service serves now, from the templates on disk. */
export function currentTemplateVersions(): TemplateVersions {
  const { languages } = createMessageService().languages;
  return Object.fromEntries(
    writtenLanguages.map((language) => {
      const tagsByVersion = new Map<string, string[]>();
      for (const l of languages.filter((l) => l.language === language)) {
        tagsByVersion.set(l.templateVersion, [...(tagsByVersion.get(l.templateVersion) ?? []), l.tag]);
      }
      return [language, [...tagsByVersion].map(([version, tags]) => `\`${version}\` (${tags.join(', ')})`).join(', ')];
    }),
  );
}

const heading = /^## \[(Unreleased|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\](?: - (\d{4}-\d{2}-\d{2}))?[ \t]*$/gm;

/** The preamble before the first release heading, and each `## [...]` section in order. */
export function sections(changelog: string): { preamble: string; sections: Section[] } {
  const found = [...changelog.matchAll(heading)];
  return {
    preamble: changelog.slice(0, found[0]?.index ?? changelog.length),
    sections: found.map((m, i) => ({
      name: m[1]!,
      ...(m[2] && { date: m[2] }),
      body: changelog.slice(m.index! + m[0].length, found[i + 1]?.index ?? changelog.length),
    })),
  };
}

const versionsLine = /^\*\*Versions:\*\* service (\S+), API contract (\S+), client (\S+)\.$/m;

/** The versions a release names in its `**Versions:**` line. */
export function releaseVersions(section: Section): Versions | undefined {
  const m = versionsLine.exec(section.body);
  return m ? { service: m[1]!, contract: m[2]!, client: m[3]! } : undefined;
}

const tableTitle = '### Template versions';

/** The template versions a section records in its table, by language. */
export function recordedTemplateVersions(section: Section): TemplateVersions | undefined {
  const start = section.body.indexOf(`${tableTitle}\n`);
  if (start < 0) return undefined;
  const rows = section.body
    .slice(start)
    .split('\n')
    .filter((line) => /^\| `[a-z]{2,3}` \|/.test(line));
  return Object.fromEntries(rows.map((row) => {
    const [language, versions] = row.split(' | ');
    return [language!.replace(/^\| `|`$/g, ''), versions!];
  }));
}

/** The table of a section, each language marked against the last release's. */
export function templateTable(current: TemplateVersions, previous: TemplateVersions | undefined): string {
  const rows = Object.entries(current).map(([language, versions]) => {
    const before = previous?.[language];
    const change = before === undefined ? 'new' : before === versions ? 'unchanged' : '**changed**';
    return `| \`${language}\` | ${versions} | ${change} |`;
  });
  return [
    tableTitle,
    '',
    '`templateVersion` of each tag in `GET /messages/languages`, and each message `id`, depend on these. A changed version',
    'means other words for the same request.',
    '',
    '| language | template versions (tags) | since the last release |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const withoutTable = (body: string) => body.replace(/### Template versions\n[\s\S]*?(?=\n### |\n## |$)/, '').replace(/\n{3,}/g, '\n\n');

/** Puts a table in a section's body, after its versions line or at its top, replacing one already there. */
function withTable(body: string, table: string): string {
  const rest = withoutTable(body).replace(/^\n+/, '');
  const line = versionsLine.exec(rest);
  if (line) {
    const end = line.index + line[0].length;
    return `\n\n${rest.slice(0, end)}\n\n${table}${rest.slice(end).replace(/^\n+/, '\n')}`;
  }
  return `\n\n${table}${rest ? `\n${rest}` : '\n'}`;
}

const render = (preamble: string, list: Section[]) =>
  preamble + list.map((s) => `## [${s.name}]${s.date ? ` - ${s.date}` : ''}${s.body}`).join('').replace(/\n*$/, '\n');

/**
 * The changelog brought up to date. When package.json names a version no release has yet, Unreleased becomes that
 * release (dated `today`, with its versions line and its full template table) under a new, empty Unreleased.
 * Otherwise Unreleased carries a template table only while the templates differ from the last release's.
 */
export function updateChangelog(changelog: string, versions: Versions, templates: TemplateVersions, today: string): string {
  const { preamble, sections: list } = sections(changelog);
  const unreleasedAt = list.findIndex((s) => s.name === 'Unreleased');
  const unreleased = unreleasedAt >= 0 ? list.splice(unreleasedAt, 1)[0]! : { name: 'Unreleased', body: '\n\n' };
  const latest = list[0];
  const previous = latest && recordedTemplateVersions(latest);

  if (!list.some((s) => s.name === versions.service)) {
    const line = `**Versions:** service ${versions.service}, API contract ${versions.contract}, client ${versions.client}.`;
    const body = withTable(`\n\n${line}\n\n${withoutTable(unreleased.body).replace(/^\n+/, '')}`, templateTable(templates, previous));
    return render(preamble, [{ name: 'Unreleased', body: '\n\n' }, { name: versions.service, date: today, body }, ...list]);
  }
  const same = previous !== undefined && Object.keys(templates).every((l) => templates[l] === previous[l]);
  const body = same ? withoutTable(unreleased.body) : withTable(unreleased.body, templateTable(templates, previous));
  return render(preamble, [{ ...unreleased, body: body.trim() === '' ? '\n\n' : body }, ...list]);
}
