// The OpenAPI 3.1 document, generated from the zod schemas, and Swagger UI at /docs (unless DOCS_ENABLED=false).
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { crossFieldRulesDescription } from '../messages/cross-field-rules.js';
import { openapiInfo } from '../openapi-info.js';
import { requestExamples } from '../openapi-examples.js';

type Document = ReturnType<typeof jsonSchemaTransformObject>;
type Operation = {
  operationId?: string;
  requestBody?: { content?: Record<string, { example?: unknown }> };
  responses?: Record<string, { headers?: Record<string, unknown> }>;
};

const retryAfter = {
  description: 'Seconds to wait before trying again.',
  schema: { type: 'integer', minimum: 0, example: 10 },
};

/** Puts each operation's example request body on its media type, where Swagger UI's "Try it out" reads it. */
function withRequestExamples(document: Document): Document {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item as Record<string, Operation>)) {
      const example = operation.operationId ? requestExamples[operation.operationId] : undefined;
      const media = operation.requestBody?.content?.['application/json'];
      // PUT bodies too (a template, the settings): "Try it out" starts from something valid.
      if (example && media) media.example = JSON.parse(JSON.stringify(example));
    }
  }
  return document;
}

/** Rate limiting (429) and load shedding (503) answer with Retry-After; the zod type provider drops response headers. */
function withRetryAfter(document: Document): Document {
  const doc = document as { components?: { headers?: Record<string, unknown> } };
  const components = (doc.components ??= {});
  (components.headers ??= {})['RetryAfter'] = retryAfter;
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item as Record<string, Operation>)) {
      for (const status of ['429', '503']) {
        const response = operation.responses?.[status];
        if (response) response.headers = { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } };
      }
    }
  }
  return document;
}

/** A request's description lists the facts that contradict each other, from the rules the parser applies. */
function withCrossFieldRules(document: Document): Document {
  const schemas = (document as { components?: { schemas?: Record<string, { description?: string }> } }).components?.schemas ?? {};
  for (const id of ['MessageRequest', 'MessageRequestInput']) {
    const schema = schemas[id];
    if (schema) schema.description = `${schema.description ?? ''}\n\n${crossFieldRulesDescription}`.trim();
  }
  return document;
}

export default fp<{ ui?: boolean }>(
  async function docs(app: FastifyInstance, { ui = true }) {
    await app.register(swagger, {
      openapi: openapiInfo,
      transform: jsonSchemaTransform,
      transformObject: (input) => withCrossFieldRules(withRetryAfter(withRequestExamples(jsonSchemaTransformObject(input)))),
    });
    // DOCS_ENABLED=false: no Swagger UI, while /openapi.json stays for clients and generators.
    if (ui) {
      await app.register(swaggerUi, {
        routePrefix: '/docs',
        uiConfig: { url: '/openapi.json', docExpansion: 'list', deepLinking: true },
      });
    }
    const document = () => app.swagger();
    app.get('/openapi.json', { schema: { hide: true } }, async () => document());
  },
  { name: 'docs' },
);
