// French for the content rules: function words, greetings, salutations and sign-offs, thanks, decisions and
// reasons, the words of vous and tu, and the calques and slips a French recruiter would rewrite.
import type { LanguageWords } from '../types.js';

const stopWords = new Set(
  `le la les l' un une des du de d' au aux à en dans par pour sur sous avec sans chez entre vers après avant pendant
  et ou mais donc or ni car que qu' qui quoi dont où si comme lorsque quand puisque ainsi alors aussi très bien plus
  moins tout toute tous toutes même encore déjà ne n' pas point jamais rien y ce c' cet cette ces ça cela ceci celui
  je j' me m' moi mon ma mes nous notre nos vous votre vos tu te t' toi ton ta tes il elle ils elles on se s' lui leur
  leurs son sa ses suis es est sommes êtes sont ai as a avons avez ont été être avoir serai serais sera serait aurai
  aurais aura aurait peux peut pouvons pouvez veux veut dois doit fais fait j'ai j'en c'est n'est qu'il qu'elle s'il
  d'un d'une l'un m'a t'a l'a n'ai n'a`.split(/\s+/),
);

/** A word on its own, in a language with accented letters (\b does not see them). */
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}'’])(?:${alternatives})(?![\\p{L}])`, 'iu');

export const frenchWords: LanguageWords = {
  stopWords,
  repeatable: new Set(['numéro', 'téléphone']),
  stem: (w) => (w.length > 3 ? w.replace(/(es|s|x)$/, '') : w),
  letterSalutation: /^(Madame|Monsieur|Mesdames|Messieurs|Cher|Chère)\b/m,
  signOff:
    /^(Cordialement|Bien cordialement|Très cordialement|Bien à vous|Bien à toi|Salutations|Salutations distinguées|Sincères salutations|Meilleures salutations|(Très )?[Bb]elle journée( à vous| à toi)?|Bonne journée|Au plaisir|Amitiés|Je vous prie d'agréer.*|Je vous prie de recevoir.*|Veuillez agréer.*)[,.!]?$/,
  greetingWords: /(Bonjour|Madame|Monsieur|Cher|Chère)/,
  spokenGreeting: /(Bonjour|Bonsoir|Salut|Allô)|^(Madame|Monsieur),/i,
  apology: /excus|pardon|regrett?e|désolée?|navrée?/i,
  thanks: /merci|remercie|remercier|reconnaissan|gratitude/i,
  thanksAgain: /\b(encore merci|merci encore|merci à nouveau|merci de nouveau|à nouveau merci|de nouveau merci)\b|(remercie|remercier) (à nouveau|encore|de nouveau)/i,
  decisionVerbs: "annule|annuler|annulerais|retire|retirer|décline|décliner|renonce|renoncer|désiste|désister|décommande|décommander|ne donne pas suite|ne pas donner suite",
  reasonConnectors: "car|puisque|parce que|parce qu'|en raison|étant donné|vu que|ayant|dans la mesure où",
  and: 'et',
  subjectFallback: /ne donne pas suite|pas de suite|refus définitif/i,
  declineWords: /déclin|décline|refus|renonc|ne donne pas suite|pas de suite|non/i,
  // French writes "Madame," on its own at the head of a formal letter: the title alone is the greeting.
  letterTitles: { ms: 'Madame', mr: 'Monsieur' },
  address: {
    // Pronouns, elided or not, and the imperatives a "tu" text would use.
    informal: new RegExp(`${word("tu|te|toi|ton|ta|tes|n'hésite|excuse-moi|pardonne-moi|dis-moi|tiens-moi|garde-moi|sache").source}|(?<![\\p{L}'’])t['’](?=\\p{L})`, 'iu'),
    // Not after a hyphen: "rendez-vous" is a noun; inversions ("pouvez-vous") the texts do not write.
    formal: new RegExp(`(?<!-)${word("vous|votre|vos|veuillez|n'hésitez|excusez|pardonnez|dites-moi|tenez-moi|gardez-moi|sachez").source}`, 'iu'),
  },
  denyList: [
    { pattern: /retirer ma candidature chez/i, reason: 'one withdraws an application "auprès de" a company, not "chez"' },
    { pattern: /\bJe décommande\b/i, reason: 'familiar; a candidate "annule" an interview' },
    { pattern: /(?:^|[.!?]\s+|,\s+)X ici\b/m, reason: 'a calque of "X here": on the phone French says "c\'est X" or "X à l\'appareil"' },
    { pattern: /pourrait vraiment vous plaire/i, reason: 'a calque of "you might really like": French says "pourrait vous intéresser"' },
    { pattern: /\bce que construit\b/i, reason: 'an inversion that reads as a calque: "ce que X construit"' },
    { pattern: /\bJe vous demande gentiment\b/i, reason: 'a calque of "kindly ask": French writes "Je vous prie de" or "Pourriez-vous"' },
    { pattern: /\bPardon de prévenir si tard\b/i, reason: 'avoids agreement at the cost of idiom: "Je suis désolée de vous prévenir si tard" once the gender is known, else "Toutes mes excuses pour ce délai"' },
    { pattern: /\bpuisque\b[^.!?]*\bcar\b|\bcar\b[^.!?]*\bpuisque\b/i, reason: 'two causes stacked in one sentence ("puisque … car")' },
    { pattern: /(?<![\p{L}])entretiens?(?![\p{L}])/iu, reason: 'Quebec says "entrevue" for a job interview', variants: ['fr-CA'] },
    { pattern: /(?<![\p{L}])e-mail(?![\p{L}])/iu, reason: 'Quebec writes "courriel"', variants: ['fr-CA'] },
  ],
};
