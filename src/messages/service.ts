// The message service: what the HTTP routes call. Compiles the catalogue once; renders, varies and batches.
import { channels, scenarios, toneIds, tones, type Scenario, type ToneId } from './catalogue.js';
import { examples } from './examples.js';
import { fieldErrorsFromIssues, validationProblem } from './problems.js';
import { normaliseRequest, renderMessage } from './render.js';
import { MessageRequestSchema, type FieldError, type Message, type MessageRequest, type Problem, type VariantsRequest } from './schema.js';
import { loadCatalogue } from './templates.js';

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
    tones: [...toneIds],
    channels: channels.map((c) => c.id),
    fields: { required: [...s.fields.required], uses: [...s.fields.uses] },
    example: examples.get(s.id)!,
  };
}

/**
 * Renders every scenario's example in every tone and channel once. A template the build did not precompile is
 * compiled here (Handlebars compiles on first call), not on some candidate's request, and a template that breaks
 * in strict mode stops the start, naming where, instead of failing requests later.
 */
function selfCheck(catalogue: ReturnType<typeof loadCatalogue>): void {
  for (const scenario of scenarios) {
    for (const tone of toneIds) {
      for (const channel of channels) {
        const request = { ...examples.get(scenario.id)!, tone, channel: channel.id };
        try {
          const normalised = normaliseRequest(request, Date.parse(request.now ?? '2026-01-01T00:00:00Z'));
          if (normalised.ok) renderMessage(normalised.value, catalogue);
        } catch (err) {
          throw new Error(`templates for ${scenario.id}/${tone}/${channel.id} fail to render: ${(err as Error).message}`);
        }
      }
    }
  }
}

export function createMessageService(options: MessageServiceOptions = {}) {
  const catalogue = loadCatalogue('en', options.templatesDir);
  const clock = options.clock ?? Date.now;
  const scenarioViews = scenarios.map(describeScenario);
  selfCheck(catalogue);

  function render(request: MessageRequest): Rendered {
    const normalised = normaliseRequest(request, clock());
    if (!normalised.ok) return normalised;
    return { ok: true, message: renderMessage(normalised.value, catalogue) };
  }

  function variants(request: VariantsRequest): Varied {
    const { tones: wanted, ...facts } = request;
    const list = [...new Set<ToneId>(wanted ?? toneIds)];
    const out: Message[] = [];
    for (const tone of list) {
      const result = render({ ...facts, tone });
      if (!result.ok) return result;
      out.push(result.message);
    }
    return { ok: true, variants: out };
  }

  /** Each item is validated and rendered on its own; pointers name the field within the batch body. */
  function batch(items: readonly unknown[]): BatchResult[] {
    return items.map((item, index) => {
      const parsed = MessageRequestSchema.safeParse(item);
      const result: Rendered = parsed.success
        ? render(parsed.data)
        : { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
      if (result.ok) return { index, status: 200 as const, message: result.message };
      const errors = result.errors.map((e) => ({ ...e, pointer: `/items/${index}${e.pointer}` }));
      return { index, status: 400, problem: validationProblem(errors) };
    });
  }

  return {
    templateVersion: catalogue.version,
    scenarios: scenarioViews,
    scenario: (id: string) => scenarioViews.find((s) => s.id === id),
    tones: tones.map(({ id, description }) => ({ id, description })),
    channels: channels.map(({ id, description }) => ({ id, description })),
    render,
    variants,
    batch,
  };
}

export type MessageService = ReturnType<typeof createMessageService>;
