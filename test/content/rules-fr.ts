// French tone markers for the tone suites, and the words of each form of address (from the content rules).
import { frenchWords } from '../../src/messages/content-rules/languages/fr.js';
import type { ToneRules } from './describe-tones.js';

/** A word on its own, in a language with accented letters (\b does not see them). */
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}'’])(?:${alternatives})(?![\\p{L}])`, 'iu');

export const frenchTones: ToneRules = {
  // Familiar words a formal or firm letter never uses, in either form of address.
  reserved: word('salut|coucou|super|génial|sympa|ça|ok|hyper|bisous?|top|cool|à plus'),
  warm: /vraiment|sincèrement|beaucoup|infiniment|plaisir|gentil|grand merci|mille|cœur|appréci|chaleureu|perle rare|belle|bonne chance|touche|joie|espère|sensible|bienveillance|volontiers|regret|pardon|m'en veux|hélas|malheureusement|difficile|pas facile|aurais aimé|pincement/i,
  opening: /\?|n'hésitez pas|n'hésite pas|revenir vers moi|en discuter|discutons|en parler|peut-être|éventuellement|négoci|échanger à nouveau/i,
  final: /définiti|ne changera pas|ne reviendrai pas|irrévocable|ne reconsidérerai pas|reste inchangée|reste la même/i,
  firmNoForbidden: /rester en contact|garder le contact|à l'avenir|futur|présenter|mettre en relation|me joindre|me rappeler|mon numéro|à bientôt|au plaisir/i,
};

/** Words of each form of address (from the content rules): none of the other's may appear in a rendering. */
export const addressWords = frenchWords.address!;
