// The message service: what the HTTP routes call. Compiles every language once; renders, varies and batches.
import { channels, formalityLevels, scenarios, toneIds, tones, type Scenario, type ToneId } from './catalogue.js';
import { reasonList } from './classification.js';
import { examples } from './examples.js';
import {
  defaultLanguageTag,
  languageName,
  languageVariant,
  languageVariants,
  resolvedHere,
  writtenLanguages,
  type LanguageVariant,
} from './languages/index.js';
import { fieldErrorsFromIssues, validationProblem } from './problems.js';
import { parseRequest, renderMessage, rotation, type Picker } from './render.js';
import { MessageRequestSchema, type FieldError, type Message, type MessageRequest, type Problem, type VariantsRequest } from './schema.js';
import { openLanguage, type CatalogueSource, type CompiledCatalogue } from './templates.js';

export type Rendered = { ok: true; message: Message } | { ok: false; errors: FieldError[] };
export type Varied = { ok: true; variants: Message[] } | { ok: false; errors: FieldError[] };
export type BatchResult =
  | { index: number; status: 200; message: Message }
  | { index: number; status: number; problem: Problem };

export interface MessageServiceOptions {
  templatesDir?: string;
  /** The server clock, in milliseconds; tests pass a fixed one. */
  clock?: () => number;
}

export function describeScenario(s: Scenario) {
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    defaultTone: s.defaultTone,
    ...(s.marketTones && { marketTones: { ...s.marketTones } }),
    intents: [...s.intents],
    tones: [...toneIds],
    channels: channels.map((c) => c.id),
    fields: { required: [...s.fields.required], uses: [...s.fields.uses] },
    example: examples.get(s.id)!,
  };
}

/**
 * Renders every scenario's example in every language, tone, channel and form of address, once per alternative
 * phrasing, so a template that breaks in strict mode fails where it is made, naming where, instead of failing
 * requests later. `npm run build` runs it on every catalogue it precompiles; a start runs it only on catalogues
 * compiled there (no build, or a template edited since).
 */
export function selfCheck(catalogues: ReadonlyMap<string, CompiledCatalogue>): void {
  for (const variant of languageVariants) {
    const catalogue = catalogues.get(variant.orthography);
    if (!catalogue) continue;
    for (const scenario of scenarios) {
      for (const tone of toneIds) {
        for (const channel of channels) {
          for (const formality of variant.formality ? formalityLevels : (['formal'] as const)) {
            const request = { ...examples.get(scenario.id)!, tone, channel: channel.id, language: variant.tag, formality };
            for (let k = 0; k < catalogue.maxAlternatives; k++) {
              try {
                const normalised = parseRequest(request, Date.parse(request.now ?? '2026-01-01T00:00:00Z'));
                if (normalised.ok) renderMessage(normalised.value, catalogue, rotation(k));
                else throw new Error(JSON.stringify(normalised.errors));
              } catch (err) {
                throw new Error(`templates for ${variant.tag}/${scenario.id}/${tone}/${channel.id}/${formality} fail to render: ${(err as Error).message}`);
              }
            }
          }
        }
      }
    }
  }
}

const pinWithoutKey = {
  pointer: '/templateVersion',
  message: "pins a version of a platform's own template: send the platform's API key (Authorization: Bearer <apiKey>)",
};

export function createMessageService(options: MessageServiceOptions = {}) {
  const sources = new Map<string, CatalogueSource>();
  for (const language of writtenLanguages) {
    for (const source of openLanguage(language, options.templatesDir)) sources.set(source.orthography, source);
  }
  /** A spelling's catalogue, loaded on its first use when the build holds it. */
  const catalogueOf = (orthography: string) => sources.get(orthography)!.load();
  const clock = options.clock ?? Date.now;
  const scenarioViews = scenarios.map(describeScenario);
  // Templates compiled here (no build, or edited since) render every alternative once before the service serves.
  selfCheck(new Map([...sources.values()].filter((s) => !s.precompiled).map((s) => [s.orthography, s.load()])));
  const defaultLanguage = languageVariant(defaultLanguageTag);

  /**
   * `language` is the one negotiated from Accept-Language, for a request whose body names none. `picker` replaces
   * the seed's choice of phrasing (the content tests render every alternative with it).
   */
  function render(request: MessageRequest, language: LanguageVariant = defaultLanguage, picker?: Picker): Rendered {
    // Our words have no numbered versions to pin; a platform's do, and reach here only without its key.
    if (request.templateVersion !== undefined) return { ok: false, errors: [pinWithoutKey] };
    const normalised = parseRequest(request, clock(), language);
    if (!normalised.ok) return normalised;
    const n = normalised.value;
    return { ok: true, message: renderMessage(n, catalogueOf(n.language.orthography), picker, catalogueOf(n.adviceLanguage.orthography)) };
  }

  function variants(request: VariantsRequest, language?: LanguageVariant): Varied {
    const { tones: wanted, ...facts } = request;
    // Every tone by default, but for one the facts rule out (a firm no leaves no opening to negotiate); asked for
    // by name, it is refused like any other contradiction.
    const list = [...new Set<ToneId>(wanted ?? toneIds.filter((tone) => !(tone === 'firm' && facts.openToNegotiation === true)))];
    const out: Message[] = [];
    for (const tone of list) {
      const result = render({ ...facts, tone }, language);
      if (!result.ok) return result;
      out.push(result.message);
    }
    return { ok: true, variants: out };
  }

  /** Each item is validated and rendered on its own; pointers name the field within the batch body. */
  function batch(items: readonly unknown[], language?: LanguageVariant): BatchResult[] {
    return items.map((item, index) => {
      const parsed = MessageRequestSchema.safeParse(item);
      const result: Rendered = parsed.success
        ? render(parsed.data, language)
        : { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
      if (result.ok) return { index, status: 200 as const, message: result.message };
      const errors = result.errors.map((e) => ({ ...e, pointer: `/items/${index}${e.pointer}` }));
      return { index, status: 400, problem: validationProblem(errors) };
    });
  }

  const languages = {
    default: defaultLanguageTag,
    languages: languageVariants.map((v) => ({
      tag: v.tag,
      ...languageName(v.tag),
      language: v.language,
      formality: v.formality,
      distinguishes: v.distinguishes,
      inherits: v.chain.slice(1),
      resolvesHere: resolvedHere(v.tag),
      templateVersion: sources.get(v.orthography)!.version,
    })),
  };

  /** The reason list with its labels in a language (the ATS mapping is the same in every language), made on first use. */
  const reasonsByLanguage = new Map<string, { language: string; reasons: (typeof reasonList[number] & { label: string })[] }>();
  function reasons(language: LanguageVariant = defaultLanguage) {
    let list = reasonsByLanguage.get(language.tag);
    if (!list) {
      const catalogue = catalogueOf(language.orthography);
      list = { language: language.tag, reasons: reasonList.map((r) => ({ ...r, label: catalogue.reasonLabel(r.code) })) };
      reasonsByLanguage.set(language.tag, list);
    }
    return list;
  }

  /**
   * Loads the catalogues no request has needed yet, one per turn of the event loop so requests are served between
   * them: a server calls it once it listens, so the first message in each language does not pay for loading it.
   */
  async function warm(): Promise<void> {
    for (const source of sources.values()) {
      source.load();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  return {
    templateVersions: [...sources.values()].map((s) => s.version),
    /** A spelling's compiled catalogue, and the clock: what rendering a platform's own template needs of ours. */
    catalogue: catalogueOf,
    nowMs: () => clock(),
    reasons,
    warm,
    scenarios: scenarioViews,
    scenario: (id: string) => scenarioViews.find((s) => s.id === id),
    tones: tones.map(({ id, description }) => ({ id, description })),
    channels: channels.map(({ id, description }) => ({ id, description })),
    languages,
    render,
    variants,
    batch,
  };
}

export type MessageService = ReturnType<typeof createMessageService>;
