// Spanish for the content rules: function words, greetings and sign-offs, thanks, decisions and reasons, the words
// of usted and tú, and the calques and slips a recruiter in Spain or Latin America would rewrite.
import type { LanguageWords } from '../types.js';

const stopWords = new Set(
  `de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o este sí porque esta
  entre cuando muy sin sobre también me hasta hay donde quien desde todo toda todos todas nos durante uno les ni
  contra otros otro otra otras ese eso esa esos esas ante ellos ellas e esto mí antes algunos algunas qué unos unas yo
  tanto estos estas mucho mucha muchos muchas quienes nada cual poco ella estar algo nosotros mi mis tú te ti tu tus
  he has ha hemos han haya había fue ser soy son era sido estoy está estamos están tengo tiene tenemos tienen usted
  ustedes así aunque pues tras según cada si conmigo contigo cuyo cuya lo las`.split(/\s+/),
);

const word = (words: string) => `(?<!\\p{L})(?:${words.trim().split(/\s+/).join('|')})(?!\\p{L})`;
/** Infinitives that take the reader as an enclitic pronoun ("decirle", "presentarte"). */
const withReader = 'decir|contar|presentar|poner|facilitar|comunicar|escribir|hablar|recomendar|agradecer';

/** Pronouns and verb forms of "tú": never in a formal message. */
const informal = new RegExp(
  [
    word(`tú te ti tu tus contigo tuyo tuya tuyos tuyas
      hayas sigas tienes quieres buscas entiendas encuentres canceles retires elimines vuelvas quites quitaras pensaras
      contaras supieras respetes organizaste programaste dedicaste volvieras tuvieras puedes perdona disculpa tenme quítame
      escríbeme cuídate avísame llámame des recibe`),
    `(?:${withReader})te(?!\\p{L})`,
  ].join('|'),
  'iu',
);

/**
 * Pronouns and verb forms of "usted": never in an informal message, not even "le" or "su" of a third person, which a
 * reader of a "tú" message could take for a slip into "usted".
 */
const formal = new RegExp(
  [
    word(`usted ustedes le les su sus suyo suya suyos suyas disculpe perdone téngame quíteme dé organizó programó dedicó vuelva
      encuentre cancele retire respete elimine quite entienda supiera pensara quitara volviera reciba`),
    `(?:${withReader})les?(?!\\p{L})`,
    'puede llamarme',
  ].join('|'),
  'iu',
);

export const spanishWords: LanguageWords = {
  stopWords,
  repeatable: new Set(['número', 'teléfono']),
  stem: (w) => (w.length > 3 ? w.replace(/(es|s)$/, '') : w),
  letterSalutation: /^(Estimad[oa]s?|Apreciad[oa]s?|Querid[oa]s?|Muy señor|A la atención|A quien corresponda)(?!\p{L})/mu,
  signOff:
    /^(Atentamente|Un cordial saludo|Saludos cordiales|Un saludo cordial|Un saludo afectuoso|Un saludo muy cordial|Saludos muy cordiales|Saludos afectuosos|Cordialmente|Un saludo|Saludos|Un abrazo|Con todo mi aprecio|Todo lo mejor|Muchas gracias|Gracias|Quedo a sus órdenes|Le saluda atentamente)[,.]?$/,
  greetingWords: /(Estimad[oa]|Hola|Buenos días|Buen día|Buenas tardes|Buenas noches)/,
  spokenGreeting: /(Hola|Buenos días|Buen día|Buenas tardes|Buenas noches|Buenas|Estimad[oa])/i,
  apology: /(disculp|perd[oó]n|lament|siento|sentimos)/i,
  thanks: /(gracias|agradec|agradezco)/i,
  thanksAgain: /(gracias de nuevo|de nuevo,? gracias|gracias otra vez|nuevamente,? gracias|gracias nuevamente|reitero mi agradecimiento|le agradezco de nuevo|te agradezco de nuevo)/i,
  decisionVerbs: 'cancelo|cancelar|anular|anulo|retiro|retirar|declino|declinar|rechazo|rechazar|renuncio|renunciar|desisto|desistir',
  reasonConnectors: 'porque|ya que|puesto que|dado que|debido a|pues|al haber|tras haber',
  and: 'y|e',
  // A subject too long for the role keeps what happened and who writes, as a noun phrase ("Entrevista de hoy cancelada: Ana Ruiz").
  // A no open to negotiation answers the offer ("Respuesta a la oferta"): never a subject that reads as a yes.
  openOfferSubject: { names: /\boferta\b/i, accepts: /(?<!\p{L})(?:acepto|aceptada|aceptación|encantad[oa]|firmad[oa]|incorporación|me incorporo|sí)(?!\p{L})/iu },
  subjectFallback: /^(Entrevista(?: de \S+)? cancelada|Aplazamiento de la entrevista|Reprogramación de la entrevista|Retirada de candidatura|Retirada del proceso|Retiro de candidatura|Retiro de postulación|Retiro del proceso|Oferta declinada|Sobre la propuesta|Respuesta definitiva)[^:]*: [^,()]+$/,
  declineWords: /(declin|rechaz|no (la )?acept)/i,
  address: { formal, informal },
  denyList: [
    { pattern: /declinar respetuosamente|declino respetuosamente/i, reason: 'a calque of "respectfully decline": Spanish writes "no aceptar" or "agradezco la oferta, pero"' },
    { pattern: /lo que significa cancelar/i, reason: 'a calque of "which means cancelling": Spanish states the decision' },
    { pattern: /\bDecliné\b[^.!?]*\banteriormente\b/i, reason: 'a calque of "I declined … previously": "Ya le indiqué que no"' },
    { pattern: /(?<!\p{L})a el(?!\p{L})/iu, reason: '"a el" contracts to "al" (only a name such as "El Corte Inglés" keeps it)' },
    { pattern: /me haría mucha ilusión|Le ruego/i, reason: 'peninsular register that a reader in Mexico or Latin America finds foreign', variants: ['es-419'] },
    { pattern: /(?<!\p{L})coger(?!\p{L})/iu, reason: 'vulgar in much of Latin America', variants: ['es-419'] },
    {
      pattern: /¿(?:le|te) (?:parece bien|vendría bien|viene bien|va bien),?\s+(?:otro día,?\s+)?(?:cualquier|el |la |los |las |por la|en la|a la)/iu,
      reason: 'the candidate\'s own availability put as a yes/no question ("¿Le parece bien el jueves?"): say when you can and ask for a time ("Puedo el jueves; ¿me propone una hora?")',
    },
    {
      pattern: /;\s*si (?:cambia|cambiara|mejora|mejorara|hay margen),? lo hablamos/iu,
      reason: 'the offer to talk tacked on after a semicolon ("El motivo es el salario; si cambia, lo hablamos"): said whole ("Si el salario mejora, con gusto lo hablamos")',
    },
    {
      pattern: /(?:^|[.!?:]\s+)(?:(?:la verdad es que|sinceramente,?|y)\s+)?(?:lo hago(?!\p{L})|es porque(?!\p{L})|es por (?:el |la )?(?:salario|sueldo|horario|jornada|distancia|ubicación|motivos|razones)(?!\p{L}))|(?:le|te) cuento el motivo/iu,
      reason: 'a reason bolted on after the decision ("Lo hago porque …", "Es por el salario", "Le cuento el motivo: …"): the reason is a sentence whole ("El salario no se ajusta a …") or ends the decision ("He decidido no seguir adelante porque …")',
    },
    {
      pattern: /(?:^|[.!?:]\s+)(?:y,?\s+)?(?:(?:por favor|si pueden),?\s+)?(?:borren|eliminen|supriman)(?!\p{L})|(?:^|[.!?:]\s+)(?:y\s+)?(?:pido|solicito)(?: también| además)? que (?:se )?(?:borren|eliminen|supriman)(?!\p{L})/iu,
      reason: 'a bare demand to delete the data ("Borren mis datos", "Pido que borren mis datos"): a request by register ("Les agradecería que eliminaran mis datos", "¿Podrías borrar mis datos?")',
    },
    {
      pattern: /\((?:hoy|mañana|pasado mañana|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|a las? \d)[^)]*\)/iu,
      reason: 'a date or time in brackets reads as an aside: it belongs in the sentence ("la entrevista prevista para el jueves")',
    },
    { pattern: /Una última cosa|Eso es todo[;.,]/i, reason: 'a spoken filler a recruiter would cut ("Una última cosa:", "Eso es todo; adiós.")' },
    { pattern: /(?<!\p{L})(?:en|de|con) X de (?:hoy|mañana)(?!\p{L})/u, reason: 'the day after the company reads as the company\'s ("en Acme de hoy"): "la entrevista de hoy … en Acme"' },
    {
      pattern: /(?<!\p{L})(?:no toca|vale|(?<!mucha )ilusión|ordenador|móvil|vosotros|os|enhorabuena|currar|curro|guay|chaval|justo de tiempo)(?!\p{L})/iu,
      reason: 'Spain\'s word or idiom, foreign to a reader in Mexico or Latin America ("no toca", "vale", "ilusión", "móvil", "justo de tiempo"...)',
      variants: ['es-419'],
    },
    {
      pattern: /hasta pronto/i,
      reason: '"Hasta pronto" looks forward to meeting again, which a message that ends the process contradicts: "Un saludo", "Que le vaya bien"',
      scenarios: ['accepted-another-offer', 'personal-reasons', 'last-minute', 'withdraw-application', 'not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
    },
    {
      pattern: /no me planteo (?:un|el|ningún) cambio|(?<!\p{L})querría(?!\p{L})|(?<!\p{L})ya he rechazado(?!\p{L})/iu,
      reason: 'peninsular phrasing a reader in Mexico or Latin America finds foreign: "no busco un cambio", "quisiera", "ya rechacé"',
      variants: ['es-419'],
    },
    {
      pattern: /(?:^|[.!?:]\s+)(?:La decisión responde a|Se debe a|Se trata de (?:motivos|razones|circunstancias|un asunto|unas circunstancias)|Necesito el cambio)(?!\p{L})/iu,
      reason: 'a reason bolted on as a sentence of its own ("La decisión responde a …", "Se debe a …", "Necesito el cambio porque …"): the reason is said as a native would ("Me ha surgido un asunto personal", "… porque …")',
    },
    {
      pattern: /(?:^|[.!?:]\s+)(?:(?:Tomo|Tomé|He tomado) esta decisión|Doy este paso|Di este paso|Es una decisión que (?:he tomado|tomé)|No ha sido una decisión fácil, y la tomo|No me queda otra opción) (?:,\s*sobre todo,\s*)?(?:porque|ya que|por|debido a)(?!\p{L})/iu,
      reason: 'the candidate\'s own reason bolted on after the decision ("Tomo esta decisión porque …", "Doy este paso porque …"): one sentence, as a native writes it ("Retiro mi candidatura porque …", "He decidido no aceptar la oferta, ya que …")',
    },
    {
      pattern: /(?<!\p{L})(?:candidatura|postulación) en (?!el |la |los |las |este |esta )|(?<!\p{L})proceso para (?!el puesto|la vacante)/iu,
      reason: '"candidatura en Acme", "proceso para Analista": one applies for a post ("mi candidatura al puesto de … en …", "el proceso de selección para el puesto de …")',
    },
    {
      pattern: /(?:^|[.!?:;]\s+)(?:Mil gracias|Muchas gracias|Gracias de verdad|Gracias)(?: y perdón[^,:.]*)?,? (?:pero )?(?:me temo que )?(?:retiro|me retiro|dejo|cancelo|anulo|he aceptado|acepté|acabo de|tras aceptar|me voy|he firmado|firmé|tengo que|no sigo|abandono|pongo fin|he decidido retirar)(?!\p{L})/iu,
      reason: 'thanks with no object before the news ("Gracias, pero retiro …", "Mil gracias, pero he aceptado …") reads as the answer to an offer: thank for something ("Gracias por su tiempo. Retiro …", "Muchas gracias por todo; he aceptado otra oferta, así que …")',
    },
    { pattern: /¿Otro día\?/i, reason: 'curt in a message that asks a favour: "¿Le iría bien otro día, …?", "¿Podríamos buscar otra fecha?"' },
    { pattern: /(?<!\p{L})la reconsideraría(?!\p{L})/iu, reason: '"la reconsideraría" leaves the reader asking what "la" is (the offer? the decision?): "reconsideraría mi decisión"' },
    { pattern: /(?:^|[.!?]\s+)¿?Y,?\s+\p{Ll}/u, reason: 'a sentence opened with "Y" reads as an afterthought tacked on: "Además, …", "Por último, …"' },
    { pattern: /algo más acorde con mi experiencia/i, reason: 'says the role was beneath the candidate, which contradicts a reason of timing, pay or place: "si más adelante surge otra oportunidad"' },
    { pattern: /estupendamente/i, reason: 'peninsular: a reader in Mexico or Latin America says "muy bien"', variants: ['es-419'] },
    { pattern: /(?<!\p{L})(?:aplaz\p{L}*|aplac\p{L}*|candidatura\p{L}*)/iu, reason: 'Argentina "reprograma" an interview and writes "postulación"', variants: ['es-AR'] },
    {
      pattern: /(?<!\p{L})(?:he|ha) (?:aceptado|decidido|tomado|dicho|valorado|pensado|meditado)(?!\p{L})/iu,
      reason: 'Spain\'s perfect for what just happened: Mexico and Latin America say "acepté", "decidí", "lo pensé"',
      variants: ['es-419'],
    },
    // The fifth reading.
    {
      pattern: /^Oferta de X(?!\p{L})|no la acepto en estas condiciones/mu,
      reason: '"Oferta de <puesto>" reads as an offer of a person, and "no la acepto en estas condiciones" as an ultimatum: "Declino la oferta – <puesto>"',
    },
    {
      pattern: /(?:otra oportunidad|el trabajo|lo que se hace|en gran estima|un gran respeto|otras vacantes|futuras (?:vacantes|oportunidades)|oportunidades adecuadas)(?: (?:en|con|de|del|a|al|por))? X(?!\p{L})|(?:en|con) X(?!\p{L}) se acuerden/u,
      reason: 'the company named again in a LinkedIn message of three or four sentences that has already named it: "con ustedes", "su equipo", or nothing',
      channels: ['linkedin'],
    },
    {
      pattern: /^(?=[\s\S]*(?:borr|elimin|supr)\p{L}* (?:mis|los) datos)(?![\s\S]*(?:suerte|acierto|éxito|deseo|ojalá|persona (?:idónea|ideal|adecuada)))[\s\S]+$/iu,
      reason: 'a withdrawal that asks for the data to be deleted and leaves without wishing them well in finding the right person: "Le deseo suerte con la búsqueda."',
      scenarios: ['withdraw-application'],
      channels: ['linkedin'],
    },
    {
      pattern: /(?<!\p{L})(?:recomiendo|presento|recomendar(?:le|te)?|presentar(?:le|te)?) a [^.,;:!?]+[.!?](?:\s|$)/u,
      reason: 'a referral named and left there on a call ("Por cierto, le recomiendo a Ximena Uc Canché."): the recruiter hears a name and nothing to do with it: "Le recomiendo a Ximena Uc Canché, que podría encajar; puedo darle sus datos". A concise or firm call may name the referral and stop.',
      channels: ['voicemail'],
      tones: ['formal', 'warm'],
    },
    {
      pattern: /(?:suerte|acierto|éxito)[^.!?]*[.!?][\s\S]*(?:borr|elimin|supr)\p{L}* (?:mis|los) datos|¿[^?]*(?:borr|elimin|supr)\p{L}* (?:mis|los) datos[^?]*\?/iu,
      reason: 'on a voicemail the deletion is asked as a request, before the good wishes ("Le pido también que borren mis datos. Suerte con la búsqueda."), never a question to an answering machine tacked on after them',
      channels: ['voicemail'],
    },
    {
      pattern: /(?:ruego|pido|agradecería)[^.!?]*(?:lista|contact\p{L}*|escrib\p{L}*|mensajes)[^.!?]*[.!?]\s+(?:\p{L}+ ){0,2}(?:pido|ruego|agradecería|solicito)[^.!?]*datos/iu,
      reason: 'two requests stacked in a short text ("Ruego que me eliminen de su lista. Les pido que borren mis datos."): one sentence ("Les pido que me eliminen de su lista y borren mis datos")',
      channels: ['sms'],
    },
    {
      pattern: /(?<!(?:candidatura|postulación)[^.!?;]*)(?<!\p{L})retirarla(?!\p{L})/iu,
      reason: '"retirarla" with no "candidatura" before it has nothing to refer to ("el puesto" is masculine): "retirar mi candidatura"',
    },
    {
      pattern: /(?:prevista|fijada) para (?:[^,.;]|(?<=\d [ap])\.m\.?|(?<=\d [ap]\.m)\.)* (?:porque|ya que)(?!\p{L})/iu,
      reason: 'a reason hung on "prevista para <hora>" with no comma reads as the reason for the date: "…, prevista para hoy a las 13:00, porque …"',
    },
    {
      // The date belongs to the interview, after "de" ("la entrevista del jueves") or "prevista para"; a bare "para"
      // after cancelling reads as the day of the cancelling: "cancel it for Thursday". Names may stand between.
      pattern: /(?<!\p{L})(?:cancel|anul)\p{L}* (?:también )?(?:la|nuestra|mi|su|tu) (?:entrevista|cita|reunión)(?: (?:en|con|de) [^,.;:!?]{1,60}?)? para (?:el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|hoy|mañana|pasado mañana)(?!\p{L})/iu,
      reason: '"cancelo la entrevista para el jueves" reads as cancelling it for Thursday: "la entrevista del jueves", "la entrevista prevista para el jueves"',
    },
    {
      pattern: /, (?:hoy|mañana)[.!?](?:\s|$)/iu,
      reason: 'a bare day hung after the company at the end of the sentence ("no podré hacer la entrevista con Grupo Alimentario Tlaquepaque, hoy."): the day before the verb ("hoy no podré asistir a la entrevista con …")',
      scenarios: ['last-minute'],
    },
    {
      pattern: /(?<!\p{L})(?:Muchas |Mil )?gracias(?: por todo)?[.!]\s+(?:[^.!?]*(?:borr|elimin|supr)\p{L}* (?:mis|los) datos[^.!?]*[.!?]?\s*$|\p{L}+ agradecer\p{L}*)/iu,
      reason: 'a closing thanks before the request to delete the data leaves the text ending on a bare request, and "Gracias" beside "agradecería": the request first, then the thanks ("Les pido que borren mis datos. Gracias por todo.")',
      scenarios: ['withdraw-application'],
    },
    { pattern: /porque[^.!?]*,\s*porque(?!\p{L})/iu, reason: 'two "porque" in one sentence: the cause first, the consequence joined to it ("porque mi pareja … y no puedo mudarme")' },
    { pattern: /¿(?:Pueden|Puede) borrar/iu, reason: 'a bare "¿Pueden borrar mis datos?" is curt: "¿Podrían borrar mis datos, por favor?", "Les agradecería que borraran mis datos"' },
    { pattern: /\d h,? (?:hora|UTC)(?!\p{L})/u, reason: '"a las 11 h hora de Colombia" says the hour twice: "a las 11:00 hora de Colombia"', channels: ['email', 'linkedin', 'sms'] },
    { pattern: /me bajo del proceso/iu, reason: 'colloquial Rioplatense: "me retiro del proceso"' },
    { pattern: /(?<!\p{L})adiós(?!\p{L})/iu, reason: '"Adiós" ends a Buenos Aires voicemail too finally and stiffly: "Saludos", "Hasta luego"', variants: ['es-AR'], channels: ['voicemail'] },
    {
      pattern: /(?:gracias|agradec|agradezc)[^.!?]*[.!?]\s+(?:[^.!?]*[.!?]\s+)?[^.!?]*(?:gracias|agradec|agradezc)[^.!?]*[.!?]?\s*$/iu,
      reason: 'a voicemail that thanks, repeats the number and thanks again in its goodbye ("Gracias por su comprensión. Le repito mi número: … Un saludo, y gracias."): one thanks, then the goodbye ("Un saludo", "Que le vaya bien")',
      channels: ['voicemail'],
    },
    {
      pattern: /(?:mil|muchísimas|muchas) gracias[\s\S]*(?:mil|muchísimas|muchas) gracias/iu,
      reason: 'a short message that thanks warmly at the start and again at the end ("Muchísimas gracias … Mil gracias, y …"): thank once, and close with a wish ("Ojalá encuentre pronto a la persona ideal")',
      channels: ['linkedin', 'sms'],
    },
    { pattern: /: X, X$/mu, reason: 'a subject "…: <nombre>, <puesto>" reads as the candidate\'s own job title: "Cancelo mi entrevista (<puesto>): <nombre>"' },
    { pattern: /Cuente conmigo|Cuenta conmigo/i, reason: 'promises help ("count on me") where the candidate means "keep me in mind": "Téngame en cuenta"' },
    // The sixth reading.
    {
      pattern: /(?:^|\n\n)[^\n.!?]+[.!?]\n\n(?:Asimismo|Por último|Además)(?!\p{L})/u,
      reason: 'a paragraph of one sentence followed by one that opens "Asimismo", "Por último" or "Además" shows the seam of a message assembled from pieces: one paragraph ("Les pido que me retiren de su lista y que supriman mis datos personales.")',
    },
    { pattern: /deseo que se supriman/iu, reason: 'stilted ("I desire that they be deleted"): "Les pido que supriman mis datos personales"' },
    {
      pattern: /(?<!\p{L})(?:anul(?:o|ar|arla|e)|nuestra cita)(?!\p{L})/iu,
      reason: 'Spain "anula la cita"; Mexico, Argentina and Colombia "cancelan la entrevista", and "nuestra cita" sounds like a date there',
      variants: ['es-419'],
    },
    {
      pattern: /(?<!\p{L})(?:antelación|me ha surgido|un saludo muy cordial)(?!\p{L})/iu,
      reason: 'peninsular: Latin America gives notice "con anticipación", says "me surgió" of what just came up and closes "Saludos cordiales"',
      variants: ['es-419'],
    },
    { pattern: /el momento que vivo/iu, reason: 'sounds like a personal crisis where the candidate means timing: "Es solo que ahora no es el momento"' },
    { pattern: /(?<!\p{L})ni ir a la entrevista/iu, reason: 'clipped: "no puedo seguir adelante con el proceso ni hacer la entrevista", "ni acudir a la entrevista"' },
    { pattern: /contar conmigo[^.!?]*contar(?:le|te)(?!\p{L})/iu, reason: '"contar conmigo; quería contarle" echoes one verb in one sentence: "Mil gracias por pensar en mí; quería decirle cuanto antes…"' },
    { pattern: /dejarlo sin decir/iu, reason: 'a calque of "leave it unsaid": "y prefería decírselo con franqueza"' },
    { pattern: /(?:^|[.!?;]\s+)Suerte\.(?!\p{L})/u, reason: 'a bare "Suerte." closing a message is curt: "Mucha suerte con la búsqueda"' },
    { pattern: /(?:^|[.!?]\s+)Con otro (?:horario|salario|sueldo), lo hablamos/iu, reason: 'a clipped condition, terse in a text to a recruiter: "Si el horario puede cambiar, con gusto lo hablamos"' },
    { pattern: /por lo que[^.!?]*,\s*porque(?!\p{L})/iu, reason: 'the reason hung after the consequence ("…, por lo que no podré asistir …, porque …"): it follows the decision ("Me retiro del proceso porque …, así que no podré asistir …")' },
    // The seventh reading.
    { pattern: /(?<!\p{L})(?:Disculpe|Perdone|Disculpa|Perdona):/u, reason: '"Disculpe:" alone asks for attention ("excuse me"), it does not apologise: "Disculpe el poco margen: …", "Siento avisar tan tarde: …"' },
    {
      pattern: /(?:gracias|agradezco) de antemano (?:por )?(?:su |tu |la )?comprensión/iu,
      reason: 'thanks for understanding before the news: say what there is to understand first, and thank after it ("Gracias por su comprensión.")',
    },
    { pattern: /por ahora[^.!?]*ahora mismo/iu, reason: '"por ahora … ahora mismo" echoes one word in a sentence: "esta vez le voy a decir que no porque ahora mismo …"' },
    { pattern: /(?:^|[.!?]\s+)Mis motivos son/u, reason: 'a reason tacked on as its own sentence sounds defensive: "Por motivos personales, no podré asistir …"' },
    {
      pattern: /(?:^|[.!?]\s+)Podría (?:el|la|los|las|mañana|hoy|cualquier|esta|este|a partir)(?!\p{L})/u,
      reason: '"Podría el jueves." has no verb after it: "Puedo el jueves o el viernes", "¿Le parece bien el jueves?"',
    },
    {
      pattern: /(?<!\p{L})(?:ir|acudir) a (?:la|nuestra|mi) entrevista (?:por videollamada|telefónica)/iu,
      reason: 'nobody goes to a video or phone interview: "no podré asistir a la entrevista por videollamada", "no podré hacer la entrevista"',
    },
    {
      pattern: /acierto (?:en|con) la (?:selección|búsqueda)|la selección (?:tenga|llegue)|(?<!\p{L})(?:un cordial saludo|un saludo cordial|retribuci\p{L}+|ruego que|tan poco margen)(?!\p{L})|(?:^|[.!?;]\s+)Un saludo[.,](?=\s|$)/imu,
      reason: 'peninsular formulas a recruiter in Mexico City, Bogotá or Buenos Aires rewrites: "Le deseo mucho éxito en la búsqueda", "Saludos cordiales", "Saludos", "remuneración", "Les pido que", "con tan poca anticipación"',
      variants: ['es-419'],
    },
    {
      pattern: /(?<!\p{L})(?:y no va a cambiar|ya lo rechacé|fue que no, y no cambiará|doy el tema por cerrado)(?!\p{L})|No (?:vuelva|vuelvas) a contactarme por ninguna vacante/iu,
      reason: 'a firm no said curtly ("fue que no, y no va a cambiar", "Ya lo rechacé", "No vuelva a contactarme por ninguna vacante"): courteous and final ("Como ya le indiqué, declino el puesto y mi decisión es definitiva", "Le agradeceré que no vuelva a contactarme para otras vacantes")',
    },
    {
      pattern: /por ahora[^.!?]*[.!?:;]\s+(?:[^.!?,]{0,20},\s+)?ahora(?!\p{L})|(?:^|[.!?]\s+)Es sobre la oferta (?:en|con)(?!\p{L})/iu,
      reason: '"por ahora voy a decir que no. … ahora no es el momento" says the time twice: once ("por ahora voy a decir que no: en este momento no estoy buscando cambiar"); and an offer is "de" the company ("la oferta de Acme"), never "en Acme"',
      scenarios: ['not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
    },
    { pattern: /(?:^|[.!?;]\s+)Adiós\.\s*$/u, reason: 'a call that ends on a bare "Adiós." sounds like hanging up: "Gracias, hasta luego."', channels: ['voicemail'] },
    {
      pattern: /(?<!\p{L})(?:tú|tienes|puedes|quieres|sabes|eres|estás|hayas|entiendas|disculpa|perdona|avísame|llámame|escríbeme)(?!\p{L})/iu,
      reason: 'Argentina, Uruguay and Paraguay write "vos" ("tenés", "podés", "disculpá") in informal messages, never "tú"',
      variants: ['es-AR'],
      formality: 'informal',
    },
    // The eighth reading.
    {
      pattern: /(?<!\p{L})tengo que[^.!?]*(?<!\p{L})tendré que(?!\p{L})/iu,
      reason: '"tengo que retirarme porque …, así que tendré que cancelar" says one obligation twice in one sentence: the reason, then "Por eso cancelo la entrevista …"',
    },
    { pattern: /(?<!\p{L})lamento comunicar que/iu, reason: '"Lamento comunicar que" leaves out the person told: "Lamento comunicarle que …"' },
    {
      pattern: /(?<!\p{L})(?:acabo de comprometerme|me comprometo) con(?!\p{L})/iu,
      reason: '"comprometerse con otra empresa" sounds like an engagement, and the present tense is wrong: "Acabo de aceptar una propuesta de otra empresa"',
    },
    { pattern: /(?<!\p{L})Puedo otro día:/iu, reason: 'a clipped note that never asks: "¿Podemos cambiarla de fecha? Puedo cualquier mañana …"' },
    { pattern: /(?<!\p{L})lo que se hace en(?!\p{L})/iu, reason: 'the impersonal "lo que se hace en X" keeps the people at a distance: "lo que hacen en X"' },
    { pattern: /;[^.!?]*(?<!\p{L})tengo novedades:/iu, reason: 'a semicolon and then a colon show where two pieces were joined: "Gracias de corazón por todo. Le escribo para contarle que …"' },
    {
      pattern: /(?<!\p{L})búsqueda, y (?:ha sido|fue) un (?:placer|gusto)/iu,
      reason: 'two unrelated wishes joined by "y": "Mucha suerte con la búsqueda. Ha sido un placer coincidir en este proceso."',
    },
    {
      pattern: /(?:^|[.!?:]\s+)(?:Le|Te) escribo para disculparme por avisar/u,
      reason: 'the apology before the news: the reader does not yet know what the notice is about ("Siento avisar con tan poca antelación, pero no podré asistir …")',
    },
    // The ninth reading.
    {
      pattern: /(?<!\p{L})(?:llamarle|llamarles|le llamo|le llamaré|le llamaría|le llamaremos|les llamaré)(?!\p{L})/iu,
      reason: 'Spain\'s "le" for "usted" as the one called: Mexico, Bogotá and Buenos Aires say "la/lo llamo"; without a known gender, "avisarle por teléfono", "Llamo por …"',
      variants: ['es-419'],
    },
    {
      pattern: /(?<!\p{L})(?:antes de nada|de optar al puesto|trastorno que supone)(?!\p{L})/iu,
      reason: 'peninsular: Latin America says "antes que nada", "participar en el proceso para el puesto" and "Sé que esto complica la agenda de su equipo"',
      variants: ['es-419'],
    },
    {
      pattern: /(?<!\p{L})(?:candidatura|postulación) a (?:la |las |los |el )?\p{Lu}/u,
      reason: 'a candidacy is "a" a post, not a company: "mi candidatura en Acme", "me retiro del proceso de Acme"',
    },
    { pattern: /(?:^|[.!?:]\s+)No sigo en el proceso(?!\p{L})/u, reason: 'clipped and colloquial: "Me retiro del proceso para el puesto de …"' },
    { pattern: /coincidir en este proceso/iu, reason: 'the candidate and the recruiter never met ("coincidir"): "Ha sido un placer estar en contacto con usted"' },
    {
      pattern: /(?:aplaz|reprogram)\p{L}*[^.!?]*[.!?]\s+(?:Me|Se) lo impide/iu,
      reason: '"Me lo impide" after "debo aplazar" has nothing for "lo" to stand for: "Tengo un asunto personal que atender", "… por un asunto personal"',
    },
    {
      pattern: /(?<!\p{L})(?:pido|pedir|pida|pedirle)(?!\p{L})[^.!?]*(?<!\p{L})(?:pido|pedir|pida|pedirle)(?!\p{L})/iu,
      reason: '"Pido disculpas …, pero tengo que pedir …" echoes one verb in a sentence: "Siento avisar con tan poca antelación, pero necesito aplazar …"',
    },
    { pattern: /(?<!\p{L})ojalá[^.!?]*[.!?]\s+[^.!?]*(?<!\p{L})ojalá(?!\p{L})/iu, reason: '"ojalá" in two sentences running: "me encantaría que me tuviera en cuenta más adelante. Ojalá encuentre pronto …"' },
    { pattern: /(?<!\p{L})de verdad(?!\p{L})[\s\S]*(?<!\p{L})de verdad(?!\p{L})/iu, reason: '"de verdad" twice in one message: once is sincere, twice is filler' },
    { pattern: /(?<!\p{L})candidatura(?!\p{L})[^.!?]*[.!?]\s+[^.!?]*(?<!\p{L})candidatura(?!\p{L})/iu, reason: '"candidatura" in two sentences running: the second says "el proceso"' },
    {
      pattern: /(?<!\p{L})(puesto|empresa|proceso|equipo|horario|salario|sueldo)(?!\p{L})[^.!?]{0,60}(?:porque|ya que) (?:el|la|mi) \1(?!\p{L})/iu,
      reason: 'the noun before "porque" repeated as the reason\'s first word ("al puesto de … porque el puesto está …"): "porque está …", or the reason after a colon',
    },
    { pattern: /reservado ese tiempo[^.!?]*así que/iu, reason: 'the time they set aside is not why the candidate calls: "Intentaré también avisarle por teléfono, pues sé que se había reservado ese tiempo para recibirme"' },
    // The tenth reading.
    {
      pattern: /(?<!\p{L})a las? \d{1,2}(?:[:.]\d{2}|\s?h(?!\p{L})|\s?[ap]\.\s?m\.)/u,
      reason: 'a script read aloud says the hour in words ("a las once de la mañana"), never "a las 11 h" or "a las 3:00 p.m."',
      channels: ['voicemail'],
    },
    {
      pattern: /(?<!\p{L})(?:siendo realista|(?:dar|doy|di|dando) un paso atrás|haría las presentaciones|(?:voy a|tengo que|voy a tener que) decir que no|(?:esta vez )?digo que no\.)/iu,
      reason: 'calques of "realistically", "step back", "make the introductions" and "I\'m going to say no": "Hoy por hoy no estoy en condiciones de plantearme un cambio profesional", "me retiro del proceso", "con mucho gusto le paso el contacto", "en esta ocasión voy a declinar"',
    },
    {
      pattern: /(?<!\p{L})(?:faltar(?:é)?\p{L}* [^.!?]*a la cita|lamento faltar)|;\s*¿(?:le|te) va bien\?/iu,
      reason: '"Lamento faltar a la cita" announces a no-show and "…; ¿le va bien?" does not ask for another date: "No podré asistir a la entrevista del jueves. ¿Podríamos cambiarla de fecha? Tengo disponibilidad …"',
    },
    {
      pattern: /(?:^|[.!?:]\s+)(?:Mil gracias|Muchas gracias|Muchísimas gracias|Gracias de verdad|Gracias)[;:]\s/u,
      reason: 'thanks with no object glued to the news ("Mil gracias; acabo de aceptar otra oferta") reads as thanks for the other offer: "Mil gracias por todo. Acabo de aceptar …"',
    },
    { pattern: /(?:^|[.!?]\s+)Lo siento(?: mucho)?: /u, reason: 'an apology joined to the news by a colon ("Lo siento: debo aplazar …"): "Lo siento, pero tengo que …"' },
    {
      pattern: /(?<!\p{L})Me interesan (?:otras|futuras) vacantes|(?<!\p{L})Espero que me tenga[sn]? en cuenta\./u,
      reason: '"Me interesan otras vacantes" reads as looking for work elsewhere, and "Espero que me tenga en cuenta." right after a no reads as a contradiction: "Otras vacantes suyas me interesan", "Espero que me tenga en cuenta en el futuro"',
    },
    // The eleventh reading (es-ES, es-AR, es-MX, es-419): each class the readers sent back, caught wherever it shows.
    {
      pattern: /(?<!\p{L})(?<!(?:[Ll]a|[Ll]o|[Ll]as|[Ll]os) )(?:declinar|declino|decliné)(?=\s*[.!?;]|\s+(?:porque|ya que)(?!\p{L}))|(?:^|\n)Propuesta declinada/u,
      reason: '"voy a declinar." and "esta vez declino." calque "I\'ll decline": Spanish declines something ("voy a declinar la propuesta", "esta vez no me animo"), and a subject "Propuesta declinada: …" reads as a status line',
    },
    {
      pattern: /(?<!\p{L})me enfoco en otro tipo|(?<!\p{L})no (?:estoy buscando|busco) cambiar(?! de)/iu,
      reason: '"Me enfoco en otro tipo de proyecto" is a calque of "I\'m focusing on", and "no estoy buscando cambiar" contradicts a candidate who applied and leaves "cambiar" without its object: "Prefiero otro tipo de empresa", "Ahora mismo no es buen momento para plantearme un cambio"',
    },
    {
      pattern: /(?<!\p{L})(?:por ahora|esta vez) me retiro(?! del?\s)/iu,
      reason: 'a bare "me retiro" sounds like leaving the room or retiring from work: "por ahora me retiro del proceso", "retiro mi candidatura"',
    },
    {
      pattern: /(?:^|[.!?]\s+)(?:Otras vacantes (?:(?:suyas|tuyas) )?me interesan|(?:Sus|Tus) futuras vacantes me interesan|Me gusta mucho (?:su|tu) equipo\.|(?:Su|Tu) equipo me sigue interesando|¿Seguimos en contacto\?)/u,
      reason: 'a closing statement glued on where the message should ask to stay in touch ("Me gusta mucho su equipo.", "Otras vacantes suyas me interesan."): a request, "Téngame en cuenta para otras vacantes", "Espero que sigamos en contacto"',
    },
    {
      pattern: /(?<!\p{L})mi (?:perfil|experiencia) no (?:termina de )?encaja\p{L}* (?:del todo )?con lo que (?:buscan|necesitan|buscas|necesitas)|no encajaría tan bien como (?:necesitan|necesitas|hace falta)/iu,
      reason: 'the role does not suit the candidate (role-fit), not the candidate the role: "las funciones no terminan de encajar con lo que busco"',
    },
    {
      pattern: /(?:^|[.!?]\s+)Se trata de (?:mi|la|el|del|sus|tus)(?!\p{L})/u,
      reason: '"Se trata de …" does not open a phone message: "Llamo por …", "Llamo en relación con …"',
      channels: ['voicemail'],
    },
    {
      pattern: /(?<!\p{L})que vaya todo bien/iu,
      reason: '"que vaya todo bien" is a peninsular farewell: Mexico and Latin America say "que le vaya muy bien"',
      variants: ['es-419'],
    },
    // The third end reading (es-ES, es-AR, es-MX, es-419): classes a wording fixed, kept from coming back.
    {
      pattern: /(?<!\p{L})cuesti[oó]n de tiempos, (?:este|ahora) no es (?:el|buen) momento/iu,
      reason: '"Por una cuestión de tiempos, este no es el momento adecuado" says the timing twice: "Ahora mismo no es buen momento para plantearme un cambio"',
    },
    {
      pattern: /(?<!\p{L})lista de contactos\p{L}*[^.!?]*(?<!\p{L})contactar/iu,
      reason: '"me elimine de su lista de contactos y que no vuelva a contactarme" echoes the word: "me dé de baja de su lista y que no vuelva a contactarme"',
    },
    {
      pattern: /(?<!\p{L})El motivo de este correo/u,
      reason: '"El motivo de este correo es …" collides with a reason given as "por motivos personales": "Le escribo por …", "Escribo en relación con …"',
    },
    { pattern: /, y suerte\./u, reason: 'a bare "y suerte" closes a written message curtly: "y mucho éxito", "le deseo mucho éxito en la búsqueda"' },
    {
      pattern: /^Hola, (?:buenos días|buenas tardes|buen día)/u,
      reason: 'a final no greets once: "Hola, buenos días, José Ignacio:" is a chatty double greeting before a cold message ("Buenos días, José Ignacio:")',
      scenarios: ['firm-no'],
      tones: ['firm'],
    },
    {
      pattern: /(?<!\p{L})fijad[ao] para[^.!?]*[.!?]\s+[^.!?]*(?<!\p{L})fijar otra fecha/iu,
      reason: 'one verb twice across two sentences ("fijada para hoy … ¿Sería posible fijar otra fecha?"): "¿Sería posible buscar otra fecha?"',
    },
    {
      pattern: /(?<!\p{L})pasarla para(?!\p{L})/iu,
      reason: '"pasar una cita para …" is peninsular (and Spain itself says "pasarla a"): Mexico "cambia" or "reprograma" an interview',
      variants: ['es-MX'],
    },
    {
      pattern: /(?<!\p{L})(?:Le|Te) escribe [\s\S]*(?<!\p{L})Les (?:pido|ruego|agradecería|agradezco)(?!\p{L})/u,
      reason: 'a text written to one person ("Le escribe …") that then asks "Les pido que …" switches from "le" to "les": "Le pido que no me contacte más y que borre mis datos"',
      scenarios: ['firm-no'],
      channels: ['sms'],
    },
    { pattern: /(?<!\p{L})aprecio (?:de verdad |mucho |sinceramente )?que(?!\p{L})/iu, reason: 'a calque of "I appreciate that…": "le agradezco mucho que pensara en mí", "es todo un detalle que se acordara de mi perfil"' },
    {
      pattern: /(?<!\p{L})a las \d[\s\S]*(?<!\p{L})[Ee]l horario no(?!\p{L})/u,
      reason: 'after the interview\'s time, a bare "el horario no me cuadra" reads as the interview slot, which asks for a new date rather than explaining the withdrawal: "el horario del puesto no me cuadra"',
      channels: ['email', 'linkedin', 'voicemail'],
    },
    { pattern: /(?:^|[.!?]\s+)Busco otro entorno\./u, reason: 'curt, and reads as a dig at the company: "Ahora busco algo distinto", "Me enfoco en otro tipo de proyecto"' },
    {
      pattern: /(?<!\p{L})(?:Analista|Desarrollador\p{L}*|Ingenier[oa]|Consultor\p{L}*|Gerente|Contador\p{L}*|Diseñador\p{L}*|Técnic[oa]|Especialista|Ejecutiv[oa]|Programador\p{L}*|Auditor\p{L}*|Abogad[oa]) (?:Ssr|Sr|Jr)\.(?!\p{L})/u,
      reason: '"Analista Sr." in running text reads as "señor": "Analista Sénior"',
    },
    { pattern: /(?:^|[.!?]\s+)(?:Por desgracia|De momento)(?!\p{L})/u, reason: 'peninsular: Latin America says "lamentablemente" and "por ahora"', variants: ['es-419'] },
    { pattern: /(?:Su|Tu) empresa me encanta|ojalá coincidamos\.|(?<!\p{L})Admiro a (?:su|tu) equipo/iu, reason: 'gushing or clipped after no interview: "Me llevo muy buena impresión de su equipo; ojalá coincidamos más adelante"' },
    {
      pattern: /(?<!\p{L})(?:porque|ya que|puesto que|dado que)(?!\p{L})[^.!?:;\n]*: (?:cancelo|anulo|retiro|dejo|no)(?!\p{L})/iu,
      reason: 'a colon after a "porque" clause, then a second decision, is a seam every reader failed: "…porque me mudo, así que cancelo la entrevista", or a sentence of its own',
    },
    {
      pattern: /(?<!\p{L})(?:Si|si) (?:[^.;:!?\n]{0,30} )?(?:hubiera|pudiera|hubiese|pudiese)(?!\p{L})[^.;:!?\n]*, (?:con gusto |con mucho gusto )?lo (?:hablamos|vemos|retomamos)(?!\p{L})/u,
      reason: 'a past subjunctive after "si" takes the conditional: "si hay margen, con gusto lo hablamos" or "si hubiera margen, lo hablaría con gusto"',
    },
    {
      pattern: /(?:Si|si) (?:le|te|les) ayuda,|(?<!\p{L})(?:presentaría a|paso el contacto de|facilito los datos de) [^.;:!?\n]+[,:] (?:que )?(?:creo (?:sinceramente )?que )?encajaría muy bien\./u,
      reason: 'a calque of "if it helps… she\'d be a great fit": say what the referral is for, "le facilito los datos de Ana, que creo que tiene justo el perfil que buscan"',
    },
    { pattern: /(?<!\p{L})(?:no me animo|Con todo, tengo en gran estima)(?!\p{L})/iu, reason: 'Latin America hears "no me animo" as "I don\'t dare", and "con todo, tengo en gran estima" as Spain: "esta vez prefiero no seguir adelante", "de todos modos, valoro mucho"', variants: ['es-419'] },
    { pattern: /(?<!\p{L})ref\.? ?ref(?!\p{L})/iu, reason: '"ref. REF-2026/0417" says "reference" twice: the reference in brackets alone, "(REF-2026/0417)"' },
    // The sixth reading (Madrid, Buenos Aires, Mexico City, Bogotá).
    { pattern: /hora estándar de/iu, reason: 'a time-zone database name no one writes or says ("hora estándar de Argentina"): "hora de Argentina"' },
    { pattern: /(?<!\p{L})hora [^.,;:!?\n]{1,40},[.,;]/u, reason: 'the spoken zone\'s closing comma doubled by the sentence\'s own punctuation ("hora de Argentina,." or ",, porque")' },
    { pattern: /(?<!(?<!\p{L})ni )por este ni por/iu, reason: '"no me contacte más, por este ni por otros procesos" lacks the first "ni": "ni por este ni por otros"' },
    { pattern: /Debido a unas circunstancias/iu, reason: '"unas circunstancias personales" reads as a slip: "Por motivos personales"' },
    { pattern: /(?<!\p{L})ya di mi respuesta/iu, reason: 'a Spaniard says to whom: "Ya le di mi respuesta"' },
    {
      pattern: /(?:me lo (?:pondría|pone) (?:muy )?difícil|compaginar la jornada con mi día a día|(?<!\p{L})(?:le|te) facilito)/iu,
      reason: 'Spain\'s idiom, foreign to a reader in Latin America ("me lo pondría muy difícil", "compaginar la jornada", "le facilito"): "me complicaría mucho las cosas", "ajustar ese horario", "le paso los datos"',
      variants: ['es-419'],
    },
    {
      pattern: /no podré asistir[^.]*, por lo que me retiro|retirarme del proceso: no podré asistir/iu,
      reason: 'missing one interview given as the reason to withdraw, a non sequitur: both said together ("debo cancelar la entrevista … y retirarme del proceso")',
    },
    { pattern: /(?<!\p{L})vuelvas? a escribirme/iu, reason: 'a call that asks for no more contact is about calls too: "que no vuelva a contactarme"', channels: ['voicemail'] },
    { pattern: /(?<!\p{L})hacer(?:le|lo|la) esperar(?!\p{L})/iu, reason: 'leísmo in Latin America ("hacerle esperar" to a woman is "hacerla"): "para no hacerle perder tiempo" says it in every market', variants: ['es-419'] },
    { pattern: /(?:tiempo|interés); después de (?:pensarlo|valorarlo)/iu, reason: '"Gracias por su tiempo; después de valorarlo" reads as weighing the recruiter\'s time: a full stop before the decision' },
    // The eleventh reading (Mexico City, Bogotá, Madrid, Buenos Aires).
    { pattern: /\p{L}\.?: (?:soy|le escribe|te escribe|le habla|te habla) \p{Lu}/u, reason: 'a colon after the name is a letter\'s salutation: a text greets and introduces the writer with a comma or a full stop ("Hola, Lic. Echeverría, soy Itzel Villaseñor")', channels: ['sms', 'voicemail'] },
    {
      pattern: /(?<!\p{L})necesito(?!\p{L})[^.!?]*(?<!\p{L})necesito(?!\p{L})/iu,
      reason: '"Necesito aplazar la cita … porque necesito acompañarlo": the frame\'s verb repeats the candidate\'s own, so the frame says it another way ("No me será posible acudir a la cita …")',
    },
    // The twelfth reading (Madrid, Buenos Aires, Mexico City, Bogotá).
    { pattern: /(?<!\p{L})para a partir(?!\p{L})/iu, reason: 'the candidate\'s availability pasted after our "para" ("¿La pasamos para a partir del lunes?"): ask in a clause of its own ("¿Podría ser a partir del lunes?")' },
    { pattern: /(?<!\p{L})encaj\p{L}* genial/iu, reason: 'slang beside "usted", and fit into what?: "Le recomiendo a Ana López; creo que encajaría muy bien"' },
    { pattern: /(?<!\p{L})encaj\p{L}*(?: muy bien)? en la vacante/iu, reason: 'a person fits a role or a team, not an opening: "encajaría muy bien en el equipo"' },
    { pattern: /cuestión de momento/iu, reason: 'not an idiom ("de momento" reads as "for now"): "es un tema de tiempos", "es una cuestión de tiempos"' },
    { pattern: /las gracias por ella(?!\p{L})/iu, reason: '"darle las gracias por ella", with "ella" for the offer, sounds translated: "quiero agradecérsela"' },
    { pattern: /(?<!\p{L})tengo(?!\p{L})[^.!?]{0,40}que tengo que(?!\p{L})/iu, reason: '"Tengo un asunto personal que tengo que atender" says "tengo" twice in a short sentence: "Tengo que atender un asunto personal"' },
    { pattern: /asunto personal que atender/iu, reason: 'an errand that explains missing one day, not leaving the process: "Un asunto personal requiere toda mi atención"' },
    // The fourteenth reading (Mexico City, Bogotá).
    { pattern: /circunstancias personales exigen|me ocupa por completo/iu, reason: 'a same-day cancellation told as an ongoing, all-consuming condition, which the request for a new date a few days later contradicts: "Me surgió un imprevisto personal"' },
    { pattern: /(?<!\p{L})[Cc]ont\p{L}* conmigo en (?:(?:la|el|los|las) )?\p{Lu}/u, reason: '"contar con alguien en <empresa>" is relying on someone who already works there: "que me considerara para el puesto en <empresa>"' },
    { pattern: /(?<!\p{L})me vendría bien a partir/iu, reason: '"me vendría bien" needs a slot for its subject, not an open range: "tengo disponibilidad a partir del lunes"' },
    { pattern: /(?<!\p{L})en contacto(?!\p{L})[^]*(?<!\p{L})paso el contacto(?!\p{L})/iu, reason: '"seguir en contacto … le paso el contacto": the referral repeats the word the keep-door-open line just used: "le paso sus datos"' },
    { pattern: /(?<!\p{L})equipo(?!\p{L})[^.!?\n]*[.!?;] +[^.!?\n]*(?<!\p{L})equipo(?!\p{L})/iu, reason: '"Admiro el trabajo de su equipo … que encajaría muy bien en el equipo": one word twice in sentences joined from two parts' },
    { pattern: /(?<!\p{L})siento(?!\p{L})[^]*(?<!\p{L})siento(?!\p{L})/iu, reason: 'a short call that opens and closes its apology with "Siento": "Le pido disculpas por las molestias"', channels: ['voicemail'] },
    // The fifteenth reading (Madrid, Buenos Aires, Mexico City, Bogotá).
    { pattern: /(?<!\p{L})(?:hacer|haga|hago) un cambio(?!\p{L})|(?<!\p{L})La verdad, en este momento/iu, reason: '"no me es posible hacer un cambio" calques "make a change", and "La verdad," is a spoken filler in a usted message: "Hoy por hoy no estoy en condiciones de plantearme un cambio profesional"' },
    { pattern: /(?<!\p{L})(?:mis planes han dado un giro|las cosas han cambiado para mí)/iu, reason: 'a change to plans the reader never knew of, which an answer to a first approach cannot have: "Por ahora mis planes profesionales van por otro lado"' },
    { pattern: /(?<!\p{L})centrarme en (?:un asunto|algo|un tema) personal/iu, reason: 'a calque of "focus on a personal matter": "Debo ocuparme de un asunto personal"' },
    { pattern: /¿(?:Podría|Puede) ser (?:cualquier|alguna|algún)(?!\p{L})/iu, reason: 'the candidate\'s availability pasted into a yes/no question ("¿Podría ser cualquier tarde…?"), which does not ask to move the interview: "¿Podemos cambiarla? Puedo cualquier tarde de la semana del 14"' },
    { pattern: /podría ser justo lo que busca/iu, reason: 'the referral\'s name tacked on between commas after a relative clause reads as an address: "le recomiendo a Ana López, que podría encajar muy bien; con mucho gusto le paso sus datos"' },
    {
      pattern: /no (?:seguir|sigo|continuar|continúo) adelante|no (?:seguir|continuar) con el proceso/iu,
      reason: 'an answer to a first approach goes on with no process ("prefiero no seguir adelante"): "esta vez prefiero dejar pasar la oportunidad"',
      scenarios: ['decline-recruiter-outreach'],
    },
    { pattern: /(?:llamada|[Ll]lamo)[^.!?]*; (?:le|te) agradezco la atención/u, reason: 'the closing formula glued onto the opening of a call ("El motivo de mi llamada es …; le agradezco la atención"): the call says why it calls, and thanks at its end', channels: ['voicemail'] },
    // The sixteenth reading (Madrid, Buenos Aires).
    {
      pattern: /(?<!(?<!\p{L})(?:me|te|se) )(?<!\p{L})retiro del? (?:candidatura|proceso)/iu,
      reason: 'Spain withdraws with "la retirada" ("Retirada de candidatura"); "el retiro" reads as Latin America',
      variants: ['es-ES'],
    },
    // The sixth round (es-ES, es-AR, es-MX, es-419): the classes our wording fixed, kept from coming back.
    {
      pattern: /(?:por teléfono|(?<!\p{L})llamar\p{L}*)[,;]? (?:ya que|porque|pues|dado que) sé que|(?<!\p{L})sé que [^.!?]*; por eso (?:intentaré|(?:le|te) avisaré)/iu,
      reason: 'a reason given for phoning ("Intentaré también avisarle por teléfono, ya que sé que tenía ese horario reservado en su agenda") is calqued from English (and "recibirme" is wrong for a call or video): "Intentaré también avisarle por teléfono, y le pido disculpas por el cambio de agenda"',
    },
    {
      pattern: /(?:entrevista|cita) (?:prevista para|fijada para|del?|que teníamos) [^.!?;]{0,80}?,? (?:porque|ya que|pues|dado que)(?!\p{L})|(?:he decidido|opté por|he optado por|decidí) retirar mi (?:candidatura|postulación) y (?:cancelo|anulo)(?!\p{L})/iu,
      reason: 'a withdrawal whose reason follows the slot ("cancelo la entrevista del miércoles a las once, porque …") reads as the reason for that one date, and "He decidido retirar … y cancelo" mixes two tenses: "He decidido retirar mi candidatura porque …, así que cancelo la entrevista …"',
      scenarios: ['withdraw-application'],
    },
    {
      pattern: /(?<!\p{L})hora (?:de|del) (?:(?! con )[^.,;:()]){1,30}? (?:en|para) (?:la |el |los |las )?\p{Lu}/u,
      reason: 'a company or role after the time zone with "en" or "para" ("a las 11:00 a.m. hora del centro en Grupo Tlaquepaque", "el jueves a las 10:00 hora de Lisboa en Laboratorios Rovella") reads as part of the zone: the day next to the interview and the company after it with "con" ("la entrevista del miércoles a las 11:00 a.m. hora del centro con Grupo Tlaquepaque")',
    },
    {
      // The day belongs to the interview: after the company it reads as part of the name ("Grupo Atalaya del jueves").
      pattern: /(?<!\p{L})(?:entrevista|cita|reunión) con (?:la |el |los |las )?\p{Lu}[^.,;:!?()]{0,60}? (?:del (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|\d)|de (?:hoy|mañana|esta (?:mañana|tarde)))(?!\p{L})/u,
      reason: 'the day after the company ("la entrevista con Grupo Hotelero Atalaya del jueves") reads as part of its name: the day next to the interview ("la entrevista del jueves con Grupo Hotelero Atalaya")',
    },
    {
      pattern: /(?<!\p{L})(?:organizó|organizaste|programó|programaste|concertó|fijó) (?:en|con) (?:la |el |los |las )?\p{Lu}[^.!?]*? para (?:el|hoy|mañana)(?!\p{L})/u,
      reason: '"que tan amablemente me organizó en <empresa> para el <día>" leaves the company and the day hanging from a long relative clause: "la entrevista para el puesto de … en <empresa>, que tan amablemente me programó para el miércoles"',
    },
    {
      pattern: /(?<!\p{L})(?:Soy|habla|Mi nombre es) [^.!?;]{1,60}; (?:mi número|teléfono|mi teléfono),/u,
      reason: '"Soy Ana Ruiz; mi número, 628…" and "teléfono, 11…" sound like reading a form aloud: "Soy Ana Ruiz y mi número es el 628…"',
      channels: ['voicemail'],
    },
    {
      pattern: /(?<!\p{L})(?:proceso|candidatura|postulación) (?:de|a) (?:selección de )?\p{Lu}[^.!?]*? en (?:la |el |los |las )?\p{Lu}/u,
      reason: 'one withdraws from the process "para el puesto de" a role, not "del proceso de Analista … en Acme": "me retiro del proceso para el puesto de Analista en Acme"',
      scenarios: ['withdraw-application', 'last-minute', 'accepted-another-offer'],
      // A text has no room for "para el puesto de"; it says "el proceso de Analista en Acme" as a recruiter's SMS does.
      channels: ['email', 'linkedin', 'voicemail'],
    },
    {
      pattern: /(?<!\p{L})(?:no estoy buscando|no busco) (?:un )?cambio/iu,
      reason: '"No estoy buscando un cambio de trabajo" answers a recruiter\'s approach, and contradicts a candidate in a process they applied to: "En este momento no me es posible cambiar de trabajo"',
      scenarios: ['keep-door-open', 'withdraw-application', 'last-minute', 'not-a-fit', 'personal-reasons', 'decline-offer', 'accepted-another-offer'],
    },
    {
      pattern: /(?<!\p{L})(?:No es por la empresa, sino por el momento|surge algo parecido|Si eso (?:puede )?mejora[r]?)(?!\p{L})/iu,
      reason: 'words written for one reason that misstate another: "sino por el momento" after a reason of place, "algo parecido" after "mi carrera va en otra dirección", "si eso mejora" after a shift pattern: "No es por la empresa", "algo que encaje con mi perfil", "si eso cambia"',
    },
    // The seventeenth reading (Madrid, Buenos Aires, Mexico City, Bogotá).
    {
      pattern: /(?:^|[.!?]\s)(?:Gracias de verdad|Mil gracias|Muchas gracias|Muchísimas gracias)\.\s+[^.!?]*(?<!\p{L})(?:proceso|entrevista|candidatura|postulación)(?!\p{L})/u,
      reason: 'a bare "Gracias de verdad." before the news thanks for nothing the reader knows of yet: the thanks says what for and leads into the decision ("Gracias por considerarme; por ahora dejo el proceso …")',
    },
    {
      pattern: /(?<!\p{L})no (?:iré|voy a ir|vaya a ir) a la entrevista/iu,
      reason: '"ir a la entrevista" goes to a place, and a video or phone interview is not gone to: "cancelo la entrevista" says it for every format',
    },
    {
      pattern: /(?<!\p{L})no me escrib\p{L}* (?:más|de nuevo)(?!\p{L})/iu,
      reason: 'a request for no further contact narrowed to writing leaves calls open: "que no me contacte más", "que no vuelva a contactarme"',
    },
    {
      pattern: /(?<!\p{L})pens\p{L}* en mí[.!?;]\s+[^.!?]{0,30}(?<!\p{L})(?:pensé|pensado|pensarlo)(?!\p{L})/iu,
      reason: '"que pensara en mí. Lo pensé con calma": one verb in two sentences in a row; the second says it another way ("Lo medité con calma", "Después de valorarlo")',
    },
    // The eighteenth reading (Mexico City, Bogotá, Buenos Aires).
    {
      pattern: /(?<!\p{L})dejar pasar la oportunidad[\s\S]*(?<!\p{L})oportunidad(?:es)?(?!\p{L})/iu,
      reason: '"dejar pasar la oportunidad … si surge otra oportunidad" says one word twice in two sentences: the door stays open on "otra vacante", "futuras vacantes"',
    },
    {
      pattern: /(?<!\p{L})lo que hacen (?:en|con) X(?!\p{L})/u,
      reason: '"Me encanta lo que hacen en <empresa>" names again the company the message opened with: "Me encanta lo que hace su equipo"',
    },
    {
      pattern: /(?<!\p{L})(?:volver|vuelva|vuelvas) a coincidir(?! con)/iu,
      reason: '"Espero volver a coincidir." has one subject and no one to coincide with, so it reads cut off: "Espero que volvamos a coincidir", "volver a coincidir con usted"',
      // personal-reasons and withdraw-application still say it; their owner moves them onto this entry.
      scenarios: ['keep-door-open', 'not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
    },
    {
      pattern: /(?<!\p{L})y mi (?:número|teléfono), (?:el )?(?:X|\+|\d)/u,
      reason: '"y mi número, el 310 …" leaves out the verb, as prose does, and sounds stilted said aloud: "y mi número es el 310 …"',
      channels: ['voicemail'],
    },
    // The nineteenth reading (Buenos Aires): one word at the seam between the reason and the next sentence.
    {
      pattern: /(?<!\p{L})trabajo(?!\p{L})[^.!?\n]*[.!?;] +[^.!?\n]*(?<!\p{L})trabajo(?!\p{L})/iu,
      reason: '"… no me es posible cambiar de trabajo. Admiro el trabajo de su equipo": one noun twice in sentences joined from two parts: "Valoro mucho lo que hace su equipo"',
    },
    {
      pattern: /(?<!\p{L})tengo que(?!\p{L})[^.!?\n]*[.!?] +Tengo(?!\p{L})/u,
      reason: '"… tengo que cancelar mi entrevista … Tengo un asunto personal …" opens two sentences in a row on "tengo": "Me surgió un asunto personal que requiere toda mi atención"',
    },
    // The twentieth reading (Madrid, Buenos Aires, Mexico City, Bogotá).
    {
      pattern: /(?<!\p{L})ya (?:rechacé|acepté|decidí|opté|firmé)(?!\p{L})/iu,
      reason: 'Spain says what it has already done, with no time named, in the perfect: "Ya he rechazado el puesto", "Ya le he dado mi respuesta" ("Ya rechacé" reads as Latin America in Madrid)',
      variants: ['es-ES'],
    },
    {
      pattern: /;\s*gracias\s*[.!]/iu,
      reason: 'a thanks hung on a request after a semicolon ("… y borre mis datos; gracias."): a sentence of its own, or none',
      // decline-offer still says it; its owner moves it onto this entry.
      scenarios: ['firm-no', 'decline-recruiter-outreach', 'last-minute', 'withdraw-application'],
    },
    {
      pattern: /(?<!\p{L})(?:(?:oferta|propuesta|puesto) (?:de|en)|a|con) otra empresa(?!\p{L})/iu,
      reason: 'the new employer may be a municipality, a hospital or a foundation: "otra oferta", "otro puesto", never "otra empresa"',
      // The other scenarios still say it; their owner moves them onto this entry.
      scenarios: ['decline-recruiter-outreach'],
    },
    {
      pattern: /(?:con calma|me cuesta|por ahora)[^.!?]*[.!?]\s+[^.!?]*(?<!\p{L})(?:he aceptado|acepté|acabo de aceptar) (?:otra|una) oferta/iu,
      reason: 'a deliberation or a "por ahora" glued before another offer accepted ("Lo medité con calma y, por ahora, declino. Acabo de aceptar otra oferta"): there is nothing left to weigh; "Acabo de aceptar otra oferta, así que declino la propuesta"',
    },
    {
      pattern: /(?<!\p{L})prefiero otro tipo de empresa(?!\p{L})/iu,
      reason: 'said to that company\'s recruiter, a preference for another kind of company reads as a put-down: about the candidate instead ("Busco un entorno de trabajo distinto")',
      // The common reason sentence still says it in other scenarios; its owner moves them onto this entry.
      scenarios: ['withdraw-application'],
    },
    {
      pattern: /(?<!\p{L})(?:Les|Le|Te) pido que (?:borren|borre|borres) mis datos\./u,
      reason: 'a bare spoken order in a written message: "Les pido, por favor, que eliminen mis datos personales"',
      channels: ['email', 'linkedin'],
      scenarios: ['withdraw-application'],
    },
    {
      pattern: /(?<!\p{L})(?:retirar|retiro|retirarme|me retiro)(?!\p{L})[\s\S]*(?<!\p{L})imprevisto(?!\p{L})/iu,
      reason: 'an "imprevisto" is a one-off mishap that explains moving an interview, not leaving the process: "retirar mi candidatura por motivos personales"',
      // keep-door-open still says it after a withdrawal; its owner moves it onto this entry.
      scenarios: ['last-minute', 'withdraw-application'],
    },
    {
      pattern: /(?<!\p{L})pid[oe] disculpas(?!\p{L})[\s\S]*(?<!\p{L})pid[oe] disculpas(?!\p{L})/iu,
      reason: 'one apology said twice in a short message ("le pido disculpas por la poca anticipación … Le pido disculpas por las molestias"): the second says it another way ("Lamento las molestias")',
    },
    {
      pattern: /(?<!\p{L})el puesto de(?!\p{L})[^.!?\n]*(?<!\p{L})porque el puesto(?!\p{L})/iu,
      reason: '"el puesto de … porque el puesto requiere …": one noun twice where the frame meets the candidate\'s words; the frame says "la vacante de …"',
      scenarios: ['withdraw-application'],
    },
    // The twentieth reading (Madrid, Mexico City, Bogotá).
    {
      pattern: /(?<!\p{L})(?:Siento no poder|no poder hacer|no podré hacer|no voy a poder hacer) (?:la|nuestra|mi) entrevista/iu,
      reason: 'Spain "hace" an interview, and "Siento no poder" is casual in a formal text: a candidate in Mexico City or Bogotá "asiste a" it, and apologises with "Lamento": "Lamento no poder asistir a la entrevista"',
      variants: ['es-419'],
    },
    {
      pattern: /¿me propones? hora\?/iu,
      reason: '"¿me propone hora?" is Spain\'s appointment jargon, with no article: "¿Podemos cambiarla? Puedo el lunes 14", "¿me propone una hora?"',
      variants: ['es-419'],
      // last-minute still asks it; its owner moves it onto this entry.
      scenarios: ['accepted-another-offer', 'keep-door-open', 'personal-reasons', 'withdraw-application', 'not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
    },
    {
      pattern: /(?<!\p{L})(?:Le|Te|Les) pido que me (?:tenga|tengas|tengan|tome|tomes|tomen) en cuenta/u,
      reason: 'right after a no, "Le pido que me tenga en cuenta" turns the wish to stay in touch into a demand: "Espero que me tenga en cuenta en el futuro"',
      // last-minute still asks it; its owner moves it onto this entry.
      scenarios: ['accepted-another-offer', 'keep-door-open', 'personal-reasons', 'withdraw-application', 'not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
    },
    {
      pattern: /(?<!\p{L})(?:Es una decisión sobre|Se refiere solo a) (?:este puesto|esta vacante)/u,
      reason: 'a call that gave up its reason must not make one up: "una decisión sobre este puesto" tells a candidate leaving for timing that the job is the problem; it keeps the interest in the company ("Mi interés por la empresa sigue intacto")',
      scenarios: ['keep-door-open'],
      channels: ['voicemail'],
    },
    {
      pattern: /(?<!\p{L})(?:tenga|tengas|tengan|tuviera|tuvieras|tuvieran|téngame|tenme|tenerme) en cuenta/iu,
      reason: 'Mexico asks to be "tomada en cuenta": "Espero que me tome en cuenta", "Tómeme en cuenta para otras vacantes"',
      variants: ['es-MX'],
      // last-minute and decline-recruiter-outreach split "tengas{{else}}tenga" from "en cuenta", where dialects.yaml
      // cannot reach; their owner joins them and moves them onto this entry.
      scenarios: ['accepted-another-offer', 'keep-door-open', 'personal-reasons', 'withdraw-application', 'not-a-fit', 'decline-offer', 'firm-no'],
    },
    {
      pattern: /(?<!\p{L})(?:aplazar|reprogramar)(?:la)? la cita [^.]*, y quisiera pedir(?:le|te) otra fecha/iu,
      reason: '"aplazar la cita … y quisiera pedirle otra fecha" asks twice for one thing: "Por un asunto personal no podré asistir a la cita del jueves, y quisiera pedirle otra fecha"',
      scenarios: ['personal-reasons'],
    },
    // The twenty-first reading (Mexico City): a wish to stay in touch as an order.
    {
      pattern: /Si surge otra vacante, (?:téngame|tómeme|tenme|tómame) en cuenta/iu,
      reason: 'right after a no, a bare "téngame en cuenta" reads as an order; the candidate hopes it: "Espero que me tenga en cuenta para otra vacante", "le agradecería que me tuviera en cuenta"',
    },
    // A reader in Bogotá: a company that does not suit the candidate asked for its other vacancies.
    {
      pattern: /(?:otro tipo de (?:empresa|organización|equipo)|otro entorno|un entorno de trabajo (?:diferente|distinto))[^]*(?:otras? vacantes?|más afines? a mi trayectoria)/u,
      reason: 'a candidate who fits another kind of company cannot ask this one for its other vacancies, nor for roles "más afines a mi trayectoria": "me encantaría que siguiéramos en contacto"',
      scenarios: ['not-a-fit', 'withdraw-application', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
    },
    {
      pattern: /(?<!\p{L})(?:La|El) \p{L}+ me lo complica(?:ría)?(?!\p{L})/iu,
      reason: '"La ubicación me lo complica": the "lo" points at nothing; "Por la ubicación, ahora no me es posible"',
    },
    // The twenty-second reading (Madrid, Bogotá, Mexico City, Buenos Aires): one verb twice in a sentence, a "también"
    // with no request before it, and a voicemail sentence built for the page.
    {
      pattern: /(?<!\p{L})consider\p{L}*(?!\p{L})[^.!?;:\n]*(?<!\p{L})consider\p{L}*/iu,
      reason: '"considerar" twice in one sentence ("Si se considera oportuno, puedo recomendarles a X, a quien considero una excelente opción"): "Si lo consideran oportuno, puedo recomendarles a X, que encajaría muy bien en el puesto"',
    },
    {
      pattern:
        /(?<=(?:^|[.!?]\s+)(?:(?!pid|agradec|solicit|rueg|por favor|contact|borr|elimin|supr|baja)[^.!?\n])*[.!?]\s+)[^.!?\n]*(?:(?:agradecería|pediría) también|también (?:le|te|les) (?:agradecería|pediría))[^.!?\n]*(?<!\p{L})datos(?!\p{L})/iu,
      reason: 'a request to delete the data says "también" only after another request: after a plain no it shows the seam ("Me temo que esta vez voy a dejar pasar la oportunidad. Le agradecería también que se eliminaran mis datos"); "Eso sí, le agradecería que se eliminaran mis datos personales"',
    },
    {
      pattern: /(?<!\p{L})y con ella la entrevista/iu,
      reason: 'nobody says "retiro mi candidatura, y con ella la entrevista fijada para…" on the phone: "he decidido retirar mi candidatura, así que cancelo la entrevista que teníamos para el miércoles a las diez"',
      channels: ['voicemail'],
      // withdraw-application and the other scenarios of the other Spanish helper join when their voicemails are spoken.
      scenarios: ['not-a-fit', 'decline-offer', 'decline-recruiter-outreach', 'firm-no'],
    },
    // The twenty-third reading: a translated duty (Madrid 16).
    { pattern: /(?<!\p{L})debo dedicarme a un asunto/iu, reason: '"Debo dedicarme a un asunto personal" translates "I must attend to": a Spaniard says "Tengo que atender un asunto personal"' },
  ],
};
