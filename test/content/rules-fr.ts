// French for the content checks: function words that may repeat, the shapes of greetings, letter salutations and
// sign-offs, and the markers that tell the tones and the forms of address apart.
import type { LanguageRules } from './checks.js';
import type { ToneRules } from './describe-tones.js';

const functionWords = new Set(
  `le la les l' un une des du de d' au aux à en dans par pour sur sous avec sans chez entre vers après avant pendant
  et ou mais donc or ni car que qu' qui quoi dont où si comme lorsque quand puisque ainsi alors aussi très bien plus
  moins tout toute tous toutes même encore déjà ne n' pas point jamais rien y ce c' cet cette ces ça cela ceci celui
  je j' me m' moi mon ma mes nous notre nos vous votre vos tu te t' toi ton ta tes il elle ils elles on se s' lui leur
  leurs son sa ses suis es est sommes êtes sont ai as a avons avez ont été être avoir serai serais sera serait aurai
  aurais aura aurait peux peut pouvons pouvez veux veut dois doit fais fait j'ai j'en c'est n'est qu'il qu'elle s'il
  d'un d'une l'un m'a t'a l'a n'ai n'a`.split(/\s+/),
);

export const frenchRules = (tag: 'fr-FR' | 'fr-BE' | 'fr-CH' | 'fr-CA'): LanguageRules => ({
  tag,
  functionWords,
  letterSalutation: /^(Madame|Monsieur|Mesdames|Messieurs|Cher|Chère)\b/m,
  signOff:
    /^(Cordialement|Bien cordialement|Très cordialement|Bien à vous|Bien à toi|Salutations|Salutations distinguées|Sincères salutations|(Très )?[Bb]elle journée( à vous| à toi)?|Bonne journée|Au plaisir|Amitiés),?$|^(Je vous prie d'agréer|Je vous prie de recevoir|Veuillez agréer)/m,
  greetingWords: /(Bonjour|Madame|Monsieur|Cher|Chère)/,
  apology: /excus|pardon|regrett?e|désolée?|navrée?/i,
  subjectFallback: /^(Annulation|Retrait|Report|Entretien annulé|Je décline|Proposition déclinée|Refus définitif|Candidature)\b/,
  declineWords: /déclin|refus|renonc|ne donne pas suite|pas de suite|négative/i,
  // French writes "Madame," on its own at the head of a formal letter: the title alone is the greeting.
  letterTitles: { ms: 'Madame', mr: 'Monsieur' },
});

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

/** Words of the other form of address: none may appear in a rendering of the first (facts taken out). */
export const addressWords = {
  // Pronouns, elided or not, and the imperatives a "tu" text would use.
  informal: new RegExp(`${word("tu|te|toi|ton|ta|tes|n'hésite|excuse-moi|pardonne-moi|dis-moi|tiens-moi|garde-moi|sache").source}|(?<![\\p{L}'’])t['’](?=\\p{L})`, 'iu'),
  // Not after a hyphen: "rendez-vous" is a noun; inversions ("pouvez-vous") the templates do not write.
  formal: new RegExp(`(?<!-)${word("vous|votre|vos|veuillez|n'hésitez|excusez|pardonnez|dites-moi|tenez-moi|gardez-moi|sachez").source}`, 'iu'),
};
