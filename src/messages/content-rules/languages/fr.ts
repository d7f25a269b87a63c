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
  // The closing formula of a French letter repeats the salutation ("Madame, Monsieur, ... agréer, Madame, Monsieur").
  repeatable: new Set(['numéro', 'téléphone', 'madame', 'monsieur']),
  stem: (w) => (w.length > 3 ? w.replace(/(es|s|x)$/, '') : w),
  letterSalutation: /^(Madame|Monsieur|Mesdames|Messieurs|Cher|Chère)\b/m,
  signOff:
    /^(Cordialement|Bien cordialement|Très cordialement|Bien à vous|Bien à toi|Salutations|Salutations distinguées|Sincères salutations|Meilleures salutations|(Très )?[Bb]elle journée( à vous| à toi)?|Bonne journée|Au plaisir|Amitiés|Avec (?:tous )?mes (?:sincères |vifs )?remerciements(?: [^,.!]*)?|Avec mes (?:meilleures|sincères|cordiales) salutations|Avec tous mes vœux(?: [^,.!]*)?|En vous remerciant(?: [^,.!]*)?|Je vous prie d'agréer.*|Je vous prie de recevoir.*|Veuillez agréer.*)[,.!]?$/,
  greetingWords: /(Bonjour|Madame|Monsieur|Cher|Chère)/,
  spokenGreeting: /(Bonjour|Bonsoir|Salut|Allô)|^(Madame|Monsieur),/i,
  apology: /excus|pardon|regrett?e|désolée?|navrée?/i,
  thanks: /merci|remercie|remercier|reconnaissan|gratitude/i,
  thanksAgain: /\b(encore merci|merci encore|merci à nouveau|merci de nouveau|à nouveau merci|de nouveau merci)\b|(remercie|remercier) (à nouveau|encore|de nouveau)/i,
  decisionVerbs: 'annule|annuler|annulerais|retire|retirer|décline|décliner|renonce|renoncer|désiste|désister|décommande|décommander|ne donne pas suite|ne donnerai pas suite|ne pas donner suite',
  reasonConnectors: "car|puisque|parce que|parce qu'|en raison|étant donné|vu que|ayant|dans la mesure où",
  and: 'et',
  // The French fallback subjects say what happened before the name: "Retrait de ma candidature – X".
  subjectFallback: /^(Annulation|Retrait|Report|Entretien annulé|Entrevue annulée|Je décline|Votre offre|Ton offre|Votre proposition|Ta proposition|Réponse à votre proposition|Réponse à ta proposition|Refus définitif|Je décline votre offre|Je décline ton offre|Candidature|Ma candidature|Je dois décliner|Réponse à l'offre|Ma réponse)(?![\p{L}])/u,
  // Not "non" alone: it stands in too many subjects that say nothing ("non disponible").
  // "Réponse à votre proposition d'embauche" is how a French candidate heads a no that stays open to a better offer:
  // a reply, not an acceptance, whose letter says the no.
  declineWords: /^Réponse à (?:votre|ta) (?:proposition d'embauche|offre)(?![\p{L}])|déclin|refus|renonc|ne donne pas suite|ne donnerai pas suite|pas de suite|réponse négative|ne peux (?:pas )?(?:l'|la |les )?accepter/iu,
  // French writes "Madame," on its own at the head of a formal letter: the title alone is the greeting.
  letterTitles: { ms: 'Madame', mr: 'Monsieur' },
  // Without "Madame" or "Monsieur" (the honorific dr, mx or none), vous greets by the full name, on the phone too
  // ("Bonjour Nathalie St-Onge"): a first name alone to a doctor failed readers in Paris, Brussels and Montréal.
  fullNameWithoutTitle: true,
  address: {
    // Pronouns, elided or not, and the imperatives a "tu" text would use.
    informal: new RegExp(`${word("tu|te|toi|ton|ta|tes|n'hésite|excuse-moi|pardonne-moi|dis-moi|tiens-moi|garde-moi|sache").source}|(?<![\\p{L}'’])t['’](?=\\p{L})`, 'iu'),
    // Not after a hyphen: "rendez-vous" is a noun; inversions ("pouvez-vous") the texts do not write.
    formal: new RegExp(`(?<!-)${word("vous|votre|vos|veuillez|n'hésitez|excusez|pardonnez|dites-moi|tenez-moi|gardez-moi|sachez").source}`, 'iu'),
  },
  denyList: [
    // The sixth reading (fr-FR, fr-CA, fr-CH): the frame around the reason says a word of it again in one sentence.
    {
      pattern: /(?<![\p{L}])(?:im)?prévue?s?(?![\p{L}])[^.!?]*(?<![\p{L}])prévue?s?(?![\p{L}])/iu,
      reason: '"prévu" twice in one sentence ("un imprévu … notre rendez-vous prévu jeudi", "le rendez-vous prévu jeudi, car les horaires prévus …"): "notre rendez-vous de jeudi"',
      scenarios: ['withdraw-application', 'decline-offer', 'last-minute', 'not-a-fit', 'accepted-another-offer', 'keep-door-open'],
    },
    {
      pattern: /(?<![\p{L}])(?:cette|votre|ta) proposition(?![\p{L}])[^.!?]*(?<![\p{L}])proposée?s?(?![\p{L}])/iu,
      reason: '"décliner cette proposition, car la rémunération proposée …" says the word twice: "décliner cette offre, car …"',
      scenarios: ['withdraw-application', 'decline-offer', 'last-minute', 'not-a-fit', 'accepted-another-offer', 'keep-door-open'],
    },
    // The eleventh reading (fr-FR, fr-BE, fr-CA, fr-CH): an intensifier or the interest said twice across the
    // blocks of one message, a referral glued on with "Et", a recruiter's approach refused as if it were an offer.
    { pattern: /(?<![\p{L}])beaucoup(?![\p{L}])[\s\S]*(?<![\p{L}])beaucoup(?![\p{L}])/iu, reason: '"beaucoup" twice in one message: "Merci beaucoup …, et j\'aimerais vivement garder le contact"' },
    { pattern: /(?<![\p{L}])l'intérêt que (?:vous|tu)(?![\p{L}])[\s\S]*(?<![\p{L}])m'intéress/iu, reason: 'the interest said twice: after "l\'intérêt que vous portez à mon profil", "vos activités me tiennent toujours à cœur"' },
    { pattern: /(?:^|[.!?]\s+)Et (?:je (?:vous|te) recommande|si cela peut)/mu, reason: 'a referral glued on with "Et" reads as an afterthought: "Si cela peut vous être utile, je vous recommande …"' },
    {
      pattern: /(?<![\p{L}])décliner? le poste(?![\p{L}])/iu,
      reason: 'no job was offered: "décliner le poste" reads as an offer refused; "je ne donnerai pas suite à votre proposition pour le poste de …"',
      scenarios: ['decline-recruiter-outreach', 'keep-door-open'],
    },
    // The reading after the eighteenth fix pass (Paris, Brussels 33, 34): two requests in a row, each "Je vous
    // demande …", read as a form letter; a letter asks for both in one sentence ("… et de supprimer …").
    {
      pattern: /(?:^|[.!?]\s+)Je (?:vous|te) (?:demande|prie) [^.!?]*[.!?]\s+Je (?:vous|te) (?:demande|prie) (?:également|aussi|par ailleurs) /u,
      reason: 'two requests, each "Je vous demande …": one sentence asks for both ("Je vous demande de ne plus me contacter et de supprimer …")',
      channels: ['email', 'linkedin'],
    },
    // Montréal and Geneva 12: "notre rendez-vous fixé … fixer une autre date" says one verb twice.
    { pattern: /(?<![\p{L}])fixée?s?(?![\p{L}])[\s\S]*(?<![\p{L}])fixer(?![\p{L}])/iu, reason: 'the same verb twice ("fixé … fixer"): "convenir d\'une autre date"' },
    // Montréal 14, 15 and Geneva 15: "notre rendez-vous fixé aujourd'hui" reads as an appointment made this morning.
    // withdraw-application and not-a-fit now say "prévu" or "de jeudi" too.
    {
      pattern: /(?<![\p{L}])fixée?s? aujourd'hui(?![\p{L}])/iu,
      reason: '"fixé aujourd\'hui" reads as "set today": "notre rendez-vous prévu aujourd\'hui à 13 h 30", "notre rendez-vous d\'aujourd\'hui"',
      scenarios: ['last-minute', 'personal-reasons', 'accepted-another-offer', 'keep-door-open', 'decline-offer', 'decline-recruiter-outreach', 'firm-no', 'withdraw-application', 'not-a-fit'],
    },
    // A firm withdrawal opened "au sujet du recrutement …" and went on "je quitte le processus de recrutement" (Paris).
    { pattern: /(?<![\p{L}])recrutement(?![\p{L}])[\s\S]*(?<![\p{L}])processus de recrutement(?![\p{L}])/iu, reason: 'the process named again after the recruitment: "au sujet du recrutement … Je me retire du processus", not "… je quitte le processus de recrutement"' },
    { pattern: /(?<!etc)\.,/u, reason: 'a sentence closed twice before it goes on: "Veuillez m\'excuser de vous prévenir si tard, et merci de votre compréhension."' },
    { pattern: /c'est non, définitivement/iu, reason: 'oral register under "Madame," and a formal close: "Je ne reviendrai pas sur ma décision, qui est définitive"', channels: ['email', 'linkedin'] },
    // The ninth reading (fr-FR, fr-BE, fr-CH, fr-CA): an employer named by a common noun left bare, an ad's working
    // time left in the role, an introduction said as made, a referral with nothing it would suit, one phrase twice.
    {
      pattern: /(?<![\p{L}])(?:chez|auprès de|l'offre de|l'équipe de|pour) (?:\p{Lu}\p{Ll}+eries?|CPAS|CHU|SPF)(?![\p{L}])/u,
      reason: 'an employer named by a common noun takes its article: "aux Pêcheries Arsenault", "à l\'Horlogerie Perret", "au CPAS de Schaerbeek"',
    },
    { pattern: /(?<![\p{L}])[-–] mi-temps(?![\p{L}])/iu, reason: 'an ad\'s working-time tag left in the role: "le poste de gestionnaire de dossiers" (or "à mi-temps")' },
    // Job titles as facts (the fifth fix pass: Montréal, Geneva, Paris): an ad's level, inclusive form, English title
    // and unit written as the ad wrote them, not as a candidate writes his own post.
    { pattern: /(?<![\p{L}])en (?:niveau|échelon|grade|classe|catégorie) [\p{L}\d]/iu, reason: 'a level qualifies the post: "analyste d\'affaires TI de niveau 2", "…, niveau 2", never "en niveau 2"' },
    { pattern: /(?<=\p{L})·\p{Ll}/u, reason: 'an ad\'s inclusive form in the candidate\'s own words, unreadable aloud: "collaborateur administratif", "collaboratrice administrative"' },
    { pattern: /(?<![\p{L}])(?:de|d') head of(?![\p{L}])/u, reason: 'an English title keeps its case in French prose: "le poste de Head of FP&A"' },
    {
      pattern: /(?<![\p{L}])au (?:pôle|service|département|secteur|laboratoire)(?![\p{L}])[^.!?;:,]*? (?:au|à la|à l'|aux) \p{Lu}/u,
      reason: 'the unit and the employer both with "au": "le poste d\'ingénieure biomédicale du pôle plateau technique au Centre hospitalier …"',
    },
    { pattern: /(?<![\p{L}])(?:vous|te) mets (?:très )?volontiers en relation(?![\p{L}])/iu, reason: 'an introduction said as already made: "je pourrais volontiers vous mettre en relation"' },
    { pattern: /(?<![\p{L}])pourrait convenir[.!]/iu, reason: '"convenir" with nothing it would suit: "dont le profil pourrait vous intéresser"' },
    { pattern: /(?<![\p{L}])pensé à moi(?![\p{L}])[\s\S]*(?<![\p{L}])penser à moi(?![\p{L}])/iu, reason: '"penser à moi" twice: the wish to stay in touch asks "n\'hésitez pas à me recontacter"' },
    {
      pattern: /(?<![\p{L}])ne souhaite pas changer d'emploi(?![\p{L}])/iu,
      reason: 'a candidate who applied does want a change: "car le moment n\'est pas le bon pour moi"',
      scenarios: ['keep-door-open', 'accepted-another-offer', 'personal-reasons', 'last-minute', 'withdraw-application', 'not-a-fit', 'decline-offer'],
    },
    { pattern: /(?<![\p{L}])ce délai si court(?![\p{L}])/iu, reason: 'a calque of "short notice": "ce délai" reads as a delay; "Toutes mes excuses de vous prévenir si tard"' },
    {
      pattern: /(?<![\p{L}])(?:le|ce) poste ne me (?:correspond|convient) pas(?![\p{L}])[\s\S]*(?<![\p{L}])au poste(?![\p{L}])|(?<![\p{L}])au poste(?![\p{L}])[^.]*(?<![\p{L}])ce poste ne me (?:correspond|convient) pas/iu,
      reason: '"poste" twice in one sentence: "je retire ma candidature au poste de …, car la fonction ne me correspond pas"',
    },
    {
      pattern: /(?<![\p{L}])(?:rencontre|entretien|rendez-vous) (?:prévue?|fixée?)(?![\p{L}])[\s\S]*(?<![\p{L}])(?:rencontre|entretien|rendez-vous) (?:prévue?|fixée?)(?![\p{L}])/iu,
      reason: 'the meeting named twice as "prévu": the call opens on the role ("à propos du poste de …") and says the day once ("notre rendez-vous prévu mercredi")',
      channels: ['voicemail'],
    },
    { pattern: /garder mon profil en tête/iu, reason: 'a calque of "keep me in mind": "N\'hésitez pas à revenir vers moi si une autre occasion se présente"' },
    { pattern: /(?<![\p{L}])pens(?:ez|e|er) à moi plus tard(?![\p{L}])/iu, reason: 'a bare "plus tard" reads as a curt order: "N\'hésitez pas à me recontacter à l\'avenir"' },
    { pattern: /mal choisi pour moi de(?![\p{L}])/iu, reason: '"mal choisi" takes no infinitive: "je ne souhaite pas changer d\'emploi pour le moment"' },
    // Two sentences glued by a semicolon ("… par téléphone ; merci de votre compréhension"), and since the fourth
    // fix pass (Paris 6, Brussels 6, Montréal 6, Geneva 14) any closing thanks glued onto the sentence before it,
    // with " ; " or with "et" after a referral: two acts in one breath.
    {
      pattern: /[\s\u202F]*;\s*(?:merci|je (?:vous|te) remercie|je (?:vous|te) renouvelle)(?![\p{L}])|(?<![\p{L}])recommand\p{L}* [^.!?]*, et (?:vous|te) (?:remercie|renouvelle)(?![\p{L}])/iu,
      reason: 'the closing thanks is a sentence of its own: "Je vais aussi essayer de vous appeler. Je vous remercie de votre compréhension.", "… que je vous présenterai volontiers." after "Merci encore pour votre confiance, et j\'aimerais vivement que nous restions en contact."',
    },
    { pattern: /(?<![\p{L}])renonc\p{L}* cette fois(?![\p{L}])/iu, reason: '"renoncer" needs "pour" and what is given up: "je vais devoir renoncer pour cette fois à ma candidature"' },
    {
      pattern: /(?<![\p{L}])renonc\p{L}* à (?:notre|l'|votre) (?:rendez-vous|entretien|entrevue)(?![\p{L}])[\s\S]*(?:autre date|nouvelle date|autre créneau|nouveau créneau|reporter|report)/iu,
      reason: 'a reschedule never renounces: "renoncer à notre rendez-vous" reads as a withdrawal the next sentence contradicts; "je dois malheureusement reporter notre rendez-vous"',
    },
    {
      pattern: /^(?:Offre|Proposition) déclinée|^Candidature retirée/mu,
      reason: 'an ATS status line, not a person writing: "Votre offre : je la décline", "Retrait de ma candidature", "Je retire ma candidature"',
    },
    { pattern: /(?<![\p{L}])[Bb]ien sincèrement, (?:au revoir|salut)/u, reason: 'a written closing read aloud: a voicemail ends "Je vous souhaite une bonne journée. Au revoir."', channels: ['voicemail'] },
    { pattern: /(?<![\p{L}])l'offre(?: d'embauche)? chez(?![\p{L}])/u, reason: 'one receives "l\'offre de X" or "votre offre", not "l\'offre chez X"' },
    { pattern: /(?<![\p{L}])appelle pour (?:le|un|mon) (?:poste|entretien)(?![\p{L}])/u, reason: 'reads as applying: say why you call ("au sujet de ma candidature au poste de …")', channels: ['voicemail'] },
    { pattern: /(?<![\p{L}])te?(?:nais|nions)? à (?:vous|te) le dire de vive voix/u, reason: '"le" points at nothing yet said: "je préférais vous donner ma réponse de vive voix"' },
    { pattern: /(?<![\p{L}])de bien vouloir(?![\p{L}])[\s\S]*(?<![\p{L}])de bien vouloir(?![\p{L}])/u, reason: '"de bien vouloir" twice in one message' },
    { pattern: /(?<![\p{L}])(?:décaler|décalé|missions|mon projet)(?![\p{L}])/u, reason: 'France\'s words: Quebec says "reporter"/"déplacer", "responsabilités"/"tâches", "objectifs professionnels"', variants: ['fr-CA'] },
    { pattern: /(?:^|[.!?]\s+)(?:Poste accepté|Nouveau poste accepté|Offre acceptée|Offre signée|Offre [^.!?]{0,80} déclinée)/mu, reason: 'telegraphic: a text is still sentences with a subject ("J\'ai accepté un poste ailleurs")', channels: ['sms', 'voicemail', 'linkedin'] },
    { pattern: /(?<![\p{L}])(?:me désiste|me désister)(?![\p{L}])/iu, reason: '"se désister pour/auprès de" is not how a candidate writes: "je retire ma candidature au poste de …"' },
    { pattern: /\d h(?: \d\d)? heure d/u, reason: 'a zone pasted after the time: "10 h (heure de Londres)" in writing, "10 h à l\'heure de Londres" aloud' },
    { pattern: /\(heure (?:de|du|d')/u, reason: 'a bracket cannot be read aloud: "à 10 h à l\'heure de Londres"', channels: ['voicemail'] },
    {
      pattern: /\d h(?: \d\d)?, heure (?:de |du |d')[^\s,]+(?: \p{Lu}[^\s,]*)* \p{Ll}/u,
      reason: 'an apposition left open: "prévu jeudi à 10 h, heure de Paris n\'aura pas lieu" needs its second comma',
    },
    { pattern: /(?:^|[.!?]\s+)(?:Un grand merci|Merci mille fois|Merci beaucoup|Merci infiniment|Merci à vous|Merci à toi|Je vous remercie|Je te remercie)(?: à vous| à toi)?[.!]/mu, reason: 'a thanks with no object: say for what ("Merci pour votre invitation")', channels: ['sms', 'voicemail'] },
    { pattern: /retirer ma candidature chez/i, reason: 'one withdraws an application "auprès de" a company, not "chez"' },
    { pattern: /\bJe décommande\b/i, reason: 'familiar; a candidate "annule" an interview' },
    { pattern: /(?:^|[.!?]\s+|,\s+)X ici\b/m, reason: 'a calque of "X here": on the phone French says "c\'est X" or "X à l\'appareil"' },
    { pattern: /pourrait vraiment vous plaire/i, reason: 'a calque of "you might really like": French says "pourrait vous intéresser"' },
    { pattern: /\bce que construit\b/i, reason: 'an inversion that reads as a calque: "ce que X construit"' },
    { pattern: /\bJe vous demande gentiment\b/i, reason: 'a calque of "kindly ask": French writes "Je vous prie de" or "Pourriez-vous"' },
    { pattern: /\bPardon de prévenir si tard\b/i, reason: 'avoids agreement at the cost of idiom: "Je suis désolée de vous prévenir si tard" once the gender is known, else "Toutes mes excuses pour ce contretemps"' },
    { pattern: /\bpuisque\b[^.!?]*\bcar\b|\bcar\b[^.!?]*\bpuisque\b/i, reason: 'two causes stacked in one sentence ("puisque … car")' },
    { pattern: /(?<![\p{L}])entretiens?(?![\p{L}])/iu, reason: 'Quebec says "entrevue" for a job interview', variants: ['fr-CA'] },
    {
      pattern: /(?<![\p{L}])entrevues?(?:\s+[^\s.!?:;]+){0,5}?\s+(?:prévu|fixé|programmé|annulé|reporté|décalé|confirmé|maintenu|planifié)s?(?![\p{L}])/iu,
      reason: '"entrevue" is feminine: what agrees with it is too ("entrevue prévue")',
      variants: ['fr-CA'],
    },
    { pattern: /J'ai une nouvelle à (?:vous |t')annoncer/i, reason: 'an announcement formula no recruiter wants before a no: say it ("Je tenais à vous informer rapidement")' },
    { pattern: /(?<![\p{L}])me retir(?:e|er)(?:\s+[\p{L}']+){0,3}?\s+auprès d/iu, reason: 'one withdraws one\'s application "auprès de" a company; "se retirer auprès de" is not French' },
    { pattern: /(?:^|[.!?]\s+)Je décline l'offre(?![\p{L}])/mu, reason: 'flat: French writes "je dois décliner l\'offre" or "je ne donnerai pas suite à votre offre"' },
    { pattern: /Je m'en veux(?: beaucoup)? de (?:vous |te )?prévenir/i, reason: 'familiar in a formal, firm or concise message: "Toutes mes excuses de prévenir si tard"', tones: ['formal', 'firm', 'concise'] },
    {
      pattern: /^(?![\s\S]*(?:[Dd]'abord|[Ee]nsuite|[Pp]remièrement|[Pp]uis,)[\s\S]*(?<![\p{L}])Enfin(?![\p{L}]))[\s\S]*(?<![\p{L}])Enfin,/u,
      reason: '"Enfin" closes a list, and nothing was listed before it',
    },
    {
      // Facts are masked as X: "chez X (X) prévu", "auprès de X (X) et"; a reference in brackets stays ("(référence X)"), and so
      // does a time zone in writing ("à 10 h (heure de Londres)").
      pattern: /\((?!réf\.|référence(?![\p{L}])|heure (?:de |du |d'))[^()]*\)(?=\s+\p{Ll}|,\s+(?!réf\.)\p{Ll})/u,
      reason: 'a role or fact in brackets inside a sentence: write "pour le poste de …", or leave it out',
    },
    { pattern: /(?<![\p{L}])(?:merci|remercie)(?![\p{L}])[\s\S]*(?<![\p{L}])(?:merci|remercie)(?![\p{L}])/iu, reason: 'a text thanks once: "Merci … Merci" is stacked', channels: ['sms'] },
    { pattern: /(?<![\p{L}])e-mail(?![\p{L}])/iu, reason: 'Quebec writes "courriel"', variants: ['fr-CA'] },
    { pattern: /salaire revu|changer d'avis/i, reason: 'flat about pay: "Une offre revue à la hausse pourrait me faire reconsidérer ma décision"' },
    { pattern: /fin de recrutement/i, reason: 'not said: "bonne continuation dans votre recrutement"' },
    { pattern: /comme pour un autre(?![\p{L}])/iu, reason: '"comme pour tout autre"' },
    { pattern: /Ne me recontacte(?:z)? plus/i, reason: 'curt as an order: "Merci de ne plus me contacter"' },
    { pattern: /de se recroiser/i, reason: 'the reflexive needs its person: "Au plaisir de vous recroiser"' },
    { pattern: /décline pour cette fois/i, reason: 'not French: "je ne donnerai pas suite pour cette fois"' },
    { pattern: /Bonne nouvelle (?:de mon côté|pour moi)/i, reason: 'tactless: the company\'s loss is not announced as good news' },
    { pattern: /(?<![\p{L}])mais(?![\p{L}])[^.!?]*(?<![\p{L}])donc(?![\p{L}])/iu, reason: '"mais … donc" stacked in one sentence' },
    { pattern: /excuser ce délai(?! si court)/i, reason: '"ce délai" is not the short notice: "Veuillez excuser ce contretemps"' },
    { pattern: /prévenir si tard, mais/i, reason: 'the apology then the reason: "Toutes mes excuses de vous prévenir si tard : pour des raisons personnelles, je dois décaler …"' },
    { pattern: /remercie de me proposer une nouvelle date/i, reason: 'presumptuous: "je vous serais reconnaissant(e) de bien vouloir me proposer une nouvelle date"', variants: ['fr-FR'] },
    { pattern: /en rester là/i, reason: 'shuts the door a keep-door-open message means to keep open', scenarios: ['keep-door-open'] },
    // The fourth reading.
    { pattern: /(?<![\p{L}])patience(?![\p{L}])/iu, reason: 'a same-day cancellation has kept no one waiting: "Merci de votre compréhension"', scenarios: ['last-minute'] },
    {
      pattern: /(?<![\p{L}])(rémunération|horaires|salaire)(?![\p{L}])[^.!?]*[.!?]\s+[^.!?]*(?<![\p{L}])\1(?![\p{L}])/iu,
      reason: 'the noun the reason just named, again in the next sentence: "car la rémunération … Une offre revue à la hausse …"',
    },
    { pattern: /(?<![\p{L}])poste(?![\p{L}])[^.!?]*, car le poste(?![\p{L}])/u, reason: '"au poste de … , car le poste implique": name the application ("ma candidature à l\'offre de …")' },
    { pattern: /(?<![\p{L}])préf[éè]r\p{L}*[^.!?]*[.!?]\s+[^.!?]*(?<![\p{L}])préf[éè]r/iu, reason: '"préférer" in two sentences running: "je tenais à vous donner ma réponse de vive voix"' },
    {
      pattern: /(?<![\p{L}])(?:[Bb]onne|[Bb]on|[Bb]elle) [^\n]*[.!]\n\n(?:Très )?(?:[Bb]onne|[Bb]elle) (?:journée|soirée)/u,
      reason: 'two wishes stacked before the name ("Bonne recherche." then "Bonne journée,"): keep one',
      channels: ['email'],
    },
    { pattern: /(?:chez|à la|au|aux|à l') X, qui(?![\p{L}])/u, reason: 'a relative clause that hangs on the company: "suite à votre message, qui m\'a fait très plaisir, au sujet du poste …"' },
    {
      pattern: /(?<![\p{L}])accueil(?![\p{L}])/iu,
      reason: 'no one has welcomed the candidate before the interview: "Merci de votre invitation", "Merci de votre intérêt"',
      scenarios: ['keep-door-open', 'accepted-another-offer', 'last-minute', 'decline-recruiter-outreach'],
    },
    { pattern: /sous le coude|qui sait pour plus tard/i, reason: 'too casual for a recruiter addressed as "Madame": "N\'hésitez pas à garder mon profil en tête"' },
    {
      pattern: /(?<![\p{L}])à bientôt(?![\p{L}])/iu,
      reason: '"à bientôt" promises a next meeting: a candidate who took another job, withdraws, declines or asks for deletion closes with "Bonne continuation, au revoir"',
      scenarios: ['accepted-another-offer', 'withdraw-application', 'not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
    },
    // The fifth reading.
    {
      pattern: /(?<![\p{L}])(?:candidature|dossier|recrutement) (?:à|pour) l'offre (?:de |d')(?!emploi|embauche)/iu,
      reason: '"l\'offre d\'infirmière" reads as an offer of a nurse: "ma candidature au poste de …", or "auprès de X" when the reason names the post',
    },
    {
      pattern: /(?<![\p{L}])[Ll]es X (?:reste|m'intéresse|m'attire|m'a|pourra|est)(?![\p{L}])/u,
      reason: 'a plural company name takes a plural verb: "les Laboratoires Vernier restent un employeur …"',
    },
    { pattern: /(?<![\p{L}])me rappeler(?![\p{L}])[^.!?]*(?<![\p{L}])rappelle(?![\p{L}])/iu, reason: '"me rappeler au …, je vous rappelle": "vous pouvez me joindre au …"' },
    {
      pattern: /(?<![\p{L}])(toutefois|cependant|néanmoins|pourtant|en revanche|malgré tout)(?![\p{L}])[^.!?]*[.!?]\s+[^.!?]*(?<![\p{L}])\1(?![\p{L}])/iu,
      reason: 'the same connector in two sentences running: "J\'ai toutefois le regret … Si ces conditions pouvaient toutefois …"',
    },
    { pattern: /(?:remercie|[Mm]erci) (?:de|pour) (?:votre|ton) écoute/u, reason: 'one thanks an audience for its "écoute": "Merci pour votre temps", "Merci pour nos échanges"' },
    { pattern: /(?<![\p{L}])ce délai(?! si court)/iu, reason: '"ce délai" has nothing to point to and reads as a delay: "Toutes mes excuses pour ce contretemps", "de vous prévenir si tard"' },
    {
      pattern: /(?<![\p{L}])pass(?:e|er) mon tour(?![\p{L}])/iu,
      reason: 'flippant towards a recruiter: "Je mets ma candidature en suspens", "Je décline"',
    },
    { pattern: /(?<![\p{L}])si tard si court(?![\p{L}])/iu, reason: 'two endings run together: "de m\'y prendre si tard"' },
    {
      pattern: /(?<![\p{L}])(?:bonne continuation|bonne chance|belle suite|bonne suite|bonne recherche|pleine réussite)(?![\p{L}])[^.!?]*(?<![\p{L}])(?:bonne continuation|bonne chance|belle suite|bonne suite|bonne recherche|pleine réussite)(?![\p{L}])/iu,
      reason: 'two wishes stacked in one sentence ("Bonne continuation, et bonne chance pour la suite"): one wish',
    },
    // The sixth reading.
    { pattern: /^(?:[^\n:]{0,80}:\s*)?[Jj]e me retire(?![\p{L}])/u, reason: 'a subject is a noun phrase, and "Je me retire" reads as a resignation speech: "Retrait de ma candidature (réf. …) – Nom"' },
    { pattern: /(?<![\p{L}])me retir(?:e|er)(?: pour l'instant)? du recrutement(?![\p{L}])/iu, reason: 'nobody "se retire du recrutement pour" a job: "Je retire ma candidature au poste de … chez …"' },
    { pattern: /(?<![\p{L}])(?:revenir vers|créneaux?)(?![\p{L}])|(?<![\p{L}])(?<!(?:donner|donnerai|donne|fait|fais|fera|ferai|belle|bonne|de|pas) (?:pas )?)suite à (?:votre|ton|ta|vos|tes|notre|nos)(?![\p{L}])/iu, reason: 'France\'s words: Quebec says "me recontacter", "à la suite de" and "plage horaire"', variants: ['fr-CA'] },
    // "c'est X, au 0475 …" too, and in tu as in vous (Brussels 4, 8, 20, 32 on fresh facts): the number takes a verb.
    { pattern: /à l'appareil, (?:que vous pouvez|au )|(?<![\p{L}])(?:ici|c['’]est) [^,.]{1,60}, au \S/iu, reason: 'a clause or a bare number glued to the name: "X à l\'appareil. Vous pouvez me joindre au 06 … Je me permets …", "c\'est X, joignable au …"', channels: ['voicemail'] },
    { pattern: /(?<![\p{L}'’])(?!nous\b|vous\b)(\p{L}{2,}) \1(?![\p{L}])/iu, reason: 'the same word twice in a row ("car car"): a connector joined after a frame that already ends with it' },
    { pattern: /(?<![\p{L}])Je décline pour l'instant la suite|décline la suite/iu, reason: 'one does not "décliner la suite", nor a meeting one cancels: "Je mets ma candidature en suspens … et annule notre rendez-vous"' },
    // The fifteenth reading (Geneva 19): "je n'irai pas au rendez-vous" reads as a no-show; one cancels it.
    { pattern: /(?<![\p{L}])n'irai pas (?:au|à)(?![\p{L}])/iu, reason: '"je n\'irai pas au rendez-vous" reads as a no-show: "je retire ma candidature et décommande le rendez-vous"' },
    // The fifteenth reading (Brussels 17–20): "je m'oriente vers une autre structure" says the candidate is joining
    // another employer, not that this company does not suit them.
    { pattern: /(?<![\p{L}])(?:vers|choisi|opté pour|préférant) une (?:autre (?:organisation|structure)|(?:organisation|structure) différente)(?![\p{L}])/iu, reason: '"je m\'oriente vers une autre structure" reads as joining another employer: "vers un autre type d\'organisation"' },
    { pattern: /(?<![\p{L}])[Pp]our raisons personnelles|structure d'un autre type/u, reason: '"pour des raisons personnelles"; a company is "un autre type d\'organisation", not "une structure"' },
    // The seventh reading.
    {
      pattern: /(?<![\p{L}])du processus(?: [^.!?:;]{0,60}?)? pour (?:la fonction|le poste)(?![\p{L}])/iu,
      reason: 'a calque of "withdraw from the process for the role of": "Je retire ma candidature au poste de …"',
    },
    {
      pattern: /(?<![\p{L}])(?:décline le recrutement|gardons le lien|suspends ma candidature)(?![\p{L}])/iu,
      reason: 'one cannot "décliner un recrutement", and "suspendre sa candidature" or "garder le lien" read oddly: "Je préfère me retirer pour le moment … Restons en contact."',
    },
    { pattern: /(?<![\p{L}])(?:dit oui ailleurs|m'a été faite par)(?![\p{L}])/iu, reason: 'a note to self, or a passive that hides who accepted: "J\'ai accepté une autre offre et dois donc renoncer à …", "J\'ai accepté une offre chez X"' },
    {
      pattern: /(?<![\p{L}])préavis(?![\p{L}])/iu,
      reason: '"préavis" is the notice of a contract (a resignation, a lease): "Veuillez m\'excuser de vous prévenir si tard"; Quebec says "ce court préavis"',
      variants: ['fr-FR', 'fr-CH', 'fr-BE'],
    },
    {
      pattern: /(?<![\p{L}])merci (?:encore |beaucoup |bien )?pour tout(?![\p{L}])/iu,
      reason: 'thanks "pour tout" before anything has happened: thank for the invitation, the interest or the understanding',
      scenarios: ['accepted-another-offer', 'last-minute'],
    },
    { pattern: /Merci bien\.\s*(?:Veuillez agréer|Je vous prie d'agréer|Je vous prie de croire)/u, reason: 'too casual before a formal closing formula: "Je vous remercie de votre compréhension."' },
    { pattern: /(?<![\p{L}])Veuillez [^.!?]*[.!?]\s+Veuillez aussi(?![\p{L}])/u, reason: 'two requests each opening "Veuillez": one sentence, "Veuillez retirer mes coordonnées de vos listes et supprimer mes données personnelles."' },
    // The eighth reading.
    { pattern: /(?<![\p{L}])report(?:e|er|é|ée)s? ma candidature(?![\p{L}])/iu, reason: 'one postpones a meeting, not an application: "Je me retire pour cette fois et renonce à notre rendez-vous …"' },
    { pattern: /(?<![\p{L}])à la prochaine(?!\s+\p{L})/iu, reason: 'what one says to a friend: "Merci, et au plaisir de garder le contact."' },
    {
      pattern: /(?<![\p{L}])(?:à|pour) la fonction (?:de |d')/iu,
      reason: '"la fonction de" reads as Belgian, Swiss or civil-service French in Paris and Montréal: "ma candidature au poste de …"',
      variants: ['fr-FR', 'fr-CA'],
    },
    {
      pattern: /(?<![\p{L}])(?:pas venir|ne viendrai pas|me déplacer|sur place)(?![\p{L}])/iu,
      reason: 'the interview may be by video or phone: "je ne pourrai donc pas honorer notre rendez-vous"',
      scenarios: ['accepted-another-offer', 'keep-door-open', 'personal-reasons', 'last-minute', 'withdraw-application', 'not-a-fit'],
    },
    {
      pattern: /(?<![\p{L}])(chaleureusement|vivement|sincèrement|attention)(?![\p{L}])[\s\S]*(?<![\p{L}])\1(?![\p{L}])/iu,
      reason: 'the same adverb (or "attention") twice in one short message: "Je vous remercie chaleureusement … je vous recommande chaleureusement"',
    },
    { pattern: /\d h(?: \d\d)? à l'heure d/u, reason: 'three "à" in a row stumble aloud: "à 14 h, heure de Paris, avec la Clinique …"', channels: ['voicemail'] },
    {
      pattern: /(?:^|[.!?]\s+)(?:Je m'y résous|Je m'y résigne|Je dois m'y résoudre|C'est à regret|Je le fais à regret),? car(?![\p{L}])/mu,
      reason: 'a filler sentence between the decision and its reason hangs the reason on the regret: "Je retire ma candidature au poste de …, car …"',
    },
    {
      pattern: /(?<![\p{L}])(?:gentil message|si (?:vous cherchez|tu cherches) (?:toujours|encore))(?![\p{L}])/iu,
      reason: '"gentil message" is childish, and a recruiter who wrote is of course still looking: "au sujet de votre message concernant le poste", "Si cela peut vous être utile, je me permets de vous recommander …"',
    },
    {
      // Names and companies may need UCS-2; our words must not: one "Êtes-vous" makes a text UCS-2, with a third less
      // room, and the fitting then drops the recipient's name and the hour. "Seriez-vous", "Merci de …" say the same in GSM-7.
      pattern: /[âêîôëïÿçœÀÂÈÊËÎÏÔÙÛŒ]|(?<!ao)û/u,
      reason: 'a letter outside GSM-7 in our words makes the text UCS-2: choose a word without it ("Seriez-vous libre", "Merci de …", not "Êtes-vous", "s\'il vous plaît")',
      channels: ['sms'],
    },
    // The ninth reading.
    {
      pattern:
        /(?<![\p{L}])(?:[Ll]es?|[Ll]a|[Cc]es?|[Mm]a|[Mm]es|[Mm]on) (?:[\p{L}'-]+ ){1,3}?(?:ne |n')?(?:me |m'|s'y |s')?(?!(?:suivant|important|maintenant|avant|pendant|durant|cependant|restant|montant|enfant|concernant)(?![\p{L}]))\p{L}{2,}ant(?![\p{L}])/u,
      reason: 'a reason as an absolute participle ("Les missions s\'écartant de mon projet, je …", "…, le moment ne me convenant pas") is stilted in a text and aloud: "…, car le poste ne correspond pas à ce que je recherche"',
      channels: ['sms', 'voicemail'],
    },
    {
      pattern: /(?<![\p{L}])(?:reviens|reviendrai|revenir) vers (?:vous|toi)(?![\p{L}])/iu,
      reason: '"je reviens vers vous" is a recruiter\'s follow-up formula, and nobody asked the candidate anything: "Je vous contacte au sujet de …", "Je vous écris concernant …"',
    },
    {
      pattern: /(?<![\p{L}])(?<!(?:la|le|les) )(?<!l')(?:décliner|décline)(?=\s*(?:[.,;:!?\u00A0]|malgré|toutefois|pourtant|néanmoins|$))/u,
      reason: '"décliner" without an object means "to wane": a candidate declines something ("décliner cette proposition", "je la décline")',
    },
    {
      pattern: /(?<![\p{L}])interromp\p{L}* (?:ma|ta) candidature/iu,
      reason: '"interrompre sa candidature" reads as a pause, and the recruiter cannot tell whether the candidate is out: "retirer ma candidature", "mettre un terme à ma candidature"',
    },
    {
      pattern: /(?<![\p{L}])[Mm]erci, en espérant (?:vous|te) (?:re)?croiser/u,
      reason: 'a thanks that trails off into a participle reads as a slip to a recruiter: "Merci, au plaisir de vous revoir."',
    },
    { pattern: /mesure le temps que/iu, reason: 'a calque of "I appreciate the time you set aside": French "mesure le désagrément que cela vous cause"' },
    // The tenth reading.
    { pattern: /(?<![\p{L}])pas du tout le bon moment/iu, reason: '"pas du tout" makes a warm no sound brusque: "ce n\'est tout simplement pas le bon moment pour moi"' },
    {
      pattern: /(?<![\p{L}])(?:vous|tu) (?:restez|restes|êtes|es) un employeur/iu,
      reason: 'calls the recruiter an employer, and reads as said of the person: "J\'espère sincèrement que nos chemins se recroiseront."',
    },
    {
      pattern: /(?<![\p{L}])(?:mets|mettre|mettrai) (?:définitivement )?fin à (?:ma|mon) (?:candidature|processus)/iu,
      reason: '"mettre fin à ma candidature" reads as administrative: a candidate "retire sa candidature"',
    },
    { pattern: /(?<![\p{L}])Bonne recherche(?![\p{L}])/u, reason: 'a wish for a job seeker, not for a recruiter: "Je vous souhaite de trouver la bonne personne"' },
    { pattern: /(?<![\p{L}])(?:[Bb]onne|[Bb]elle) suite de recrutement/u, reason: 'not idiomatic in France or Switzerland: "Bonne continuation dans ce recrutement"' },
    { pattern: /(?<![\p{L}])Je pense aussi à \p{Lu}/u, reason: '"penser à" twice beside "n\'hésitez pas à penser à moi", and it does not read as a recommendation: "Je vous recommande aussi X, dont le profil …"' },
    {
      pattern: /(?<![\p{L}])(?:Au|au) plaisir(?![\p{L}])[\s\S]*(?<![\p{L}])(?:Au|au) plaisir(?![\p{L}])/u,
      reason: '"Au plaisir" twice where the door-open line and the closing meet: one of them says "Belle journée" or "garder le contact"',
    },
    {
      pattern:
        /(?<![\p{L}])(?:fait (?:très |grand )?plaisir|un plaisir)(?![\p{L}])[\s\S]*(?<![\p{L}])plaisir(?![\p{L}])|(?<![\p{L}])plaisir(?![\p{L}])[\s\S]*(?<![\p{L}])(?:fait (?:très |grand )?plaisir|un plaisir)(?![\p{L}])/iu,
      reason: '"plaisir" in the thanks and again in the door-open line or the closing: "J\'ai été très sensible à votre message … J\'espère que nous aurons l\'occasion d\'en reparler."',
    },
    {
      pattern: /(?<![\p{L}])pas suite pour cette fois(?![\p{L}])/iu,
      reason: '"donner suite" with no object is the recruiter\'s formula: "Je ne donnerai toutefois pas suite à ma candidature pour cette fois"',
    },
    // The eleventh reading.
    {
      pattern: /(?<![\p{L}])proposition(?![\p{L}])[^.!?]*[.!?]\s+[^.!?]*(?<![\p{L}])(?:décliner|accepter) cette proposition(?![\p{L}])/iu,
      reason: 'the offer thanked for, named again in the decision that follows: "Je vous remercie de votre proposition … Je me vois dans l\'obligation de la décliner"',
    },
    {
      pattern: /(?<![\p{L}])belles?(?![\p{L}])[\s\S]*(?<![\p{L}])belles?(?![\p{L}])/iu,
      reason: '"Belle continuation" then "Belle journée" where the wish and the sign-off meet: "Bonne continuation … Belle journée"',
    },
    {
      pattern: /(?<![\p{L}])me permet(?:s|tais|trai|trais)(?![\p{L}])[\s\S]*(?<![\p{L}])me permet(?:s|tais|trai|trais)(?![\p{L}])/iu,
      reason: '"Je me permets de vous écrire … Je me permettrai aussi de vous appeler": the formula once, then "Je vais aussi essayer de vous appeler"',
    },
    {
      pattern: /(?<![\p{L}])Un empêchement[^.!?]*, car /u,
      reason: 'a vague cause with the real one trailing after it ("Un empêchement m\'oblige à … , car …"): give the detail alone',
    },
    {
      pattern: /(?<![\p{L}])prévu [^.!?]* et je retire ma candidature, /u,
      reason: 'a withdrawal wedged between the missed meeting and its reason: the reason with the meeting, then "Je retire également ma candidature."',
    },
    {
      pattern: /(?<![\p{L}])(?:fais|fait) suite(?![\p{L}])[\s\S]*(?<![\p{L}])suite(?![\p{L}])/iu,
      reason: '"Je fais suite à vos messages … je ne donnerai pas suite": the opener says "Je réponds à vos derniers messages"',
    },
    // The twelfth reading.
    {
      pattern: /(?<![\p{L}])donn\p{L}* (?:cependant |toutefois )?pas suite pour (?:le|la|l'|un|une)(?![\p{L}])/u,
      reason: '"donner suite" takes "à": "Je ne donnerai pas suite à cette proposition pour le poste de …"',
    },
    {
      pattern: /(?<![\p{L}])pour moi(?![\p{L}])[^.!?]*(?<![\p{L}])pour moi(?![\p{L}])/u,
      reason: '"pour moi" twice in one sentence ("ce sera non pour moi, car le moment est mal choisi pour moi"): "Je vais malheureusement devoir refuser, car le moment est mal choisi pour moi."',
    },
    {
      pattern: /(?<![\p{L}])(?:message|mot) tardif/u,
      reason: 'a text sent in the morning is not late, the notice is: "Veuillez m\'excuser de vous prévenir si tard"',
    },
    {
      pattern: /(?<![\p{L}])confiance(?![\p{L}])[^.!?]*[.!?]\s+[^.!?]*(?<![\p{L}])(?:la|l')\s?(?:décliner|refuser|accepter)(?![\p{L}])/u,
      reason: '"la" after "la confiance que vous m\'accordez" declines the trust, not the offer: "Je me vois toutefois dans l\'obligation de décliner cette offre"',
    },
    { pattern: /(?<![\p{L}])vos collègues et vous m'avez/u, reason: 'names a panel the facts do not give: "du temps que vous m\'avez accordé"' },
    {
      pattern: /(?<![\p{L}])m'intéresse (?:toujours|beaucoup|encore)(?: vivement| beaucoup)?, (?:pourrions|pourriez|serait|pouvons|pourrais|auriez)/u,
      reason: 'a statement and a question spliced with a comma: "Le poste m\'intéresse toujours : pourrions-nous trouver un autre créneau ?"',
    },
    {
      pattern: /(?<![\p{L}])(?:Seriez-vous|Serais-tu|Es-tu|Êtes-vous) (?:libre|disponible) (?:n'importe|dès|à partir|de préférence)/u,
      reason: 'the candidate\'s own availability asked of the recruiter: "Je suis disponible n\'importe quel jour de la semaine prochaine"',
    },
    {
      pattern: /(?:^|[.!?]\s+)(?:Après|À l'issue de) (?:notre|nos) (?:entretien|entrevue|rencontre|échanges), (?:les|le|la|ce|cette|ces) \p{L}+ (?:ne|n')/mu,
      reason: 'a dangling opener: the missions did not meet anyone; the candidate concluded: "À l\'issue de notre entretien, j\'ai constaté que les missions ne correspondaient pas …"',
    },
    {
      pattern: /\s:\s*ce n'est pas ce que je (?:re)?cherche/u,
      reason: 'curt, and "ce" points at nothing named: "les missions ne correspondent pas tout à fait à ce que je recherche", "ce poste ne me correspond pas"',
    },
    { pattern: /(?<![\p{L}])Merci pour tout(?![\p{L}])/u, reason: 'thanks "for everything" after a single message from a recruiter: "Au plaisir d\'échanger de nouveau avec vous"', scenarios: ['decline-recruiter-outreach'] },
    // The thirteenth reading (fr-FR, fr-BE, fr-CA, fr-CH).
    {
      pattern: /(?<![\p{L}])heure d(?:e|u) (?:Reunion|Martinique|Guadeloupe|Cayenne|Noumea|Mayotte|Marquesas)(?![\p{L}])/u,
      reason: 'an overseas territory takes its article and accents: "heure de La Réunion", "heure de la Martinique"',
    },
    {
      pattern: /(?<![\p{L}])relances? à mon sujet(?![\p{L}])/iu,
      reason: '"à mon sujet" means "about me", and the request narrows to reminders: "Je vous prie de ne plus me contacter."',
    },
    { pattern: /(?<![\p{L}])distance serait difficile à tenir/iu, reason: 'one does not "hold" a distance: "car le trajet serait trop long au quotidien"' },
    {
      pattern: /(?<![\p{L}])je (?:vous|te) rappelle\s*:/iu,
      reason: 'after the number, "je vous rappelle :" first sounds like "I repeat": "Je vous rappelle à la suite de votre proposition …"',
      channels: ['voicemail'],
    },
    {
      pattern: /(?<![\p{L}])malheureusement(?![\p{L}])[^.!?]*(?<![\p{L}])malheureusement(?![\p{L}])/iu,
      reason: '"malheureusement" twice in one sentence: "Je vais malheureusement devoir refuser, car c\'est trop loin de chez moi."',
    },
    {
      pattern: /(?<![\p{L}])(?:avec d'autres horaires|des horaires aménagés pourraient|d'autres horaires pourraient|si les horaires pouvaient)(?![\p{L}])/iu,
      reason: 'guesses the hours when the schedule reason may be the percentage ("taux d\'activité de 100 %"): "Avec un temps de travail aménagé, je reconsidérerais ma décision"',
      scenarios: ['decline-offer'],
    },
    // The twelfth reading (fr-FR, fr-BE, fr-CA, fr-CH): a text that cancels in a participial clause with no regret, a
    // timing said as a reproach, "un cadre" that reads as a manager, a bare verdict on the role, hours guessed as time.
    {
      pattern: /(?:^|[.!?:]\s+)Ayant (?:signé|accepté|pris)(?![\p{L}])[^.!?]*, j'annule(?![\p{L}])/iu,
      reason: 'a written-register participle and a bare "j\'annule" in a text: "J\'ai accepté une offre de X et dois malheureusement annuler notre entretien"',
      channels: ['sms'],
    },
    { pattern: /(?<![\p{L}])le moment est mal choisi(?![\p{L}])/iu, reason: '"mal choisi" says someone chose badly, a reproach: "car ce n\'est pas le bon moment pour moi"' },
    { pattern: /(?<![\p{L}])je constate que je recherche(?![\p{L}])/iu, reason: 'one does not "constater" what one seeks: "je me rends compte que je recherche un environnement de travail différent"' },
    // "Cadre" alone, in any form the company-fit reason took (Brussels 17–20 read "car je cherche un autre cadre").
    {
      pattern: /(?<![\p{L}])(?:(?:re)?cherch\p{L}* (?:un|d'un)|envie d'un|besoin d'un|autre) cadre(?! de (?:travail|vie))(?![\p{L}])/iu,
      reason: '"un cadre" reads first as a manager in a recruiting message: "un environnement de travail différent", "un autre type d\'organisation"',
    },
    { pattern: /(?:^|[.!?]\s+)La fonction ne me convient pas(?![\p{L}])/u, reason: '"ne me convient pas" judges the role: "Cette fonction ne me correspond pas : je retire ma candidature …"' },
    {
      pattern: /(?<![\p{L}])temps de travail (?:aménagé|plus souple)(?![\p{L}])/iu,
      reason: 'reads as reduced hours on the same post, not the schedule or the percentage at issue: "Si les horaires pouvaient être aménagés, je reconsidérerais ma décision"',
      scenarios: ['decline-offer'],
    },
    { pattern: /\) \((?:référence|réf\.) /u, reason: 'two brackets side by side: "(niveau A1) (référence …)" is one, "(niveau A1, référence …)"' },
    // The fifth fix pass (Brussels 5, 6, 17–20): one verb for the application and the interview, a post no one
    // offered renounced, a calque of "aiming for", a reason given as blame.
    {
      pattern: /(?<![\p{L}])renon\p{L}*[^.:;!?]*? (?:et|ainsi qu') ?(?:à |au |à l')(?:notre |votre |ton |notre )?(?:rendez-vous|entretien|entrevue|échange|rencontre)(?![\p{L}])/iu,
      reason: 'one verb for two objects ("je renonce à ma candidature … et au rendez-vous"): "je retire ma candidature … et j\'annule le rendez-vous"',
      scenarios: ['withdraw-application'],
      channels: ['email', 'linkedin'],
    },
    {
      pattern: /(?<![\p{L}])renon\p{L}*(?: \p{L}+)? (?:au|à ce) poste(?![\p{L}])/iu,
      reason: 'no one offered the post, so it cannot be renounced: "je retire ma candidature au poste de …"',
      scenarios: ['withdraw-application'],
      channels: ['email', 'linkedin'],
    },
    { pattern: /(?<![\p{L}])(?:je vise|visant) (?:un|une) autre(?![\p{L}])/iu, reason: '"viser un autre environnement" is a calque of "aiming for": "car je recherche un autre environnement de travail", "car je m\'oriente vers un autre type de poste"' },
    { pattern: /(?<![\p{L}])souplesse sur ce poste(?![\p{L}])/iu, reason: 'says neither what should bend nor which post a text never named: "Si les horaires pouvaient être aménagés, je reconsidérerais ma décision"' },
    { pattern: /(?<![\p{L}])à cause d(?:e |'|es |u )/iu, reason: '"à cause de" is spoken and sounds like blame: "pour des raisons personnelles", "en raison des horaires"' },
    // The second fix pass of that reading (Paris 5, 14, 15, 24; Montréal 6; Geneva 6, 7).
    {
      pattern: /(?<![\p{L}])(?:annuler|annule) notre rendez-vous prévu [^.!?]{0,120}? pour le poste [^.!?]{0,160}? et (?:retirer|retire) ma candidature(?![\p{L}])/iu,
      reason: 'the interview phrase splits the two verbs, so "retirer ma candidature" lands after the job: "je dois annuler notre rendez-vous prévu … pour le poste de …, pour des raisons personnelles. Je retire également ma candidature."',
    },
    { pattern: /(?<![\p{L}])préfère me retirer(?=\s*(?:[.!?]|$))/iu, reason: '"se retirer" with no object leaves the reader asking from what: "je préfère retirer ma candidature"' },
    { pattern: /(?<![\p{L}])bientôt j['’]espère(?![\p{L}])/iu, reason: 'the incise needs its comma and its object: "à bientôt, je l\'espère"' },
    { pattern: /(?<![\p{L}])(?:recommande|suggère) [^.!?]{1,80} à ma place(?![\p{L}])/iu, reason: '"à ma place" makes the referral a stand-in for the candidate: "Je vous recommande X, dont le profil pourrait vous intéresser."' },
    {
      pattern: /^(?:Bonjour|Bonsoir)[^,.\n]*, (?!ici |c['’]est )(?:(?!à l['’]appareil)[^,.\n])+, joignable au /u,
      reason: 'a call that gives a name with no "ici" or "à l\'appareil" does not say who is speaking: "Bonjour Madame X, ici Y, joignable au …"',
      channels: ['voicemail'],
    },
    {
      pattern: /(?:^|[.!?]\s+)(?:Merci encore|Encore merci|Je vous renouvelle mes remerciements|Je te renouvelle mes remerciements)[^.!?]*[.!?]\s+(?:Si cela peut (?:vous |t['’])être utile, je|Par ailleurs, \p{Lu}|Je (?:vous|te) (?:recommande|suggère)|Je me permets (?:enfin )?de (?:vous|te) recommander)/u,
      reason: 'the thanks close the message and the referral starts it again: the referral, then the thanks and the wish',
      channels: ['linkedin'],
    },
    // The sixteenth reading (Paris 5, Brussels 5, 8): a reason says what it is about; the keep-in-touch line speaks of
    // the employer as a candidate would. (A location reason that invents a commute is checked in test/content/suites-fr.ts,
    // where the reason code is known.)
    {
      pattern: /(?<![\p{L}\d])\d{1,2}\s?h(?:\s?\d{2})?(?![\p{L}\d])[^.!?]*?(?<![\p{L}])(?:les|ces|des|d')\s?horaires(?! (?:du poste|de travail|annoncés))(?![\p{L}])/iu,
      reason: 'after the interview\'s time, "ces horaires" or "les horaires" alone read as that slot, which asks for another slot, not a withdrawal: "car les horaires du poste seraient trop difficiles à concilier avec mon organisation"',
    },
    { pattern: /(?<![\p{L}])(?:activités|projets) (?:me|te) tiennent|(?<![\p{L}])(?:me|te) tien(?:t|nent) toujours à cœur(?![\p{L}])/iu, reason: '"tenir à cœur" is for a cause of one\'s own; said of an employer\'s business it is overblown: "Je continuerai de suivre vos projets avec attention"' },
    // The infinitive after a verb that offers ("je pourrais volontiers vous mettre en relation") was read as complete.
    { pattern: /(?<![\p{L}])(?:mettrai|mettrais|mettra|mets|met) (?:\p{L}+ )?en relation(?! avec)(?![\p{L}])/iu, reason: '"je vous mettrai volontiers en relation" with no "avec …" leaves the reader asking with whom: "je vous mettrais volontiers en relation avec X", "je vous mettrai volontiers en relation"' },
    // The first reading after the seventeenth fix pass (Paris 1, 2; Brussels 17, 18): a warm line that remembers a
    // meeting still to come, a vendor's sign-off from a candidate who withdraws, a "&" read aloud.
    {
      pattern: /(?<![\p{L}])m'(?:a|ont) (?:fait|laissé) (?:une )?(?:excellente|très bonne|bonne|forte|belle) impression(?![\p{L}])/iu,
      reason: 'the candidate has not met the team yet: the interview is still ahead; "J\'aimerais vivement que nous restions en contact pour une prochaine occasion"',
      scenarios: ['accepted-another-offer', 'keep-door-open', 'last-minute', 'personal-reasons', 'decline-recruiter-outreach'],
    },
    { pattern: /(?:^|[.!?]\s+)Bon recrutement\s*[.!]/mu, reason: '"Bon recrutement !" is a vendor\'s sign-off and reads offhand from a candidate: "Je vous souhaite de trouver la bonne personne."' },
    { pattern: /\p{L} & \p{L}/u, reason: 'a voice says "et": "responsable data et SIG", as in "Tessier et Fils"', channels: ['voicemail'] },
    // The readers of the seventh round (Paris 5, 13, 14, 16, 32; Brussels 5, 32): a process one does not go further in
    // "for a post", a calque, colleagues no fact names, an apology that joins a verb and a noun, a withdrawal glued on
    // after the cancellation, a blunt no in a warm call.
    { pattern: /(?<![\p{L}])(?:aller|vais|va) plus loin pour (?:ce|le) poste(?![\p{L}])/iu, reason: 'one goes further in a process, not "for a post", and the post was named just before: "J\'ai finalement décidé de ne pas poursuivre le processus"' },
    { pattern: /(?<![\p{L}])sachant le temps que(?![\p{L}])/iu, reason: '"savoir" does not take "le temps que" (a calque): "alors que vous aviez réservé ce créneau pour notre rencontre"' },
    {
      pattern: /(?<![\p{L}])(?:vous et vos collègues|tes collègues et toi|toi et tes collègues)(?![\p{L}])/iu,
      reason: 'colleagues no fact names, before an interview the candidate has not had: "alors que vous aviez réservé ce créneau"',
      scenarios: ['last-minute'],
    },
    {
      pattern: /(?<![\p{L}])(?:excuses|regrette) de [^.!?,]{1,40}, et (?:pour|le temps)(?![\p{L}])/iu,
      reason: 'one word governs a verb and then a noun ("excuses de vous prévenir si tard, et pour le temps …"): "Toutes mes excuses de vous prévenir si tard, alors que vous m\'aviez réservé ce créneau"',
    },
    {
      pattern: /(?:^|[.!?]\s+)Je retire (?:également|aussi|par ailleurs|donc) ma candidature(?![\p{L}])/u,
      reason: 'the withdrawal glued on after the cancellation, as an afterthought: one sentence, "je dois retirer ma candidature … et annuler notre rendez-vous …, pour des raisons personnelles"',
      scenarios: ['last-minute'],
    },
    { pattern: /(?<![\p{L}])devoir dire non(?![\p{L}])/iu, reason: '"dire non" is blunt after warm thanks: "Je vais toutefois devoir décliner"' },
    // Brussels 33, 34, 36 on fresh facts: "ne plus" already says from now on.
    { pattern: /(?<![\p{L}])ne plus (?:\p{L}+ ){0,3}(?:re)?contacter,? désormais(?![\p{L}])|(?<![\p{L}])désormais,? (?:de )?ne plus (?:\p{L}+ ){0,2}(?:re)?contacter(?![\p{L}])/iu, reason: '"ne plus me contacter désormais" says "from now on" twice: "Je vous prie de ne plus me contacter"' },
    // Brussels, Montréal and Geneva 11 and 19 on fresh facts: a text with a letter outside GSM-7 has 201 characters,
    // and filler there costs the surname or the candidate's times; a request to delete the data is no thanks.
    {
      pattern: /\?\s*Merci d['’]avance\s*\./u,
      reason: 'a text that asks for another date needs no "Merci d\'avance" after it: the room goes to the full name and the times ("Je suis disponible …")',
      scenarios: ['personal-reasons'],
      channels: ['sms'],
    },
    {
      pattern: /(?:^|[.!?]\s+)Merci de (?:supprimer|détruire|effacer) mes (?:données|renseignements)/u,
      reason: '"Merci de supprimer mes données" asks; a withdrawal also thanks: "Je vous prie de supprimer mes données. Merci !"',
      scenarios: ['withdraw-application'],
      channels: ['sms'],
    },
    // Paris, Brussels, Montréal and Geneva 19 on fresh facts: a thanks that closes, then a bare order glued after it.
    {
      pattern: /Merci pour tout\s*[.!]\s+Veuillez (?:supprimer|détruire|effacer)(?![\p{L}])/u,
      reason: 'the thanks closes and a bare order is glued after it: the request first, the thanks last ("Je vous prie de supprimer mes données. Merci !")',
    },
    // Geneva 36 on fresh facts: a firm voicemail said "C'est non, et c'est définitif", which is spoken and familiar.
    {
      pattern: /(?:^|[.!?]\s+)C['’]est non, et c['’]est définitif(?![\p{L}])/u,
      reason: '"C\'est non, et c\'est définitif" is familiar in a professional call: "Ma réponse reste la même : je ne donnerai pas suite, et cette décision est définitive."',
      scenarios: ['firm-no'],
    },
    // Montréal and Brussels 7 on fresh facts: a pause says the application will resume, while the email, the
    // LinkedIn message and the call of the same scenario say the candidate does not go on.
    {
      pattern: /(?<![\p{L}])(?:en pause|en attente)(?![\p{L}])/iu,
      reason: 'a pause contradicts "ne pas poursuivre le processus" in the other channels: "Je ne poursuis pas ma candidature auprès de …"',
      scenarios: ['keep-door-open'],
    },
    // Montréal, Geneva and Brussels 15 on fresh facts: a same-day text whose apology ran "de vous prévenir si tard"
    // left no room for the full name or the times, and went out signed "ici Loïc".
    {
      pattern: /(?<![\p{L}])de (?:vous|te) prévenir si tard(?![\p{L}])/iu,
      reason: 'in a same-day text the time says it is late, and the room goes to the full name and the times: "Toutes mes excuses : …", "Excusez-moi : …"',
      scenarios: ['last-minute'],
      channels: ['sms'],
    },
    // The seventeenth reading, Montréal and Geneva 15 on fresh facts: "Pardon :" is what one says when bumping into
    // someone, offhand in a formal text that cancels on the day.
    {
      pattern: /(?:^|[.!?]\s+)Pardon\s*:/u,
      reason: 'a bare "Pardon :" is spoken and offhand in writing: "Toutes mes excuses : …", "Veuillez m\'excuser : …"',
    },
    // Geneva 32: "laisser passer cette occasion", then "pour une prochaine occasion" in the next sentence.
    {
      pattern: /(?<![\p{L}])occasions?(?![\p{L}])[^.!?]*[.!?]\s+[^.!?]*(?<![\p{L}])occasions?(?![\p{L}])/iu,
      reason: '"occasion" twice in two sentences that follow: "N\'hésitez pas à revenir vers moi si un autre poste se présente plus tard."',
    },
    // Paris 5: "pouvoir volontiers" is a calque of German "gern können", Swiss or Belgian at best.
    {
      pattern: /(?<![\p{L}])peux volontiers(?![\p{L}])/iu,
      reason: '"je peux volontiers" calques "gern können": "je vous transmettrai volontiers ses coordonnées"',
    },
    // Brussels 26: a verbless "et merci de votre attention" glued onto a formal sentence, and the thanks that closes a
    // talk, not an answer to an offer.
    {
      pattern: /(?<![\p{L}])merci de (?:votre|ton) attention(?![\p{L}])/iu,
      reason: '"merci de votre attention" closes a talk, not an answer to an offer: "… et vous sais gré de votre confiance."',
      scenarios: ['decline-offer'],
    },
    // Geneva 27: a text that has lost the detail cannot say "plus souple" about nothing; it reads as a criticism of
    // the company and does not say what would change.
    {
      pattern: /(?<![\p{L}])(?:une organisation|des conditions) plus souples? me ferai(?:en)?t(?![\p{L}])/iu,
      reason: 'a vague "organisation plus souple" can read as a criticism of the employer: "Si les conditions de travail évoluaient, je reverrais ma décision."',
      scenarios: ['decline-offer'],
    },
    // The seventeenth reading (Brussels 17–20 on fresh facts): "en raison des horaires de travail" says nobody's hours,
    // and after "je ne serai pas au rendez-vous" read as the candidate's own hours keeping them from the interview.
    {
      pattern: /(?<![\p{L}])horaires de travail(?![\p{L}])|(?<![\p{L}])en raison des horaires(?![\p{L}])/iu,
      reason: 'whose hours? "les horaires de travail" reads as the candidate\'s own: "car les horaires du poste ne me conviennent pas"',
    },
    // Brussels 23: a text opens on a present participle ("Recherchant un autre environnement, je retire …"), the
    // register of an administrative letter: a text says it with a finite verb ("Je recherche …, c'est pourquoi …").
    {
      pattern: /(?:^|[.!?:]\s+)(?!(?:Pendant|Avant|Durant|Cependant|Maintenant|Néanmoins|Suivant|Concernant|Moyennant)(?![\p{L}]))\p{Lu}\p{Ll}+ant(?![\p{L}])[^.!?]*, (?:je|j['’](?!annule))/u,
      reason: 'a text that opens on a participle ("Recherchant …, je", "Ayant accepté …, je") reads as an administrative letter: "J\'ai accepté un poste ailleurs : je retire donc ma candidature"',
      channels: ['sms'],
    },
    // Geneva 26 on fresh facts: the opening thanked for the confidence, and the closing thanked for it again.
    {
      pattern: /(?<![\p{L}])(?:remercie|merci|gré)(?![\p{L}])[^.!?]*(?<![\p{L}])confiance(?![\p{L}])[\s\S]*(?<![\p{L}])(?:remercie|merci|gré)(?![\p{L}])[^.!?]*(?<![\p{L}])confiance(?![\p{L}])/iu,
      reason: 'the confidence thanked for twice in one message: the closing says something else ("Je demeure à votre disposition pour en parler.")',
      scenarios: ['decline-offer'],
      channels: ['linkedin'],
    },
    // Montréal 19 on fresh facts: a cheerful "Merci !" right after asking for the data to be destroyed.
    {
      pattern: /(?<![\p{L}])(?:supprimer|détruire|effacer) (?:mes|les) (?:données|renseignements)[^.!?]*[.!?]\s*Merci[\s\u202F]*!/u,
      reason: 'after a request to delete the data, a cheerful "Merci !" jars: "Veuillez supprimer mes données. Merci."',
      tones: ['concise', 'firm', 'formal'],
    },
    // Paris 27 on fresh facts: a text that had lost the reason bargained ("Un meilleur salaire me ferait revoir ma
    // décision"), an ultimatum to the person making the offer; the candidate says what would reopen the talk.
    {
      pattern: /(?<![\p{L}])(?:un meilleur salaire|un salaire plus élevé)(?![\p{L}])/iu,
      reason: 'a bargain, not an opening: "Si la rémunération pouvait évoluer, je serais disposée à en rediscuter." (no "prête": its ê makes a text UCS-2)',
      scenarios: ['decline-offer'],
    },
    // Brussels 1 on fresh facts: before an interview that had not taken place, the thanks praised "nos échanges".
    {
      pattern: /(?<![\p{L}])nos échanges m['’]ont(?![\p{L}])/iu,
      reason: 'no exchanges took place before the interview: thank for the invitation and the interest shown in the profile',
      scenarios: ['accepted-another-offer'],
    },
    // Paris 15 and Geneva 15 on fresh facts: a same-day text that cancels and withdraws ends on a bare "Veuillez
    // m'excuser.", which reads as "excuse me": it opens on the apology, as same-day texts do, and thanks.
    {
      pattern: /(?<![\p{L}])(?:Veuillez m['’]excuser|Excuse-moi)\.\s*$/u,
      reason: 'a bare "Veuillez m\'excuser." at the end reads curt: "Toutes mes excuses : j\'annule … Merci de votre compréhension."',
      scenarios: ['last-minute'],
      channels: ['sms'],
    },
    // Paris 23 on fresh facts: "Au plaisir de vous revoir." then the wish: a text with two endings one after the other.
    {
      pattern: /(?<![\p{L}])Au plaisir(?![\p{L}])[^.!?]*[.!?][\s\u202F]*\p{L}/u,
      reason: 'a text ends once: "Au plaisir …" is a sign-off, so nothing comes after it ("J\'espère garder le contact. Je vous souhaite …")',
      scenarios: ['keep-door-open', 'not-a-fit', 'withdraw-application', 'firm-no', 'decline-offer', 'decline-recruiter-outreach'],
      channels: ['sms'],
    },
    // Montréal 24 on fresh facts: an interview is held for a post, not on it.
    {
      pattern: /(?<![\p{L}])(?:entretien|entrevue|rencontre) sur (?:le|ce) poste(?![\p{L}])/iu,
      reason: '"notre entrevue sur le poste": "notre entrevue pour le poste …"',
    },
    // Geneva 29, 30, 32 on fresh facts: "la localisation" alone reads as a geolocation; HR French names the place of work.
    {
      pattern: /(?<![\p{L}])(?:la |de )localisation(?! du poste)(?![\p{L}])/iu,
      reason: 'a bare "la localisation": "le lieu de travail ne convenant pas à ma situation", "la localisation du poste"',
    },
    // Montréal 25–28 on fresh facts: a reason typed as a clause after "en raison de", which takes a noun only ("en raison
    // de l'horaire prévoit …"): "car l'horaire prévoit …".
    {
      pattern:
        /(?<![\p{L}])(?:en raison|du fait|à cause) (?:de |d['’]|du |des )(?:(?!(?<![\p{L}])(?:qui|que|qu['’]|dont|où)(?![\p{L}]))[^,.;:!?])*?(?<![\p{L}'’])(?:[nm]['’]|ne|est|sont|a|ont|prévoit|prévoient|doit|doivent|peut|peuvent|exige|exigent|impose|imposent|demande|demandent|comporte|comportent|inclut|incluent|laisse|laissent|oblige|obligent)(?![\p{L}])/iu,
      reason: '"en raison de" takes a noun phrase, not a clause: "car l\'horaire prévoit une fin de semaine sur deux"',
    },
    // The eleventh reading. Paris 12, 16, 20, 24, 28, Brussels 20: the number as an aside on the name ("ici X, joignable
    // au 06 …, je vous appelle"); the name ends its sentence and the number has one of its own.
    {
      pattern: /, (?:joignable|vous pouvez me joindre|tu peux me joindre) au [+\d]/u,
      reason: 'the number as an aside on the name: "X à l\'appareil. Mon numéro est le 06 … ; je vous appelle …"',
      channels: ['voicemail'],
    },
    // Paris, Brussels, Montréal and Geneva 29: "votre démarche me touche" is a personal emotion to a recruiter's approach.
    { pattern: /(?<![\p{L}])(?:votre|ta) démarche me touche(?![\p{L}])/iu, reason: '"votre démarche me touche" is too personal for a recruiter: "… et de l\'intérêt que vous portez à mon parcours"' },
    // Geneva 7, Brussels 29, 30, 32: a referral as a bare sentence about the person, or "aussi" after a no.
    {
      pattern: /(?:^|[.!?:]\s+)(?!(?:Ce|Cette|Cela|Il|Elle|Une?|Le|La|Les|D['’]autres)\s)\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)+ pourrait (?:vous|t['’]) intéresser\./mu,
      reason: 'a referral as a bare "X pourrait vous intéresser." reads as pasted in: "Je vous recommande X, dont le profil pourrait vous intéresser."',
    },
    { pattern: /(?<![\p{L}])(?:recommande aussi|aussi (?:vous |te )?recommander)(?![\p{L}])/iu, reason: 'a referral "aussi" after a no is a seam: "Je vous recommande volontiers X"', variants: ['fr-BE'] },
    // Montréal 23 (Geneva writes it): a text opened on the verdict on the post; Paris 23: a promise to follow the offers.
    { pattern: /(?<![\p{L}])Cette fonction ne me correspond pas(?![\p{L}])/u, reason: '"Cette fonction ne me correspond pas :" opens on a verdict: "Je retire ma candidature …, car la fonction ne me convient pas."', variants: ['fr-CA'] },
    { pattern: /(?<![\p{L}])Je suivrai (?:vos|tes) prochaines offres(?![\p{L}])/u, reason: '"Je suivrai vos prochaines offres" reads as a promise to watch: "J\'espère que nous pourrons échanger à nouveau."' },
    // Paris 5, 6: "je dois annuler … car je dois …" says "devoir" twice in one sentence.
    {
      pattern: /(?<![\p{L}])dois annuler(?![\p{L}])[^.!?]*(?<![\p{L}])car je dois(?![\p{L}])/iu,
      reason: '"je dois annuler … car je dois …": "et j\'annule notre rendez-vous …, car je dois …"',
      scenarios: ['keep-door-open'],
    },
    // Paris 20: "Merci bien." sounds curt on a call.
    { pattern: /(?<![\p{L}])Merci bien\./u, reason: '"Merci bien." sounds curt on a call: "Merci de votre attention."', scenarios: ['withdraw-application'], channels: ['voicemail'] },
    // Montréal 36 on earlier facts: a call's two requests in a row, each opened by "Je vous demande".
    {
      pattern: /(?<![\p{L}])(Je (?:vous|te) demande)(?![\p{L}])[^.!?]*[.!?]\s*\1(?![\p{L}])/u,
      reason: 'two sentences opened by "Je vous demande": one request, "Je vous demande de ne plus me contacter … et de détruire …"',
      // Letters have their own entry for the pair.
      channels: ['sms', 'voicemail'],
    },
  ],
};
