// What the two Englishes share in their suites: tone markers, and the spelling each variant must not use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../src/project-root.js';
import type { ToneRules } from './describe-tones.js';

export const englishTones: ToneRules = {
  reserved: /\b(I'm|I've|I'll|I'd|it's|isn't|wasn't|won't|don't|can't|that's|who'd|you'd|there's|doesn't|wouldn't|let's)\b/i,
  warm: /\b(so much|really|genuinely|love|lovely|kind|kindly|hope|sorry|appreciat\w*|grateful|delighted|thrilled|wonderful|awful|glad|gladly|luck|wishing|flattered)\b/i,
  opening: /\?|let me know|feel free|happy to (discuss|talk|chat)|reach out|questions|hesitate|perhaps|maybe|negotiable/i,
  final: /final|won't change|will not change|will not reconsider|stands/i,
  firmNoForbidden: /stay in touch|keep me in mind|future|introduce|reach me|my number/i,
};

const dialects = parse(readFileSync(join(projectRoot(), 'templates', 'en', 'dialects.yaml'), 'utf8')) as Record<
  string,
  { spelling: Record<string, string>; vocabulary: Record<string, string> }
>;
/** The spellings of templates/en/dialects.yaml: what each English must never print. */
export const britishOnly = Object.keys(dialects['en-US']!.spelling);
export const americanOnly = Object.values(dialects['en-US']!.spelling);
/** Every replacement, spelling and vocabulary: en-US and en-GB renderings must differ by exactly these. */
export const dialectPairs = Object.entries({ ...dialects['en-US']!.spelling, ...dialects['en-US']!.vocabulary });
