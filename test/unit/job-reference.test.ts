// A job reference exported with its own label ("Réf. RB-2026-117") is said once: the messages put their own label in
// front, and "réf. Réf. RB-2026-117" failed every cell of a reader in Geneva.
import { describe, expect, it } from 'vitest';
import { referenceCode } from '../../src/messages/facts/reference.js';
import { MessageRequestSchema } from '../../src/messages/schema.js';
import { createMessageService } from '../../src/messages/service.js';

describe('a job reference', () => {
  it.each([
    ['Réf. RB-2026-117', 'RB-2026-117'],
    ['Référence : CPAS-2026-14', 'CPAS-2026-14'],
    ['Ref: 4411', '4411'],
    ['N° 2026/117', '2026/117'],
    ['N°2026', '2026'],
    ['Kennziffer 117-A', '117-A'],
    ['Stellen-ID 4711', '4711'],
    ['Referencia: MX-88', 'MX-88'],
    ['Job ID: JR-20931', 'JR-20931'],
    ['Requisition #5521', '5521'],
    ['#R-2231', 'R-2231'],
  ])('%s is filed as %s', (given, code) => {
    expect(referenceCode(given)).toBe(code);
  });

  it.each(['JR-20931', '2026-117', 'NO-2026-1', 'ID-55', 'REF-77', 'ref'])('%s, with no label before it, is kept as given', (given) => {
    expect(referenceCode(given)).toBe(given);
  });

  it('is named once in a message, and the facts show the code used', () => {
    const service = createMessageService({ clock: () => Date.parse('2026-12-07T09:00:00+01:00') });
    for (const language of ['fr-CH', 'de-DE', 'en-GB']) {
      const result = service.render(
        MessageRequestSchema.parse({
          scenario: 'withdraw-application',
          language,
          candidate: { name: 'Loïc de Courten' },
          company: 'Romande Énergie SA',
          role: 'Analyste',
          jobReference: 'Réf. RB-2026-117',
        }),
      );
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const all = `${result.message.subject ?? ''}\n${result.message.text}`;
      expect(all, language).toContain('RB-2026-117');
      expect(all, language).not.toMatch(/r[ée]f(?:[ée]rence)?\.?\s*:?\s*r[ée]f/iu);
      expect(result.message.facts.jobReference).toBe('RB-2026-117');
    }
  });
});
