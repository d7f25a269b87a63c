// What any careful writer catches on rereading, in any language: placeholders and empty slots, stray or doubled
// punctuation, mojibake, capitals, doubled words, and exclamation marks.
import { sentences } from '../reading.js';
import { pointers, rule } from '../rule.js';

export const mechanicsRules = [
  rule('placeholder', 'error', 'A template placeholder or a programming value left in the text ({{name}}, undefined, null, NaN, [object Object], square brackets).', (r) => {
    const found = /\{\{|\}\}|\[|\]|undefined|\bnull\b|NaN|\[object Object\]/.exec(r.visible);
    return found && { message: `placeholder "${found[0]}"`, pointer: pointers.text };
  }),
  rule('empty-slot', 'error', 'A greeting word followed directly by its comma, where a name was meant to be ("Dear ,").', (r) => {
    const found = new RegExp(`${r.words.greetingWords.source}\\s+,`, 'u').exec(r.visible);
    return found && { message: `empty greeting "${found[0]}"`, pointer: pointers.greeting };
  }),
  rule('stray-punctuation', 'error', 'Two spaces, a space before , . or ;, a stop after a comma or colon, a doubled comma, or a line that starts or ends with a space.', (r) => {
    const found = / {2}| [,.;]|[,;:]\.|,,|^ | $/m.exec(r.visible);
    return found && `stray space or punctuation at "${r.visible.slice(Math.max(0, found.index - 15), found.index + 5)}"`;
  }),
  rule('doubled-stop', 'error', 'Two full stops where one was meant ("Acme Inc.."); an ellipsis is fine.', (r) => {
    const found = /(?<!\.)\.\.(?!\.)/.exec(r.visible);
    return found && `doubled full stop at "${r.visible.slice(Math.max(0, found.index - 15), found.index + 3)}"`;
  }),
  rule('mojibake', 'error', 'Characters garbled by a wrong encoding or escaping ("u2019" for an apostrophe, "Ã©", the replacement character).', (r) => {
    const found = /u2019|u201[cd]|Ã|Â|â€|\uFFFD/.exec(r.visible);
    return found && `mojibake "${found[0]}"`;
  }),
  rule('sentence-capital', 'error', 'A sentence of ours that starts in lower case after a full stop, question or exclamation mark.', (r) => {
    const found = /[.!?] \p{Ll}/u.exec(r.ours);
    return found && `sentence starts in lower case at "${r.ours.slice(Math.max(0, found.index - 15), found.index + 12)}"`;
  }),
  rule('doubled-word', 'error', 'The same word twice in a row ("the the").', (r) => {
    const found = /(?<![\p{L}])(\p{L}{2,}) \1(?![\p{L}])/iu.exec(r.ours);
    return found && `doubled word "${found[0]}"`;
  }),
  rule('exclamation-count', 'warning', 'More than one exclamation mark in a message: it reads as shouting.', (r) => {
    const marks = r.ours.split('!').length - 1;
    return marks > 1 && `${marks} exclamation marks`;
  }),
  rule('exclamation-in-apology', 'error', 'An exclamation mark in a sentence that apologises.', (r) => {
    const shouted = sentences(r.ours).find((s) => s.includes('!') && r.words.apology.test(s));
    return shouted && `exclamation in an apology: "${shouted}"`;
  }),
];
