// Spell-checks rendered text with cspell in a given dictionary language, with the project's word list for names.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spellCheckDocument } from 'cspell-lib';
import { projectRoot } from '../../src/project-root.js';

export interface SpellOptions {
  /** cspell's language setting, e.g. "en-US", "en-GB", "de-DE", "fr-FR", "es-ES". */
  language: string;
  /** Words that are wrong in this variant though another variant has them ("apologise" in en-US). */
  flagWords?: string[];
  /** Dictionaries to import (a package's cspell-ext.json) for languages cspell does not bundle. */
  imports?: string[];
  /** Match case and accents exactly: in Spanish a missing accent is a misspelling ("podria"). */
  caseSensitive?: boolean;
}

/** Each distinct line once: seeds and tones repeat most lines, and cspell's cost grows with the text. */
export function distinctLines(texts: readonly string[]): string {
  return [...new Set(texts.flatMap((t) => t.split('\n')))].join('\n');
}

/**
 * Each distinct word once, one to a line: what cspell checks, at a fraction of the cost of every line (tones, seeds
 * and fact sets repeat most words). Punctuation around a word goes; apostrophes and hyphens inside it stay.
 */
export function distinctWords(texts: readonly string[]): string {
  const words = new Set<string>();
  for (const t of texts) for (const token of t.split(/\s+/)) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (/\p{L}/u.test(word)) words.add(word);
  }
  return [...words].join('\n');
}

/** Returns each unknown or flagged word with the line it is in. */
export async function misspellings(text: string, options: SpellOptions): Promise<string[]> {
  // A file in the project root, so cspell reads cspell.json and the project word list.
  const uri = pathToFileURL(join(projectRoot(), `rendered-${options.language}.txt`)).href;
  const result = await spellCheckDocument(
    { uri, text, languageId: 'plaintext', locale: options.language },
    { generateSuggestions: false, noConfigSearch: false },
    {
      language: options.language,
      flagWords: options.flagWords ?? [],
      ...(options.imports && { import: options.imports }),
      ...(options.caseSensitive && { caseSensitive: true }),
    },
  );
  if ((result.errors ?? []).length > 0) throw new Error(result.errors!.map((e) => e.message).join('; '));
  return result.issues.map((issue) => {
    const start = text.lastIndexOf('\n', issue.offset) + 1;
    const end = text.indexOf('\n', issue.offset);
    return `"${issue.text}" in: ${text.slice(start, end < 0 ? undefined : end)}`;
  });
}
