// Spanish tone markers for the tone suites, and the words of each form of address (from the content rules).
import { spanishWords } from '../../src/messages/content-rules/languages/es.js';
import type { ToneRules } from './describe-tones.js';

/** Words a formal or firm message never uses, and that warmth needs at least one of. */
export const spanishTones: ToneRules = {
  reserved: /¡|muchísim|mil gracias|de corazón|un abrazo|de verdad|me encantar|ilusión|genial|de maravilla|ojalá/i,
  warm: /muchísim|mil gracias|de corazón|de verdad|encant|ilusión|ojalá|siento|lamento|afectuos|abrazo|aprecio|agradezco|estupend|un placer|me alegr|me pesa|me cuesta|un detalle|desgracia|lamentablemente|me temo|amablemente/i,
  opening: /[?¿]|no dud[ea]s?|quedo a (tu|su) disposición|hablemos|podemos hablar|comentarlo|negociab|cualquier (duda|pregunta)|quizás?|tal vez|a lo mejor|si (te|le) parece/i,
  final: /definitiv|firme|no va a cambiar|ni va a cambiar|no cambiará|no voy a reconsiderar|se mantiene|sigue siendo la misma/i,
  firmNoForbidden: /seguir en contacto|mantener el contacto|en el futuro|más adelante|futur|presentar|recomendar|mi número|mi teléfono|llamarme|en cuenta/i,
};

/** The words of usted and of tú, as the content rules know them. */
export const { formal: formalAddress, informal: informalAddress } = spanishWords.address!;
