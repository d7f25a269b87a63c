// German for the content rules: function words, greetings and sign-offs, thanks, decisions and reasons, the words
// of Sie and du, and the calques and slips a German recruiter would rewrite.
import type { LanguageWords } from '../types.js';

const stopWords = new Set(
  `der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn da weil dass ob wenn als
  wie so zu zum zur im in an am auf aus bei beim mit nach von vom vor für über unter um durch gegen ohne bis seit
  ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere sie ihr ihre ihnen ihren ihrem ihrer ihres
  du dich dir dein deine deinen deinem deiner euch euer eure es er ihn ihm sein seine man ist bin sind war habe hat
  haben hatte wird werde werden würde würden kann könnte muss möchte sich nicht kein keine auch noch nur schon sehr
  gern gerne ganz mehr dies diese dieser dieses diesem diesen hier dort dann daher deshalb also bitte uhr heute morgen`.split(/\s+/),
);

const sz = '(?:ß|ss)';

/** Words of informal address: pronouns of du and ihr, and the du-forms of the verbs texts use. */
const informal =
  /\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer|hast|bist|kannst|willst|möchtest|wirst|würdest|solltest|weißt|weisst|erreichst|hättest|warst|sollst|streich|streiche|meld|lösch|lösche|nimm|nimmst|sieh|verzeih|denk|lass|meldest|respektierst|bringst)\b|\b(entschuldige|kontaktiere|behalte|verzichte) (bitte|mich)\b|\bbitte (entschuldige|grüß|sieh|melde)(?![a-zäöüß])/i;
/** Words of formal address: Ihnen and Ihr with their capital, and Sie where it is not the first word (there it could be "they"). */
const formal = /\b(Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b|(?<![.!?:]\s|^|\n)\bSie\b/;

export const germanWords: LanguageWords = {
  stopWords,
  repeatable: new Set(['nummer', 'telefonnummer', 'rufnummer']),
  stem: (word) => (word.length > 3 ? word.replace(/(en|es|e|n|s)$/, '') : word),
  letterSalutation: /^(Sehr geehrte|Liebe[rs]? (?!Grü)|An (die|den) )/m,
  signOff: new RegExp(
    `^(Mit freundlichen Grü${sz}en|Freundliche Grü${sz}e|Mit (besten|herzlichen|vielen) Grü${sz}en|Viele (herzliche )?Grü${sz}e|Beste Grü${sz}e|` +
      `Herzliche Grü${sz}e|(Ganz )?[Ll]iebe Grü${sz}e|Mit freundlichem Gru${sz}|Gru${sz}|Grü${sz}e|Schöne Grü${sz}e|Mit Dank|Mit bestem Dank|Vielen Dank und (beste|freundliche) Grü${sz}e|MfG|LG|VG)[,.!]?$`,
  ),
  // German LinkedIn messages close with the sign-off on its own line and the name below it (the house style).
  linkedinSignOff: new RegExp(`^(Viele|Herzliche|Liebe|Freundliche|Beste|Schöne) Grü${sz}e\\n[^\\n]+$`),
  greetingWords: /\b(Sehr geehrte[r]?|Liebe[rs]?|Hallo|Hi|Guten Tag)/,
  spokenGreeting: /\b(Guten (Tag|Morgen|Abend)|Hallo|Hi|Grüß Gott|Grüezi|Servus|Moin|Sehr geehrte[r]?|Liebe[rs]?)\b/,
  apology: /(ntschuldig|Verzeihung|verzeih|bedaure|bedauere|\bleid\b|[Ss]orry|Nachsicht)/,
  thanks: /(\bDank|\bdanke|bedanke|dankbar)/i,
  thanksAgain: /\b(nochmals|noch einmal|nochmal|erneut) (vielen |herzlichen |besten )?(Dank|danke)\b|\b(Danke|Dank) (nochmals|noch einmal|nochmal)\b/i,
  decisionVerbs: 'sage|sagen|abzusagen|absagen|ziehe|ziehen|zurückziehen|zurückzuziehen|lehne|ablehnen|abzulehnen|storniere|stornieren|streichen',
  reasonConnectors: 'da|weil|denn|aufgrund|wegen|nachdem',
  and: 'und',
  subjectFallback: /: meine Absage$|: leider eine Absage$|^Eine Absage von|: Absage$|: endgültige Absage$/,
  declineWords: /(Absage|absagen|ablehnen|Ablehnung|lehne|abgelehnt|nicht an|nicht zusagen)/i,
  // An offer the candidate would still discuss is named ("Ihr Angebot: …"), never with a word that reads as a yes.
  openOfferSubject: { names: /angebot\b/i, accepts: /(Zusage|zusagen|annehm|angenommen|nehme[^:]*\ban\b|freue|Freude|Vertrag|unterschrieb|Eintritt|Start|Beginn|\bJa\b)/i },
  address: { formal, informal },
  fullNameWithoutTitle: true,
  denyList: [
    // The sixth German reading (Berlin, Vienna, Zurich).
    { pattern: /\bnoch\b[^.!?;]*\bnoch einmal\b/i, reason: '"noch" twice in one sentence reads as a stammer: "Sollte sich finanziell noch etwas bewegen lassen, spreche ich gern erneut mit Ihnen."' },
    { pattern: /\bAngebot\b[^.!?]*\bangebotene/i, reason: 'the decision names the offer and the reason says "das angebotene …" in the same sentence: "Zu den jetzigen Konditionen kann ich jedoch leider nicht zusagen, denn das angebotene Gehalt …"' },
    { pattern: /(?<!\p{L})So, wie es vorliegt, kann ich (Ihr|dein|das) Angebot\b/iu, reason: '"es" points forward to a noun that comes later, and the sentence before may end on another neuter noun ("das Vertrauen"): "Zu den jetzigen Konditionen kann ich jedoch leider nicht zusagen"' },
    { pattern: /\bverhandlungsbereit\b/i, reason: 'bargaining jargon from a candidate, and it names nothing to talk about: "Über eine Anpassung spreche ich gern."' },
    { pattern: /\bfreundliche Begleitung\b/i, reason: 'a recruiter looks after an application, nobody is escorted: "Danke für die freundliche Betreuung."' },
    { pattern: /\b(zum|zu dem) (vereinbarten )?(Termin|Gespräch)\b[^.!?]{0,90}\bkommen\b/i, reason: '"kommen" is turning up in person, wrong for a video or phone interview: "den vereinbarten Termin wahrnehmen"' },
    { pattern: /\bLeider so kurzfristig:/i, reason: 'a telegraphic fragment: "Leider melde ich mich so kurzfristig: …"' },
    { pattern: /\bzurück, (das Gespräch|der Termin)\b[^.;!?]*\b(entfällt|sage ich ab), (denn|da|weil)\b/i, reason: 'three clauses spliced with commas, the reason hung on the cancelled interview: "ich ziehe meine Bewerbung zurück, denn …; das Gespräch entfällt damit."' },
    { pattern: /\bnoch nicht am Ende sehe\b/i, reason: '"am Ende sein" is to be exhausted or finished, and the candidate never said they have a job to finish: "Ich bin derzeit nicht auf Stellensuche."' },
    { pattern: /\bes zeitlich nicht (geht|passt)\b/i, reason: 'reads as a clash with the appointment, so the recruiter offers another slot; the reason is that a change of job does not fit now: "da ein Wechsel für mich derzeit nicht passt"' },
    { pattern: /\b(da|weil) ich (jetzt|momentan|derzeit|gerade) nicht wechsle\b/i, reason: 'a flat "I am not switching jobs" from someone who just applied reads curt and contradictory: "da ein Wechsel für mich derzeit nicht passt"' },
    { pattern: /\b(da|weil) es privat (gerade )?nicht passt\b/i, reason: 'clipped, and reads as an inconvenience: "aus persönlichen Gründen"' },
    { pattern: /\bstelle (ich )?meine Bewerbung\b[^.!?]*\bzurück\b/i, reason: 'an application is withdrawn, not "deferred": "ziehe meine Bewerbung zurück"' },
    { pattern: /\bFalls (Sie|du) noch jemanden such/i, reason: 'after a withdrawal the recruiter is obviously still searching, and "noch jemanden" reads as "someone else as well": "Für die Stelle kann ich Ihnen außerdem … empfehlen."' },
    { pattern: /\bempfehle ich (Ihnen |dir )?[^.;!?]+; bis dahin\b/, reason: '"bis dahin" after a referral points to nothing: the referral is a sentence of its own, "Für die Stelle kann ich Ihnen außerdem … empfehlen."' },
    { pattern: /\bpasst\b[^.!?]*\b(da|weil)\b[^.!?]*\bpasst\b/, reason: 'a frame built on "passt" around a reason built on "passt" goes in a circle: "Eine Bewerbung ziehe ich jedoch nicht in Betracht, da das Aufgabenprofil nicht zu mir passt."' },
    { pattern: /\bzum Vorstellungsgespräch zur (Stelle|Position)\b/, reason: 'a chain of "zum … zur": "die Einladung zum Vorstellungsgespräch für die Stelle als …"' },
    { pattern: /\bbei der (Universitäts)?(klinikum|Klinikum|Krankenhaus|Institut|Werk)\b/, reason: 'the article follows the head noun, not the legal form behind it: "beim Universitätsklinikum Tübingen AöR"' },
    { pattern: /\bhierzu nicht mehr\b/i, reason: 'narrows the request to this one role; the candidate asked for no contact at all: "Bitte kontaktieren Sie mich auch wegen anderer Stellen nicht mehr."' },
    { pattern: /\bzu anderen Stellen keinen Kontakt\b/i, reason: '"Kontakt aufnehmen zu" names whom one contacts, so "zu anderen Stellen" first reads as other offices and collides with "mit mir": "Bitte kontaktieren Sie mich auch wegen anderer Stellen nicht mehr."' },
    { pattern: /\b(Arbeitszeiten|Arbeitsort|Standort|Zeiten)\b[^.!?;]{0,20}\bnicht (ganz )?zu mir pass/i, reason: '"zu mir passen" is about one\'s person, so hours or a place read as a matter of taste: "da sich die Arbeitszeiten nicht mit meinen Verpflichtungen vereinbaren lassen", "da der Arbeitsort für mich nicht passt"' },
    { pattern: /\bpersönliche Umstände hindern mich\b[^.!?]*, (denn|da|weil)\b/i, reason: 'veils the reason and then gives it, and "denn" makes the detail the cause of the "circumstances": "Leider kann ich den Termin nicht wahrnehmen, denn meine Mutter muss operiert werden."' },
    { pattern: /\bDanke für die Einblicke!/, reason: 'names no interview, and the exclamation mark is casual beside "Herr Dr.": "Vielen Dank für das Gespräch am Dienstag."' },
    { pattern: /\bkeine andere Wahl\b/i, reason: 'overdramatic for a private reason: "kann ich aus persönlichen Gründen leider nicht wahrnehmen"' },
    { pattern: /\bdiesmal\b/i, reason: 'implies earlier occasions; a door kept open says "vorerst" or "für den Moment"', scenarios: ['keep-door-open'] },
    { pattern: /\bVerfahren nicht fort\b/i, reason: 'the words of an official, not a candidate: "ziehe ich meine Bewerbung zurück"' },
    { pattern: /\bÜber (spätere|künftige) [\p{L}]+ freue ich mich\b/u, reason: 'the indicative asserts that such chances exist: "Über spätere Gelegenheiten würde ich mich freuen."' },
    { pattern: /, aus persönlichen Gründen[.;]/, reason: 'the reason tacked on after the decision reads as an afterthought: "Aus persönlichen Gründen ziehe ich …" or "da es privat nicht passt"' },
    { pattern: /\bGern versuche ich\b/, reason: '"gern" offers something to the reader; trying to call is no favour to them: "Ich versuche zusätzlich, Sie telefonisch zu erreichen."' },
    { pattern: /\bhalte ich (aber |jedoch )?gern aufrecht\b/i, reason: 'reads as a concession ("I don\'t mind keeping it"): "Meine Bewerbung möchte ich aber gern aufrechterhalten"' },
    { pattern: /\bhoffe auf ein Wiedersehen\b/i, reason: 'presumes a meeting that may never have happened: "Ich bleibe gern erreichbar."' },
    { pattern: /\bausdrücklich empfehlen\b/i, reason: 'says neither for what nor why: "{{referral}} wäre aus meiner Sicht eine ausgezeichnete Wahl"' },
    { pattern: /, danke für\b/, reason: 'a thanks tacked onto a sentence with a comma: "Vielen Dank für die Einladung." as a sentence of its own' },
    { pattern: /, für die ich mich bedanke\b/, reason: 'the relative clause attaches to the nearest noun (the position, not the message): "Vielen Dank dafür."' },
    { pattern: /\bund das ist endgültig\b/, reason: 'sounds like a raised voice: "Wie bereits mitgeteilt, ist meine Absage endgültig."' },
    { pattern: /\bGern(e)? ein andermal\b/i, reason: 'too casual for a formal letter: "Ich würde mich freuen, wenn wir zu einem späteren Zeitpunkt in Kontakt bleiben"', tones: ['formal', 'firm'] },
    { pattern: /die das verursacht/i, reason: 'a calque ("the circumstances that caused this"): German says "Ich bedaure die Unannehmlichkeiten"' },
    { pattern: /\bIch fühle mich schlecht\b/i, reason: 'says "I feel ill", not "I feel bad about it": "Es tut mir leid"' },
    { pattern: /\bleider\b[^]*\bleider\b/i, reason: 'stacked "leider": one regret word is enough' },
    { pattern: /Ortszeit (Vereinigtes Königreich|Vereinigte Staaten|Frankreich|Spanien|Deutschland)/, reason: 'a zone named by country: German writes "Londoner Zeit", "Ortszeit New York"' },
    { pattern: /\b\d{1,2}(:\d{2})? Uhr (WEZ|WESZ|OEZ|OESZ|GMT|BST|CET|CEST|EET|EST|PST)\b/, reason: 'a zone abbreviation nobody says or reads: "15 Uhr Lissabonner Zeit"' },
    { pattern: /Bitte um Entschuldigung für die kurze Frist/i, reason: 'a calque: German says "Bitte entschuldigen Sie die kurzfristige Absage"' },
    { pattern: /\bkurzen? Frist\b[^.!?]*\b(entschuldig|Entschuldigung|Verzeihung|bedaure)|\b(entschuldig\p{L}*|Entschuldigung|Verzeihung|bedaure)\b[^.!?]*\bkurzen? Frist\b/iu, reason: 'a calque of "short notice" (a Frist is a deadline): "Bitte entschuldigen Sie die kurzfristige Absage", "dass ich mich so kurzfristig melde"' },
    { pattern: /\bDanke, alles Gute\b/, reason: 'too curt for a letter: "Vielen Dank und alles Gute"' },
    { pattern: /\bzum Beispiel (ab|am|an|jeden|jederzeit|nächste|diese|ganztags|vormittags|nachmittags)\b/i, reason: 'the candidate\'s own availability is no example: "Zeit hätte ich ab Montag"' },
    { pattern: /\b(Hallo|Hi),? (Herr|Frau) (Prof|Dr|Mag|DI|Dipl|Ing|Mr)\b/u, reason: '"Hallo" with an academic title mixes registers: "Guten Tag, Herr Prof. Dr. …"', channels: ['email', 'linkedin', 'sms'] },
    { pattern: /\bdies betrifft\b/i, reason: 'a calque of "this concerns": "ich beziehe mich auf Ihre Anfrage", "es geht um"' },
    { pattern: /^Rückzug:/m, reason: 'a bare label: "Rückzug meiner Bewerbung – …"' },
    { pattern: /\bInteresse (zur|zum) /i, reason: 'interest is "Interesse an der Stelle", never "zur Stelle"' },
    { pattern: /\b(mir|mich) als (?!(Bewerber|Kandidat)(in|en)?\b)\p{Lu}/u, reason: 'the role said of the writer ("mir als Projektingenieur") agrees with a gender nobody gave: name the role ("an meiner Bewerbung als")' },
    { pattern: /Zum Mitschreiben, langsam/i, reason: 'nobody says it: "Noch einmal meine Nummer" or "Zum Mitschreiben noch einmal"' },
    { pattern: /\bAntwort zur X\b/, reason: 'a reply to a company is "Antwort an X" (the company\'s name comes after "an", not "zur")' },
    { pattern: /\bnur so viel\b/i, reason: 'curt to rude on the phone: "Ich rufe wegen Ihrer erneuten Anfrage … an."' },
    { pattern: /\bInteresse an meiner Kandidatur\b/i, reason: 'in Germany and Austria a candidate has a Bewerbung (a Kandidatur is for elections): "Interesse an meiner Bewerbung"', variants: ['de-DE', 'de-AT'] },
    { pattern: /\bDanke für alles\b/i, reason: 'reads as a farewell, even sarcastic, before a withdrawal: thank for something ("Vielen Dank für Ihre Mühe")' },
    { pattern: /\bNach allem, was ich erfahren habe\b/i, reason: 'reads as criticism of the employer: "Nach reiflicher Überlegung"' },
    // Narrowed: "Ihr Angebot in dieser Form nicht annehmen" is exactly how a German says no to the offer as it stands
    // and leaves room to talk (readers in Stuttgart, Vienna and Zurich asked for it); a form named on its own, with no
    // "nicht annehmen" after it, still reads as a calque.
    { pattern: /\bin (dieser|der vorliegenden|der jetzigen) Form\b(?![^.;:]*\bnicht an(?:nehmen)?\b)/i, reason: 'not German for an offer declined but open to talks unless it says what is not accepted: "kann ich Ihr Angebot in dieser Form leider nicht annehmen"', scenarios: ['decline-offer'] },
    { pattern: /\bdanke ich (Ihnen |dir )?sehr, (muss|kann)\b/, reason: 'a subject gap after a fronted object ("Für das Angebot danke ich sehr, muss es jedoch ablehnen"): a new sentence with its subject' },
    { pattern: /\bIst (beim Arbeitsmodell|finanziell) mehr möglich\b/i, reason: '"mehr" only fits money, and the indicative promises: "Wäre beim Arbeitsmodell mehr Flexibilität möglich"' },
    { pattern: /\bkommt für mich (jedoch )?nicht infrage\b/i, reason: 'dismissive towards a friendly approach: "Die Stelle passt jedoch nicht zu meinen Plänen"', tones: ['formal'], scenarios: ['decline-recruiter-outreach'] },
    { pattern: /\bda die Umstände es erfordern\b/i, reason: 'circumstances do not "require" a no: "aus persönlichen Gründen"' },
    { pattern: /dazwischen(?:ge)?komm/i, reason: 'on a same-day cancellation "etwas ist dazwischengekommen" reads as a competing appointment put first: "da ich aus persönlichen Gründen kurzfristig verhindert bin"', scenarios: ['last-minute'] },
    { pattern: /\bTerminänderung\b/i, reason: 'a same-day cancellation is no change of date: "bitte entschuldigen Sie die kurzfristige Absage"', scenarios: ['last-minute'] },
    { pattern: /\b(haben Sie|hab) Dank\b/, reason: 'archaic and stilted without "vielen", above all on LinkedIn: "vielen Dank für die Einladung"' },
    { pattern: /\bEinladung ins Auswahlverfahren\b/i, reason: 'nobody calls an interview invitation that: "vielen Dank für die Einladung zum Vorstellungsgespräch"' },
    { pattern: /\bVielleicht (klappt es )?später einmal\b/i, reason: 'curt and noncommittal, flippant in a formal text; it does not keep the door open: "Über einen späteren Kontakt würde ich mich freuen."', tones: ['formal', 'firm'] },
    { pattern: /\bDank(e)? für (Ihr|dein)e? \p{L}+ und für (Ihre|deine) [^.!?;]* alles Gute\b/u, reason: 'a thanks and a wish glued into one clause: "Danke für Ihr Verständnis; für Ihre weitere Suche wünsche ich Ihnen alles Gute."' },
    { pattern: /(?:^|[.!?] )(?:Kurz zu|Es geht um) [^.!?]*[.;,] (?:d|D)anke für (Ihre|deine) Zeit\b/m, reason: '"thanks for your time" put before the message is a calque: in German it closes a conversation; a call opens with "Danke für die Einladung"', channels: ['voicemail'] },
    { pattern: /\bDank(e)? für (Ihre|deine) (Zeit|Mühe); (viel Erfolg|alles Gute)\b/, reason: 'a semicolon seam between a thanks and a wish: "Danke für Ihre Zeit und viel Erfolg!"' },
    { pattern: /\bPrivates (geht vor|vorgeht)\b/i, reason: 'tells the interviewer they rank second: "Aus privaten Gründen kann ich leider nicht kommen.", "da mir privat etwas dazwischengekommen ist"' },
    { pattern: /^(Bitte )?(Verzeihen Sie|Verzeih|Entschuldigen Sie|Entschuldige)\b[^.!?]*, (da|weil) /m, reason: 'a reason hung on the apology reads "forgive me, because …": "Leider muss ich das Gespräch aus persönlichen Gründen kurzfristig absagen – bitte entschuldigen Sie."' },
    { pattern: /\b(da|weil) [^.!?:]+: [^.!?]*\?/, reason: 'a colon joining a reason to a question cannot be heard: two sentences, "… nicht kommen. Ließe sich das Gespräch verschieben?"', channels: ['voicemail'] },
    { pattern: /^Ich bleibe (Ihnen|dir) (gern )?verbunden\.$/m, reason: 'a closing formula, not the wish to stay in touch this scenario is for: "Danke für die Einladung; gern bleibe ich in Kontakt."', scenarios: ['keep-door-open'], channels: ['voicemail'] },
    { pattern: /\bIch bleibe (Ihnen|dir) (gern )?verbunden\.$/, reason: 'a closing formula, not the wish to stay in touch this scenario is for: "Danke für die Einladung; gern bleibe ich in Kontakt."', scenarios: ['keep-door-open'], channels: ['sms'] },
    { pattern: /\bSorgfalt\b[^]*\bsorgfältig|\bsorgfältig[^]*\bSorgfalt\b/, reason: 'one word twice in one message: "Nach reiflicher Überlegung"' },
    { pattern: /\b(weil|da|dass) (mein|meine|ich|wir|die|der|das) \p{L}+ (hat|habe|ist|bin|sind|wird|werde|kann|muss|möchte|will) /u, reason: 'a main clause after "weil", "da" or "dass" (verb second): a reason typed as a main clause takes "denn" or a colon' },
    { pattern: /\b(viel Erfolg|alles Gute|gutes Gelingen|glückliche Hand|die Daumen)\b[^.!?]*[.!?]\s+(Und )?[Bb]itte (löschen|lösche|kontaktieren|kontaktiere|sehen|sieh|keine)\b/, reason: 'a request after the farewell reads as an afterthought: "Bitte löschen Sie meine Bewerbungsdaten. Danke für die Unterstützung und viel Erfolg!"' },
    { pattern: /\bsie (\p{L}+ ){0,3}(zurück|zurückziehen|zurücknehmen|zurückzuziehen|zurückzunehmen)\b/u, reason: '"sie" for the application points to the nearest feminine noun ("die Betreuung", "die Stelle"): "Ich ziehe meine Bewerbung zurück"' },
    { pattern: /(^|[.!?]\s+)(Ich |Zudem |Und )?[Bb]itte\b[^.!?]*[.!?]\s+(Ich )?[Bb]itte\b/, reason: 'two sentences in a row that open with "Bitte": join them ("Bitte sehen Sie von weiteren Anfragen ab und löschen Sie …") or "Zudem bitte ich um Löschung …"' },
    { pattern: /\b(Ihr|Ihre|dein|deine|das|die) (Angebot|Anfrage) (bei|beim)\b/, reason: 'an offer or enquiry "bei X" reads as one made to X: "Ihr Angebot für die Stelle … bei X", "Ihre Anfrage zur Stelle bei X"' },
    { pattern: /\bAbsage, aber gesprächsbereit\b|\bwäre ich gesprächsbereit\b/, reason: 'a status label, blunt in a letter: the subject names the offer ("Ihr Angebot: …"), the body says "Sollte beim Gehalt noch Spielraum bestehen, spreche ich gern erneut mit Ihnen."' },
    { pattern: /\bflexibleren Arbeitszeiten\b/, reason: 'hours do not answer fixed on-site days or a place: "Mit mehr Flexibilität beim Arbeitsmodell …"', scenarios: ['decline-offer'] },
    { pattern: /, es schreibt (Ihnen|dir) \p{Lu}/u, reason: 'an odd self-introduction: "…, hier ist Jana Weber."', channels: ['sms'] },
    { pattern: /(?<!\p{L})Über (den |etwas )?Spielraum (spreche|rede)\b/u, reason: 'a vague offer to talk: say what would change the answer ("Über die Vergütung spreche ich gern noch einmal.", "Bei einem anderen Arbeitsmodell würde ich es mir gern noch einmal überlegen.")', scenarios: ['decline-offer'] },
    { pattern: /(?<!\p{L})Mit einem (anderen|flexibleren) Arbeitsmodell (würde|wäre)\b/u, reason: 'a condition takes "bei", not "mit": "Bei einem anderen Arbeitsmodell würde ich es mir gern noch einmal überlegen."' },
    { pattern: /, zunächst mit (herzlichem|vielem|bestem|großem) Dank für\b/u, reason: 'a verbless thanks tacked onto a sentence reads as written prose when spoken: "… und danke Ihnen herzlich für das Gespräch."', channels: ['voicemail'] },
    { pattern: /\bBewerbung (bei|beim|bei der|bei den) [^.()!?\n]{1,80} \((?!Kennziffer|Ref)[^)]*\)/, reason: 'the role in brackets after the company reads like a form in a withdrawal letter or LinkedIn message: "meine Bewerbung als Projektingenieur bei Brennwerk"', scenarios: ['withdraw-application'], channels: ['email', 'linkedin', 'sms'] },
    { pattern: /\brufe (ich )?wegen (Ihrer|deiner) (erneuten )?Anfrage\b[^.!?]*\bzurück\b/, reason: 'a call back assumes the recruiter phoned, which an approach by LinkedIn or email did not: "Ich rufe wegen Ihrer Anfrage … an"', scenarios: ['decline-recruiter-outreach'] },
    { pattern: /\b(Termin|Gespräch) (per Video|per Telefon|telefonisch)\b[^.;!?]{0,80} (ab|absagen|abzusagen)\b/, reason: 'reads as cancelling by video or phone: "und sage deshalb den Videotermin am Donnerstag ab"' },
    { pattern: /\bgegen die (Stelle|Position)\b[^.!?]*\b(Stelle|Position)\b|\bmöchte ich\b[^.!?]*\b(denn|weil|da)\b[^.!?]*\bich möchte\b/, reason: 'the frame repeats a word of the candidate\'s reason in one sentence: "Meine Bewerbung … nehme ich zurück, denn …", "Diese Aufgabe übernehme ich jedoch nicht, denn ich möchte …"' },
    { pattern: /\b(muss|müssen) das (Auswahlv|V)erfahren beenden\b|\bdas (Auswahlv|V)erfahren (zu )?beenden\b/, reason: 'the process is the employer\'s: a candidate cannot end it, only leave it: "… und ziehe meine Bewerbung zurück"' },
    { pattern: /\bDiese Aufgabe werde ich (jedoch )?nicht übernehmen\b/, reason: 'a recruiter\'s approach offers no task to refuse: "Für diese Position stehe ich jedoch nicht zur Verfügung, denn …"', scenarios: ['decline-recruiter-outreach'] },
    { pattern: /\bgutes Gelingen\b/i, reason: 'said of a project or a recipe, not of filling a role: "viel Erfolg bei der Besetzung der Stelle"' },
    { pattern: /\bda persönliche Gründe (dies|es) erfordern\b/, reason: 'reasons do not "require" a no: "Aus persönlichen Gründen kann ich … nicht …"' },
    { pattern: /, was (persönliche|private|familiäre|gesundheitliche) Gründe hat\b/, reason: 'the reason tacked on as an afterthought: "Aus persönlichen Gründen kann ich heute um 16 Uhr leider nicht …"', scenarios: ['accepted-another-offer', 'keep-door-open', 'personal-reasons', 'last-minute', 'withdraw-application'] },
    { pattern: /\bEinladung (von der|vom|von den) /, reason: 'thanks the recipient for an invitation "from" their own firm: "Herzlichen Dank für die Einladung zum Gespräch"' },
    { pattern: /\bAngebot (von der|vom|von den) \p{Lu}/u, reason: 'colloquial in a letter: the genitive, "ein Angebot der Landeshauptstadt Stuttgart", "des Klinikums"', scenarios: ['accepted-another-offer', 'decline-offer'] },
    { pattern: /\b(Gespräch|Gesprächs|Vorstellungsgespräch|Vorstellungsgesprächs|Termin|Termins) (bei |beim |bei der |bei den )?X heute\b/, reason: '"heute" after the company reads as "calling today": "das heutige Gespräch um 15 Uhr", "wegen meines heutigen Vorstellungsgesprächs um 16 Uhr"' },
    { pattern: /\b(kurzfristige|späte) Nachricht\b/, reason: 'the apology is for the short-notice cancellation, not for the message: "verzeihen Sie die kurzfristige Absage"', scenarios: ['last-minute'], channels: ['sms', 'voicemail'] },
    { pattern: /\b(den|diesen) Kontakt halte ich\b/i, reason: 'the fronted object reads as an answer to a question: "Vielen Dank – gern bleibe ich mit Ihnen in Kontakt."' },
    { pattern: /\bBleiben wir (gern )?in (Kontakt|Verbindung)\?/, reason: 'a calque of "shall we stay in touch?": "Gern bleibe ich mit Ihnen in Kontakt."' },
    { pattern: /; dazu rufe ich an\b/, reason: 'the purpose tacked on after the thanks: "Ich rufe wegen Ihres Angebots … an. Herzlichen Dank dafür."' },
    { pattern: /\bBewerbung zurück(ziehen|zunehmen|nehmen)?\b[^.!?]*, (da|weil) ich (privat|aus (persönlichen|privaten) Gründen) verhindert bin\b/, reason: '"verhindert" explains missing today\'s interview, not a withdrawal: "…, da es meine persönliche Situation nicht anders zulässt"' },
    { pattern: /(?<!\p{L})[Mm]eine Bewerbung [^.!?;]{1,120} (nehme|ziehe) ich zurück, (das Gespräch|den Termin) [^.!?;]{1,60} sage ich ab\b/u, reason: 'objects fronted in a comma chain read as curt in a letter: "ich sage das Gespräch am Donnerstag ab und ziehe meine Bewerbung … zurück"', channels: ['email', 'linkedin'] },
    { pattern: /, (denn|weil) [^.!?]{1,120}, bitte aber (darum|um)\b/, reason: 'after the inserted reason "bitte" has lost its subject: "…, weil meine Mutter ins Spital muss. Ich bitte Sie aber, das Gespräch zu verschieben."' },
    { pattern: /\bentschieden, es nicht anzunehmen\b/, reason: '"es" finds the nearest neuter noun (the selection process, the trust), not the offer: "Ich habe mich jedoch entschieden, das Angebot nicht anzunehmen"' },
    { pattern: /(?<!\p{L})Über ein höheres (Gehalt|Salär) spreche ich gern\b/u, reason: 'blunt, reads as a demand, and wrong when the pay\'s structure is the reason: "Sollte sich finanziell noch etwas bewegen lassen, …", "Über die Vergütung spreche ich gern noch einmal."' },
    { pattern: /\bDanke für (Ihr|dein) Vertrauen!/, reason: 'a text declining an offer thanks for the offer: "Danke für das Angebot!"', scenarios: ['decline-offer'] },
    { pattern: /\bFür später (bin|bleibe) ich (offen|ansprechbar)\b/, reason: 'not idiomatic: "Für künftige Angebote bin ich gern ansprechbar."' },
    { pattern: /\b(Nachricht|Anfrage) zu einer Stelle\b/, reason: 'the recruiter knows which post: "Ihre Nachricht zur Stelle als …", "zur Stelle bei …"' },
    { pattern: /\bMeine Antwort kenn(en Sie|st du) (schon|bereits)\b|\bbei meinem Nein\b|\bbleibt endgültig Nein\b/, reason: 'passive-aggressive where a final no stays courteous: "Wie bereits mitgeteilt, bleibt es bei meiner Absage."' },
    { pattern: /\bhabe (schon|bereits) abgesagt, und daran ändert sich nichts\b|[,;:] (und )?(an meiner (Entscheidung|Antwort) |daran )ändert sich nichts\b/, reason: 'curt, like a raised voice: "Wie bereits mitgeteilt, bleibt es bei meiner Absage."' },
    { pattern: /\b(Dank|Danke)\b[^.!?\n]*[.!?] Ich (rufe|melde mich) wegen\b/, reason: 'a thanks wedged between the number and why one calls: "Ich rufe wegen meiner Bewerbung … an und möchte mich zunächst für das Gespräch bedanken."', channels: ['voicemail'], scenarios: ['not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'] },
    // The seventh German reading: a colloquial request for a date.
    { pattern: /\bGinge ein (neuer|anderer) Termin\?/, reason: 'colloquial in a formal text: "Wäre ein anderer Termin möglich?"' },
    // The eighth German reading (Berlin, Vienna, Zurich): private reasons in a same-day no, "wegen" twice in a call.
    { pattern: /\b(Gehalt|Salär|Vergütung)\b[^.!?]*\. Über (das|mein) \1 spreche\b/, reason: 'the offer to talk repeats the reason\'s word and reads as the current salary: "Über eine Anpassung spreche ich gern."', scenarios: ['decline-offer'] },
    { pattern: /\b(da|weil) meine Umstände es nicht erlauben\b/, reason: 'a calque of "my circumstances do not allow it": "Aus persönlichen Gründen kann ich das Gespräch heute nicht wahrnehmen."' },
    { pattern: /\b(da|weil) es privat (gerade )?nicht (anders )?geht\b/, reason: 'a same-day no reads as an excuse with a clipped private reason: "Das Gespräch heute sage ich aus persönlichen Gründen ab."', scenarios: ['last-minute'] },
    { pattern: /\bIch rufe (an wegen|wegen)\b[^.!?]*[.!?]\s+Wegen\b/, reason: 'two sentences in a row built on "wegen": "Aus persönlichen Gründen schaffe ich den Termin leider nicht."', channels: ['voicemail'] },
    // The ninth German reading (Stuttgart, Vienna, Zurich).
    { pattern: /, und dafür danke ich\b/, reason: 'the thanks tacked onto the end of the sentence, as English does ("…, and I am grateful for that"): "vielen Dank für das Gespräch am Dienstag, das mir einen guten Einblick in die Stelle gegeben hat."' },
    { pattern: /(?:^|[.!?]\s+)Letztlich\b(?![^.!?]*\b(?:jedoch|aber|doch|trotzdem)\b)/m, reason: '"Letztlich" concludes a weighing nobody wrote down: with nothing before it to turn against, "Nach reiflicher Überlegung ziehe ich …"' },
    { pattern: /\b(?:derzeit|zurzeit|im Moment|momentan|gerade|nicht auf (?:Stellen)?[Ss]uche)\b[^.!?]*\b(?:da|weil) der Zeitpunkt\b/, reason: '"not now, because the time is not right" goes in a circle: say "not now" once, "Ich bin derzeit nicht auf Stellensuche." or "Für einen Wechsel ist der Zeitpunkt derzeit nicht der richtige."' },
    { pattern: /\b(?:einem|ein) anderes? (?:Arbeits)?[Uu]mfeld\b[^]*\b(?:künftig|spätere\p{L}*|andere Stelle\p{L}*|andere Gelegenheit|in Kontakt|in Verbindung|verbunden|offen)\b/u, reason: 'turns down the employer\'s whole environment and then asks that employer to keep the door open: narrow the reason to this post ("da das Umfeld dieser Position nicht ganz zu mir passt") and point the door at "eine passendere Gelegenheit in Ihrem Haus"', scenarios: ['not-a-fit'] },
    // The tenth German reading (Stuttgart, Vienna, Zurich).
    { pattern: /\bmeine[mnr]? (?:jetzige|derzeitige|aktuelle)\p{L}* (?:Arbeitgeber|Position|Stelle|Aufgabe|Team)\b|\bbleibe\b[^.!?]*, wo ich bin\b|\b(?:da|weil) ich zufrieden bin\b|\bneue Stelle (?:angetreten|angefangen)\b|\bgerade erst gewechselt\b/u, reason: 'a reason the candidate never gave: timing says "not now", not that they have an employer, plans there or a job already begun, which a candidate between jobs could not sign: "Ich bin derzeit jedoch nicht auf Stellensuche."' },
    { pattern: /, (?:denn|da|weil) [^.!?;]*; (?:das|der|unser) (?:Gespräch|Termin)\b[^.!?]*\bentfällt\b(?! damit)|; (?:das|der|unser) (?:Gespräch|Termin)\b[^.!?;]*\bentfällt, (?:denn|da|weil)\b|\baus, (?:das|der|unser) (?:Gespräch|Termin)\b[^.!?;]*\bentfällt\b/, reason: 'the cancelled interview glued to the reason without a connective reads as part of it, or as the reason hung on the cancellation: "ich ziehe meine Bewerbung zurück und sage das Gespräch am Donnerstag ab, da …"', scenarios: ['withdraw-application'], tones: ['concise'], channels: ['email', 'linkedin'] },
    { pattern: /\bIch hätte\b(?:[^.!?]|(?<=\d)\.){1,80}\bZeit\./, reason: 'an availability put into "Ich hätte … Zeit" says "jederzeit Zeit" when it reads "jederzeit": a frame that takes any time, "Ich könnte ab Montag jederzeit."' },
    { pattern: /(?:^|[.!?]\s+)Für [^.!?]*[.!?]\s+Für /, reason: 'two sentences in a row that open with "Für …" show the seam between two blocks: "Ich wünsche Ihnen viel Erfolg bei der Besetzung."' },
    { pattern: /\bpass(?:t|en)\b[^.!?]*[.!?]\s+[^.!?]*\bpassend\p{L}*|\bpassend\p{L}*\b[^.!?]*[.!?]\s+[^.!?]*\bpass(?:t|en)\b/iu, reason: 'the same stem in two sentences in a row ("da es fachlich nicht passt. Für eine passendere Stelle …") reads as assembled: "Für andere Aufgaben bin ich gern wieder ansprechbar."' },
    // The fifteenth German reading (Stuttgart).
    { pattern: /\bbleiben? (?:ich|wir) (?:Ihnen|dir|euch) für [^.!?]*\bverbunden\b/u, reason: '"jemandem für etwas verbunden sein" is to be grateful for it, so "Gern bleibe ich Ihnen für eine spätere Gelegenheit verbunden" calques "stay connected for future opportunities": "Gern bleibe ich mit Ihnen in Kontakt, falls sich später etwas ergibt."' },
    { pattern: /(?:^|[.!?:]\s+)Ich könnte (?:[^.!?]|(?<=\d)\.){1,80}(?<!\d)(?<!\p{Ll}{2}en)\./u, reason: 'an availability after "Ich könnte" leaves the modal verb without its verb ("Ich könnte ab Montag, 14. Dezember, jederzeit."), clipped in a letter: "Ich stehe Ihnen ab Montag, 14. Dezember, jederzeit zur Verfügung."', channels: ['email', 'linkedin'] },
    // The sixteenth German reading (Stuttgart, Vienna, Zurich): regret-free cancellations, a door left open with a
    // categorical no, short forms that lose their meaning, a detail spliced into a clause.
    { pattern: /\bspäte Absage\b/, reason: 'a calque of "late cancellation": "Verzeihen Sie die kurzfristige Absage."' },
    { pattern: /\bnicht infrage\b/, reason: '"nicht infrage kommen" is "out of the question", which contradicts the interest and "vorerst" beside it: "da ein Wechsel für mich zum jetzigen Zeitpunkt leider nicht möglich ist"', scenarios: ['keep-door-open'] },
    { pattern: /\b(?:Das (?:Vorstellungs)?[Gg]espräch|Den Termin)\b[^.!?]{0,160}\bsage ich(?: aus [^.!?]{1,30} Gründen)? ab und ziehe\b/, reason: 'a same-day cancellation stated as a bare fact, with no "muss" and no regret: "Das Gespräch heute um 16 Uhr muss ich leider absagen, und ich ziehe meine Bewerbung zurück."', scenarios: ['last-minute'], tones: ['formal'] },
    { pattern: /\b(?:kann|muss|möchte) ich, (?:denn|da|weil)\b/, reason: 'the candidate\'s own words spliced between the modal verb and its infinitive ("kann ich, denn ich liege mit einer Grippe im Bett nicht wahrnehmen"): "kann ich nicht wahrnehmen, denn ich liege mit einer Grippe im Bett"' },
    { pattern: /\boffen für Neues\b/, reason: 'a motto about new things in general, not a wish addressed to this employer: "Für künftige Ausschreibungen bleibe ich gern mit Ihnen in Kontakt."', scenarios: ['not-a-fit', 'keep-door-open'] },
    { pattern: /\b(?:da|weil) es (?:fachlich|inhaltlich) nicht passt\b/, reason: 'an "es" that stands for nothing, loose in a formal text: "da das Aufgabenprofil fachlich nicht ganz zu mir passt"' },
    { pattern: /\bin einem anderen (?:Arbeits)?[Uu]mfeld sehe\b/, reason: 'clipped from "besser aufgehoben sehe": a flat statement with no comparison, "da ich mich in einem anderen Umfeld besser aufgehoben sehe"', scenarios: ['not-a-fit'] },
    { pattern: /(?:^|[.!?:]\s+)Nach Abwägung\b/, reason: 'clipped: "Nach reiflicher Abwägung …"' },
    { pattern: /\bbedaure\b[^.!?]*, dass (?:Sie sich|du dich)\b[^.!?]*\bvorbereitet\b/, reason: 'regrets that the recruiter prepared, not that the preparation was in vain: "Es tut mir sehr leid, dass Ihre Vorbereitung damit umsonst war."' },
    { pattern: /(?:^|[.!?:]\s+)Ich kann (?:ab|in der|in den|jeden|jede|jeweils|am|vom|bis|nächste\p{L}*|diese\p{L}*|jederzeit|montags|dienstags|mittwochs|donnerstags|freitags|vormittags|nachmittags|ganztägig)\b(?:[^.!?]|(?<=\d)\.){0,80}(?<!\d)(?<!\p{Ll}{2}en)\./u, reason: 'an availability after "Ich kann" leaves the modal verb without its verb ("Ich kann in der Woche ab 4. Januar, jeweils nachmittags."): "Zeit hätte ich in der Woche ab 4. Januar, jeweils nachmittags."', channels: ['email', 'linkedin', 'sms'] },
    // The sixteenth German reading (Stuttgart, Vienna, Zurich): seams where two parts meet (where
    // ours meet the candidate's words: test/content/detail-de.test.ts).
    { pattern: /\b(dafür|daran|darüber|damit|dazu|davon)[.!?]\s+\1(?!\p{L})/iu, reason: 'a sentence that opens with the word the one before ended on shows where two parts were glued ("… und danke Ihnen herzlich dafür. Dafür stehe ich …"): "Für diese Rolle stehe ich jedoch nicht zur Verfügung."' },
    { pattern: /\b(?:dafür|Interesse geweckt hat|gedacht haben|gedacht hast)[.!?]\s+(?:Dafür|Das|Daran)\s/u, reason: '"Dafür" or "Das" after a thanks or an interest points back at them, not at the post: "Für diese Rolle stehe ich jedoch nicht zur Verfügung."' },
    // The seventeenth German reading (Stuttgart, Vienna, Zurich): a reason cut to a bare "passt nicht", a new date
    // stated instead of asked for, an apology noun that repeats the verb.
    { pattern: /\b(?:da|weil) (?:der Zeitpunkt|der Moment) (?:gerade |jetzt |derzeit )?nicht passt(?=[.,;:!?]|$)/m, reason: 'a reason cut to a bare "passt nicht": beside an appointment "da der Zeitpunkt nicht passt" reads as "the slot does not suit me": "da ich derzeit nicht wechseln kann", "da ich mich beruflich anders orientiere"', scenarios: ['keep-door-open'] },
    { pattern: /\b(?:da|weil) die Tätigkeit nicht passt(?=[.,;:!?]|$)/m, reason: 'a reason cut to a bare "passt nicht" reads as a verdict on the job: "da die Aufgaben nicht zu meiner beruflichen Ausrichtung passen"' },
    { pattern: /\bEin (?:Ersatztermin|neuer Termin|anderer Termin) passt mir\b/, reason: 'a new date stated as settled, not asked for: "Wäre ein Ersatztermin möglich? Zeit hätte ich jeden Nachmittag ab dem 14. Dezember."' },
    { pattern: /\bkurzfristige Absage\b[^.!?]*\babsagen\b|\babsagen\b[^.!?]*\bkurzfristige Absage\b/, reason: 'the apology\'s noun repeats the verb of the decision ("Verzeihen Sie die kurzfristige Absage: … muss ich leider absagen"): "Verzeihen Sie die Kurzfristigkeit: …"' },
    // A reader in Zurich: a reason glued on with "und zwar" before a main clause.
    { pattern: /\bund zwar (?:wegen|aufgrund|infolge)\b[^.!?;,]*?\b(?:habe|hat|bin|ist|sind|muss|kann|war|wurde|konnte|musste) (?:ich|wir|es|mein\p{L}*)\b/u, reason: '"und zwar" cannot introduce a main clause: ", denn wegen eines Stromausfalls habe ich keine stabile Internetverbindung"' },
    // Readers in Berlin, Vienna and Zurich: a greeting formula run into the name, reasons that say something else, a
    // hortative with "gern".
    { pattern: /^(?:Guten (?:Tag|Morgen|Abend)|Hallo|Hi|Grüß Gott|Servus|Moin) (?!und\b)\p{Lu}/mu, reason: 'the name runs into the greeting formula: Duden and Austrian usage set the address off with a comma, "Guten Tag, Herr Dr. Achterberg," and "Guten Morgen, Frau Huber, hier schreibt …" (Swiss letters write none)', variants: ['de-DE', 'de-AT'], channels: ['email', 'linkedin', 'sms'] },
    { pattern: /\b(?:da|weil) mir (?:die|diese) (?:Rolle|Stelle|Position|Aufgabe|Aufgaben|Tätigkeit) (?:einfach |so )?nicht lieg(?:t|en)\b/, reason: '"etwas liegt mir nicht" confesses a lack of aptitude, where the reason is that the post does not fit: "da die Aufgaben nicht zu meiner beruflichen Ausrichtung passen"' },
    { pattern: /(?:^|[.!?]\s+)Bleiben wir gern in (?:Kontakt|Verbindung)\b/m, reason: 'a hortative with "gern" is not idiomatic: "Gern bleibe ich mit Ihnen in Kontakt."' },
    // Readers in Stuttgart, Vienna and Zurich: a reason that hints at another offer, an unidiomatic wish to hear of
    // later posts.
    { pattern: /\b(?:mich|uns) (?:beruflich )?(?:etwas )?anderes reizt\b/, reason: 'offhand after an interview, and it hints at a competing offer the candidate never named: "da ich mich beruflich anders orientiere", "da die Aufgaben nicht ganz zu meiner Ausrichtung passen"' },
    { pattern: /\bVon späteren Stellen\b/, reason: 'nobody calls future openings "spätere Stellen", and "von … höre ich gern" is stiff: "Gern bleibe ich in Kontakt.", "Über künftige Gelegenheiten würde ich mich freuen."' },
    // Readers in Stuttgart and Zurich: a commute nobody claimed, a stilted opener, a change of career nobody
    // announced, slang for a private reason.
    { pattern: /\b(?:da|weil) (?:mir )?der (?:Arbeits|Anfahrts)?[Ww]eg (?:für mich |mir )?zu (?:weit|lang) (?:wäre|ist)\b/, reason: 'a general location reason turned into a commute the candidate never claimed (they may live abroad and need to move): "da der Standort für mich derzeit nicht passt"; the commute only in the candidate\'s own words' },
    { pattern: /(?:^|[.!?:]\s+)Wohlüberlegt\b/m, reason: '"Wohlüberlegt" opening a sentence is stilted: "Nach reiflicher Überlegung ziehe ich meine Bewerbung zurück"' },
    { pattern: /\b(?:da|weil) ich mich (?:beruflich )?neu orientiere\b/, reason: 'announces a change of career, where the reason is that this post does not fit: "da die Aufgaben nicht ganz zu meiner Ausrichtung passen"' },
    { pattern: /\b(?:da|weil) es privat (?:gerade )?(?:nicht geht|hakt)\b/, reason: 'slang for a private reason, a slip of register in a message to HR ("da es privat nicht anders geht" says there is no other way, and stays): "aus persönlichen Gründen", "da ich privat gebunden bin"', scenarios: ['accepted-another-offer', 'personal-reasons', 'withdraw-application', 'not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'] },
  ],
};
