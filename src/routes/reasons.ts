// GET /messages/reasons: the reason codes, labelled in the language Accept-Language asks for, and how each maps onto
// the ATS taxonomies platforms record them in.
import Negotiator from 'negotiator';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ReasonListSchema } from '../messages/classification-schema.js';
import { negotiateLanguage } from '../messages/languages/index.js';
import type { MessageService } from '../messages/service.js';
import { serviceProblems } from './schemas.js';

export const reasonRoutes: FastifyPluginAsyncZod<{ service: MessageService }> = async (app, { service }) => {
  app.get(
    '/messages/reasons',
    {
      schema: {
        tags: ['catalogue'],
        operationId: 'listReasons',
        summary: 'List the reasons and their ATS mapping',
        description:
          'Every value of `reason.code`, with a label, whether it is private, and how a withdrawal for it is recorded ' +
          'in Greenhouse, Lever, Ashby and Google Cloud Talent Solution. Each rendered message carries the same mapping ' +
          'in its `classification`, with the stage and the reason that message gives. The labels are in the language ' +
          '`Accept-Language` asks for (any language the service writes; else English), named in `language` and ' +
          '`Content-Language`.',
        response: { 200: ReasonListSchema, ...serviceProblems },
      },
    },
    async (request, reply) => {
      const header = request.headers['accept-language'];
      const list = service.reasons(header ? negotiateLanguage(new Negotiator(request.raw).languages()) : undefined);
      reply.header('vary', 'Accept-Language');
      reply.header('content-language', list.language);
      return list;
    },
  );
};
