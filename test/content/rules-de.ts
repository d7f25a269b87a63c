// German for the content checks: function words that may repeat, greetings and sign-offs, tone markers, and the
// forms of address that tell Sie from du.
import type { LanguageRules } from './checks.js';
import type { ToneRules } from './describe-tones.js';

const functionWords = new Set(
  `der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn da weil dass ob wenn als
  wie so zu zum zur im in an am auf aus bei beim mit nach von vom vor für über unter um durch gegen ohne bis seit
  ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere sie ihr ihre ihnen ihren ihrem ihrer ihres
  du dich dir dein deine deinen deinem deiner euch euer eure es er ihn ihm sein seine man ist bin sind war habe hat
  haben hatte wird werde werden würde würden kann könnte muss möchte sich nicht kein keine auch noch nur schon sehr
  gern gerne ganz mehr dies diese dieser dieses diesem diesen hier dort dann daher deshalb also bitte uhr heute morgen`.split(/\s+/),
);

const sz = '(?:ß|ss)';

export const germanRules = (tag: 'de-DE' | 'de-AT' | 'de-CH'): LanguageRules => ({
  tag,
  functionWords,
  letterSalutation: /^(Sehr geehrte|Liebe[rs]? (?!Grü)|An (die|den) )/m,
  signOff: new RegExp(
    `^(Mit freundlichen Grü${sz}en|Freundliche Grü${sz}e|Mit (besten|herzlichen) Grü${sz}en|Viele (herzliche )?Grü${sz}e|Beste Grü${sz}e|` +
      `Herzliche Grü${sz}e|(Ganz )?[Ll]iebe Grü${sz}e|Mit freundlichem Gru${sz}|Gru${sz}|Grü${sz}e|MfG|LG|VG),?$`,
    'm',
  ),
  greetingWords: /\b(Sehr geehrte[r]?|Liebe[rs]?|Hallo|Hi|Guten Tag)/,
  apology: /(ntschuldig|Verzeihung|verzeih|bedaure|bedauere|\bleid\b|[Ss]orry|Nachsicht)/,
  subjectFallback: /: meine Absage$|: leider eine Absage$|^Eine Absage von|: Absage$|: endgültige Absage$/,
  declineWords: /(Absage|absagen|ablehnen|Ablehnung|lehne|abgelehnt|nicht an)/i,
});

export const germanTones: ToneRules = {
  reserved: /\b(Hi|Hey|[Ss]orry|[Tt]schüss|super|echt|cool|okay|LG|VG)\b/,
  warm: /(herzlich|[Hh]erzen|sehr|wirklich|gern|freue|freuen|gefreut|\bleid\b|leider|dankbar|schön|wunderbar|schade|lieb|Daumen)/i,
  opening: /\?|melden Sie sich|meld dich|melde dich|(gern|gerne) (besprechen|sprechen|austauschen)|\b[Ff]ragen\b|zögern|vielleicht|eventuell|verhandel|Rückfrage/,
  final: /endgültig|steht fest|ändert sich (?:\p{L}+ )?nichts|nichts ändern|nicht ändern|bleibt es|bleibt (es )?(bei|dabei)|bleibe bei|abschließend|unverändert|nicht überdenken/iu,
  firmNoForbidden: /in Kontakt bleiben|in Verbindung|künftig|Zukunft|vorstellen|vermitt|Kontakt zu|erreichen Sie mich|erreichst mich|meine Nummer|Rückruf/i,
};

/** Words of informal address: pronouns of du and ihr, and the du-forms of the verbs our templates use. */
export const informalAddress =
  /\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer|hast|bist|kannst|willst|möchtest|wirst|würdest|solltest|weißt|weisst|erreichst|hättest|warst|sollst|streich|streiche|meld|lösch|lösche|nimm|nimmst|sieh|verzeih|denk|lass|meldest|respektierst|bringst)\b|\b(entschuldige|kontaktiere|behalte|verzichte) (bitte|mich)\b/i;

/**
 * Words of formal address: Ihnen and Ihr in any form with their capital, and Sie where it is not the first word of a
 * sentence (there it could be "they").
 */
export const formalAddress = /\b(Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b|(?<![.!?:]\s|^|\n)\bSie\b/;
