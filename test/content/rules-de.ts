// German tone markers for the tone suites, and the forms of address that tell Sie from du (from the content rules).
import { germanWords } from '../../src/messages/content-rules/languages/de.js';
import type { ToneRules } from './describe-tones.js';

export const germanTones: ToneRules = {
  reserved: /\b(Hi|Hey|[Ss]orry|[Tt]schüss|super|echt|cool|okay|LG|VG)\b/,
  warm: /(herzlich|[Hh]erzen|sehr|wirklich|gern|freue|freuen|gefreut|\bleid\b|leider|dankbar|schön|wunderbar|schade|lieb|Daumen)/i,
  opening: /\?|melden Sie sich|meld dich|melde dich|(gern|gerne) (besprechen|sprechen|austauschen)|\b[Ff]ragen\b|zögern|vielleicht|eventuell|verhandel|Rückfrage/,
  final: /endgültig|steht fest|ändert sich nichts|nichts ändern|nicht ändern|bleibt es|bleibt (es )?(bei|dabei)|bleibe bei|abschließend|unverändert|nicht überdenken/i,
  firmNoForbidden: /in Kontakt bleiben|in Verbindung|künftig|Zukunft|vorstellen|vermitt|Kontakt zu|erreichen Sie mich|erreichst mich|meine Nummer|Rückruf/i,
};

/** The words of Sie and of du, as the content rules know them. */
export const { formal: formalAddress, informal: informalAddress } = germanWords.address!;
