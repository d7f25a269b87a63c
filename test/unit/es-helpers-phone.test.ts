// Spanish voicemails say a country calling code as one number ("más cincuenta y cuatro"), never digit by digit.
import { describe, expect, it } from 'vitest';
import { es419, esAR, esES, esMX } from '../../src/messages/languages/es.js';

describe('a Spanish voicemail reading a number with its country code', () => {
  it('writes the code as one number, so the voice says "más cincuenta y cuatro", and the rest in the groups written', () => {
    // An Argentine mobile left for a recruiter in Bogotá: "más 5 4" read "más cinco cuatro" failed a reader in Córdoba.
    for (const h of [esES, esMX, es419, esAR]) {
      expect(h.slowAbroad?.('+54 9 351 612-4470')).toBe('más 54, 9, 3 5 1, 6 1 2, 4 4 7 0');
      expect(h.slowAbroad?.('0054 9 351 612 4470')).toBe('más 54, 9, 3 5 1, 6 1 2, 4 4 7 0');
    }
    expect(esAR.slowNumber('+34 612 48 93 07')).toBe('más 34, 6 1 2, 4 8, 9 3, 0 7');
  });

  it("finds any country's code written together with the number, and reads a code no country has digit by digit", () => {
    expect(esES.slowAbroad?.('+5215512345678')).toBe('más 52, 1 5 5 1 2 3 4 5 6 7 8');
    expect(esES.slowAbroad?.('+8613812345678')).toBe('más 86, 1 3 8 1 2 3 4 5 6 7 8');
    expect(esES.slowAbroad?.('+1 264 497 1234')).toBe('más 1, 2 6 4, 4 9 7, 1 2 3 4');
    expect(esES.slowAbroad?.('+9991234')).toBe('más 9 9 9 1 2 3 4');
  });

  it('keeps a national number without a code digit by digit', () => {
    expect(esES.slowAbroad?.('612 48 93 07')).toBe('6 1 2, 4 8, 9 3, 0 7');
  });
});
