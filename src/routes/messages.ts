// Rendering: POST /messages (with content negotiation and ETags), /messages/variants and /messages/batch.
import Negotiator from 'negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { classificationTag } from '../messages/classification.js';
import { problemTypes, validationProblem } from '../messages/problems.js';
import {
  BatchRequestSchema,
  BatchResponseSchema,
  maxBatchItems,
  MessageRequestSchema,
  MessageSchema,
  VariantsRequestSchema,
  VariantsResponseSchema,
  type Message,
} from '../messages/schema.js';
import { negotiateLanguage, type LanguageVariant } from '../messages/languages/index.js';
import type { MessageService } from '../messages/service.js';
import { problem, sendProblem } from '../plugins/errors.js';
import { zodValidator } from '../plugins/validation.js';
import type { Tenancy } from '../tenants/tenancy.js';
import { bodyProblems, problems } from './schemas.js';

const representations = ['application/json', 'text/plain', 'text/html'] as const;
/** The same list as Negotiator takes it, made once rather than copied on every request. */
const offered: string[] = [...representations];

/** RFC 9110 If-None-Match: a list of entity tags (weak comparison) or "*". */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/**
 * The language for a body that names none, from Accept-Language (in q-value order); every answer says it may
 * depend on that header.
 */
function negotiated(request: FastifyRequest, reply: FastifyReply): LanguageVariant | undefined {
  reply.header('vary', 'Accept-Language');
  const header = request.headers['accept-language'];
  return header ? negotiateLanguage(new Negotiator(request.raw).languages()) : undefined;
}

function sendMessage(request: FastifyRequest, reply: FastifyReply, message: Message) {
  // Negotiator itself, not `accepts`: that loads the whole mime database at start to map extensions, and these are
  // full types already. No Accept header means the first, JSON.
  const type = (request.headers.accept ? (new Negotiator(request.raw).mediaType(offered) ?? false) : representations[0]) as
    | (typeof representations)[number]
    | false;
  reply.header('vary', 'Accept, Accept-Language');
  reply.header('content-language', message.language);
  if (!type) {
    return sendProblem(reply, problem(406, problemTypes.notAcceptable, 'Not acceptable', `This operation produces ${representations.join(', ')}.`));
  }
  if (type === 'text/html' && message.html === undefined) {
    return sendProblem(
      reply,
      problem(406, problemTypes.notAcceptable, 'Not acceptable', `HTML is produced for the email channel only; this message is for ${message.channel}. Ask for application/json or text/plain.`),
    );
  }
  // The id covers the words; the JSON body also carries the classification, which can change on its own.
  const json = type === 'application/json';
  const etag = `"${message.id}${json ? `.${classificationTag(message.classification)}` : type === 'text/plain' ? '.txt' : '.html'}"`;
  reply.header('etag', etag);
  // The caller may keep the message and revalidate it by its ETag; a shared cache must not keep personal data.
  reply.header('cache-control', 'private, no-cache');
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  if (json) return reply.send(message);
  // Plain strings bypass the JSON serializer.
  return reply
    .type(`${type}; charset=utf-8`)
    .serializer((s: unknown) => s as string)
    .send(type === 'text/plain' ? message.text : message.html);
}

export const messageRoutes: FastifyPluginAsyncZod<{ service: MessageService; tenancy: Tenancy }> = async (app, { service, tenancy }) => {
  app.post(
    '/messages',
    {
      schema: {
        tags: ['messages'],
        operationId: 'renderMessage',
        summary: 'Render one message',
        description:
          'Renders the message for one scenario, tone and channel. Only `scenario`, `candidate.name` and `company` are ' +
          "required; `tone` defaults to the scenario's default, `channel` to `email`. Unknown fields are rejected.\n\n" +
          'Content negotiation: `Accept: text/plain` returns just the text, `text/html` the HTML (email only). ' +
          'Each representation has an `ETag`; send it back in `If-None-Match` to get `304 Not Modified`. The same ' +
          'request (with the same `now`) always gives the same message.\n\n' +
          'Language: the body\'s `language` (a BCP 47 tag), else the `Accept-Language` header, else `en-US`; the answer ' +
          'names the tag it wrote in, in `language` and in `Content-Language`.\n\n' +
          'Phrasing: each part of the text has several reviewed wordings, chosen by `phrasingSeed` (or by a seed derived ' +
          'from the candidate, recipient and company), so candidates on one platform do not all send the same sentences. ' +
          'For canonical text, send a fixed `phrasingSeed`.',
        body: MessageRequestSchema,
        response: {
          200: {
            description: 'The rendered message.',
            content: {
              'application/json': { schema: MessageSchema },
              'text/plain': { schema: z.string().describe('The text alone.') },
              'text/html': { schema: z.string().describe('The HTML alone (email only).') },
            },
          },
          304: z.null().describe('Not modified: the `If-None-Match` tag still matches this representation.'),
          406: problems[406],
          ...bodyProblems,
        },
      },
    },
    async (request, reply) => {
      const language = negotiated(request, reply);
      const principal = request.principal;
      const result = principal ? await tenancy.render(principal, request.body, language) : service.render(request.body, language);
      if (!result.ok) return sendProblem(reply, validationProblem(result.errors));
      app.countRender(result.message);
      app.traceRender(request, result.message);
      return sendMessage(request, reply, result.message);
    },
  );

  app.post(
    '/messages/variants',
    {
      schema: {
        tags: ['messages'],
        operationId: 'renderVariants',
        summary: 'Render one message in several tones',
        description:
          'The same facts rendered once per tone (every tone, or those listed in `tones`), so a user can compare ' +
          'them side by side.',
        body: VariantsRequestSchema,
        response: { 200: VariantsResponseSchema, ...bodyProblems },
      },
    },
    async (request, reply) => {
      const language = negotiated(request, reply);
      const principal = request.principal;
      const result = principal ? await tenancy.variants(principal, request.body, language) : service.variants(request.body, language);
      if (!result.ok) return sendProblem(reply, validationProblem(result.errors));
      for (const message of result.variants) {
        app.countRender(message);
        app.traceRender(request, message);
      }
      reply.header('content-language', result.variants[0]!.language);
      return { variants: result.variants };
    },
  );

  app.post(
    '/messages/batch',
    {
      schema: {
        tags: ['messages'],
        operationId: 'renderBatch',
        summary: 'Render up to 100 messages at once',
        description:
          `Renders 1 to ${maxBatchItems} messages in order. Each item succeeds or fails on its own: a bad item gets ` +
          '`status: 400` and a problem whose pointers start with `/items/{index}`, and the others still render. This ' +
          'is how a platform withdraws a candidate from every other open application once they accept an offer.',
        body: BatchRequestSchema,
        response: { 200: BatchResponseSchema, ...bodyProblems },
      },
      // Only the envelope is validated here; items are validated one by one so one bad item fails alone.
      validatorCompiler: () => zodValidator(BatchEnvelopeSchema),
    },
    async (request, reply) => {
      const items = (request.body as BatchEnvelope).items;
      const language = negotiated(request, reply);
      const results = request.principal ? await tenancy.batch(request.principal, items, language) : service.batch(items, language);
      for (const result of results) {
        if (!('message' in result)) continue;
        app.countRender(result.message);
        app.traceRender(request, result.message);
      }
      // Items may each name their own language: the header is set only when they agree.
      const languages = new Set(results.flatMap((r) => ('message' in r ? [r.message.language] : [])));
      if (languages.size === 1) reply.header('content-language', [...languages][0]!);
      return { results };
    },
  );
};

const BatchEnvelopeSchema = z.strictObject({
  items: z
    .array(z.unknown())
    .min(1, 'must hold at least 1 item')
    .max(maxBatchItems, `must hold at most ${maxBatchItems} items`),
});
type BatchEnvelope = z.infer<typeof BatchEnvelopeSchema>;
