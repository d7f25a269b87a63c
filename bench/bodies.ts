// Request bodies for the benchmark and the profiles: every scenario, tone, channel, language variant and form of
// address, each with a different candidate, recipient and company, so no cache could stand in for rendering.
import { channelIds, toneIds } from '../src/messages/catalogue.js';
import { languageVariants } from '../src/messages/languages/index.js';
import type { MessageService } from '../src/messages/service.js';

const given = ['Jordan', 'Amara', 'Jürgen', 'Lucía', 'Françoise', 'Wei', 'Siobhan', 'José Ángel', 'Noor', 'Mateo', 'Ingrid', 'Kwame'];
const family = ['Lee', 'Okafor', 'Groß', 'Ruiz', "L'Hôte-Dupré", 'Zhang', 'Byrne', 'Muñoz Peña', 'Haddad', 'Rossi', 'Lindqvist', 'Mensah'];
const companies = ['Acme Corp', 'Müller Logistik GmbH', 'Brightline Analytics, Inc.', 'Soluciones Andinas S.L.', 'Atelier Nord S.A.S.', 'Initech'];

/** `count` distinct JSON bodies, rotating over scenario x tone x channel x language x formality. */
export function benchBodies(service: MessageService, count: number): string[] {
  const combos = service.scenarios.flatMap((s) => toneIds.flatMap((tone) => channelIds.map((channel) => ({ s, tone, channel }))));
  const languages: { tag: string; formality?: 'formal' | 'informal' }[] = languageVariants.flatMap((v) =>
    v.formality ? (['formal', 'informal'] as const).map((formality) => ({ tag: v.tag, formality })) : [{ tag: v.tag }],
  );
  return Array.from({ length: count }, (_, i) => {
    const { s, tone, channel } = combos[i % combos.length]!;
    const language = languages[Math.floor(i / combos.length + i) % languages.length]!;
    const example = s.example as Record<string, any>;
    const body: Record<string, unknown> = {
      ...example,
      tone,
      channel,
      language: language.tag,
      ...(language.formality ? { formality: language.formality } : {}),
      candidate: { ...example.candidate, name: `${given[i % given.length]} ${family[(i * 7) % family.length]} ${i}` },
      ...(example.recipient ? { recipient: { ...example.recipient, name: `${given[(i + 5) % given.length]} ${family[(i * 5 + 3) % family.length]}` } } : {}),
      company: companies[i % companies.length],
    };
    return JSON.stringify(body);
  });
}
