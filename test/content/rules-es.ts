// Spanish for the content checks: function words that may repeat, the shapes of greetings and sign-offs, the markers
// of each tone, and the pronouns and verb forms of each form of address.
import type { LanguageRules } from './checks.js';
import type { ToneRules } from './describe-tones.js';

const functionWords = new Set(
  `de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o este sí porque esta
  entre cuando muy sin sobre también me hasta hay donde quien desde todo toda todos todas nos durante uno les ni
  contra otros otro otra otras ese eso esa esos esas ante ellos ellas e esto mí antes algunos algunas qué unos unas yo
  tanto estos estas mucho mucha muchos muchas quienes nada cual poco ella estar algo nosotros mi mis tú te ti tu tus
  he has ha hemos han haya había fue ser soy son era sido estoy está estamos están tengo tiene tenemos tienen usted
  ustedes así aunque pues tras según cada si conmigo contigo cuyo cuya lo las`.split(/\s+/),
);

export const spanishRules = (tag: 'es-ES' | 'es-MX' | 'es-419'): LanguageRules => ({
  tag,
  functionWords,
  letterSalutation: /^(Estimad[oa]s?|Apreciad[oa]s?|Querid[oa]s?|Muy señor|A la atención|A quien corresponda)(?!\p{L})/mu,
  signOff:
    /^(Atentamente|Un cordial saludo|Saludos cordiales|Un saludo cordial|Un saludo afectuoso|Un saludo muy cordial|Cordialmente|Un saludo|Saludos|Un abrazo|Con todo mi aprecio|Todo lo mejor|Muchas gracias|Gracias|Cordialmente)[,.]?$/m,
  greetingWords: /(Estimad[oa]|Hola|Buenos días|Buenas tardes|Buenas noches)/,
  apology: /(disculp|perd[oó]n|lament|siento|sentimos)/i,
  subjectFallback: /^(Cancelo la entrevista|Aplazar la entrevista|Retiro mi candidatura|Me retiro por ahora|Me retiro del proceso|No acepto la oferta|Declino la propuesta|Respuesta definitiva)[^:]*: [^,()]+$/,
  declineWords: /(declin|rechaz|no (la )?acept)/i,
});

/** Words a formal or firm message never uses, and that warmth needs at least one of. */
export const spanishTones: ToneRules = {
  reserved: /¡|muchísim|mil gracias|de corazón|un abrazo|de verdad|me encantar|ilusión|genial|de maravilla|ojalá/i,
  warm: /muchísim|mil gracias|de corazón|de verdad|encant|ilusión|ojalá|siento|lamento|afectuos|abrazo|aprecio|agradezco|estupend|un placer|me alegr|me pesa|me cuesta|un detalle|desgracia|me temo|amablemente|cariño|muchas ganas/i,
  opening: /[?¿]|no dud[ea]s?|quedo a (tu|su) disposición|hablemos|podemos hablar|comentarlo|negociab|cualquier (duda|pregunta)|quizás?|tal vez|a lo mejor|si (te|le) parece/i,
  final: /definitiv|firme|no va a cambiar|ni va a cambiar|no cambiará|no voy a reconsiderar|se mantiene|sigue siendo la misma/i,
  firmNoForbidden: /seguir en contacto|mantener el contacto|en el futuro|más adelante|futur|presentar|recomendar|mi número|mi teléfono|llamarme|en cuenta/i,
};

const word = (words: string) => `(?<!\\p{L})(?:${words.trim().split(/\s+/).join('|')})(?!\\p{L})`;
/** Infinitives that take the reader as an enclitic pronoun ("decirle", "presentarte"). */
const withReader = 'decir|contar|presentar|poner|facilitar|comunicar|escribir|hablar|recomendar|agradecer';

/** Pronouns and verb forms of "tú": never in a formal rendering. */
export const informalAddress = new RegExp(
  [
    word(`tú te ti tu tus contigo tuyo tuya tuyos tuyas
      hayas sigas tienes quieres buscas entiendas encuentres canceles retires elimines vuelvas quites quitaras pensaras
      contaras supieras respetes organizaste dedicaste volvieras tuvieras puedes perdona disculpa tenme quítame
      escríbeme cuídate avísame llámame des recibe`),
    `(?:${withReader})te(?!\\p{L})`,
  ].join('|'),
  'iu',
);

/**
 * Pronouns and verb forms of "usted": never in an informal rendering, not even "le" or "su" of a third person, which
 * a reader of a "tú" message could take for a slip into "usted". Subjunctives that are also third person ("que la
 * empresa cuente conmigo") are left out: they are correct in either form of address.
 */
export const formalAddress = new RegExp(
  [
    word(`usted ustedes le les su sus suyo suya suyos suyas disculpe perdone téngame quíteme dé organizó dedicó vuelva
      encuentre cancele retire respete elimine quite entienda supiera pensara quitara volviera reciba`),
    `(?:${withReader})les?(?!\\p{L})`,
    'puede llamarme',
  ].join('|'),
  'iu',
);
