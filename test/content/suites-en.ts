// English suites of its own, for en-US and en-GB: the checks of checks-en.ts over the variant's matrix.
import { describe, expect, it } from 'vitest';
import { englishChecks } from './checks-en.js';
import { failures } from './matrix.js';
import type { MatrixOf } from './registry.js';

export function englishSuites(tag: string, matrix: MatrixOf) {
  describe(`${tag}: English as a native recruiter reads it`, () => {
    for (const check of englishChecks) {
      it(`${check.id}: ${check.description}`, () => {
        expect(failures(matrix('formal'), check.run)).toEqual([]);
      });
    }
  });
}
