// The new employer and the recruiter's company after "de" and said aloud: a common-noun head takes its article
// ("une offre de la Fiduciaire …", Geneva), and "&" is said "and" in an English name ("Risk and Benefits", Brussels).
import { describe, expect, it } from 'vitest';
import { frBE, frCH } from '../../src/messages/languages/fr.js';

describe('French employer names after "de"', () => {
  it.each([
    ['Fiduciaire Berthoud & Sauthier', 'de la Fiduciaire Berthoud & Sauthier'],
    ['Banque Cantonale Vaudoise', 'de la Banque Cantonale Vaudoise'],
    ['Caisse d\'Épargne Rhône Alpes', 'de la Caisse d\'Épargne Rhône Alpes'],
    ['Clinique des Grangettes', 'de la Clinique des Grangettes'],
    ['Fondation Nestlé', 'de la Fondation Nestlé'],
    ['Société Générale', 'de la Société Générale'],
    ['Coopérative Migros Genève', 'de la Coopérative Migros Genève'],
    ['Commune d\'Ixelles', 'de la Commune d\'Ixelles'],
    ['Centre hospitalier de Sion', 'du Centre hospitalier de Sion'],
    ['Hydrolienne', 'd\'Hydrolienne'],
  ])('%s → %s', (name, de) => {
    expect(frCH.companyWith!(name).de).toBe(de);
  });
});

describe('"&" in an employer said aloud', () => {
  it.each([
    ['Vanbreda Risk & Benefits', 'Vanbreda Risk and Benefits'],
    ['Ernst & Young', 'Ernst and Young'],
    ['Brossard & Lefèvre Ingénierie', 'Brossard et Lefèvre Ingénierie'],
    ['Vuilleumier & Cie Manufacture horlogère', 'Vuilleumier et Cie Manufacture horlogère'],
  ])('%s is said "%s"', (name, said) => {
    expect(frBE.companyWith!(name, true).bare).toBe(said);
  });

  it('keeps "&" when written', () => {
    expect(frBE.companyWith!('Vanbreda Risk & Benefits').bare).toBe('Vanbreda Risk & Benefits');
  });
});
