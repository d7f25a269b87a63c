// GET /messages/reasons: the reason codes, and how each maps onto the ATS taxonomies platforms record them in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reasonList } from '../messages/classification.js';
import { ReasonListSchema } from '../messages/classification-schema.js';
import { serviceProblems } from './schemas.js';

export const reasonRoutes: FastifyPluginAsyncZod = async (app) => {
  const reasons = { reasons: [...reasonList] };

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
          'in its `classification`, with the stage and the reason that message gives.',
        response: { 200: ReasonListSchema, ...serviceProblems },
      },
    },
    async () => reasons,
  );
};
