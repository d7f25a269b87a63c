// Discovery: the scenarios (with their fields and a working example), tones and channels.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scenarioIds } from '../messages/catalogue.js';
import { problemTypes } from '../messages/problems.js';
import type { MessageService } from '../messages/service.js';
import type { Tenancy } from '../tenants/tenancy.js';
import { problem, sendProblem } from '../plugins/errors.js';
import { ChannelListSchema, LanguageListSchema, ScenarioListSchema, ScenarioSchema, ToneListSchema, problems, serviceProblems } from './schemas.js';

export const catalogueRoutes: FastifyPluginAsyncZod<{ service: MessageService; tenancy: Tenancy }> = async (app, { service, tenancy }) => {
  const scenarioList = { scenarios: service.scenarios };
  const toneList = { tones: service.tones };
  const channelList = { channels: service.channels };
  const languageList = service.languages;

  app.get(
    '/messages/scenarios',
    {
      schema: {
        tags: ['catalogue'],
        operationId: 'listScenarios',
        summary: 'List the scenarios',
        description:
          'Every situation the service writes for, with its default tone, the fields it requires and uses (as JSON ' +
          'Pointers into the request body), and a complete example request. With an API key, without the scenarios the ' +
          "platform's settings say it does not offer.",
        response: { 200: ScenarioListSchema, ...serviceProblems },
      },
    },
    async (request) => {
      if (!request.principal) return scenarioList;
      const { disabledScenarios } = (await tenancy.words(request.principal.tenantId)).settings;
      return disabledScenarios.length === 0 ? scenarioList : { scenarios: service.scenarios.filter((s) => !disabledScenarios.includes(s.id)) };
    },
  );

  app.get(
    '/messages/scenarios/:id',
    {
      schema: {
        tags: ['catalogue'],
        operationId: 'getScenario',
        summary: 'Get one scenario',
        description: 'One scenario by id. An unknown id is a 404 problem that lists the known ids.',
        params: z.object({ id: z.string().max(100).meta({ example: 'accepted-another-offer' }) }),
        response: { 200: ScenarioSchema, 404: problems[404], ...serviceProblems },
      },
    },
    async (request, reply) => {
      const scenario = service.scenario(request.params.id);
      if (scenario) return scenario;
      return sendProblem(
        reply,
        problem(404, problemTypes.notFound, 'Unknown scenario', `There is no scenario "${request.params.id}"; the scenarios are: ${scenarioIds.join(', ')}.`),
      );
    },
  );

  app.get(
    '/messages/tones',
    {
      schema: {
        tags: ['catalogue'],
        operationId: 'listTones',
        summary: 'List the tones',
        description: 'The tones a message can be written in, each described so a user can choose.',
        response: { 200: ToneListSchema, ...serviceProblems },
      },
    },
    async () => toneList,
  );

  app.get(
    '/messages/channels',
    {
      schema: {
        tags: ['catalogue'],
        operationId: 'listChannels',
        summary: 'List the channels',
        description: 'The channels a message can be written for, with their limits.',
        response: { 200: ChannelListSchema, ...serviceProblems },
      },
    },
    async () => channelList,
  );

  app.get(
    '/messages/languages',
    {
      schema: {
        tags: ['catalogue'],
        operationId: 'listLanguages',
        summary: 'List the languages',
        description:
          'The BCP 47 tags the service writes in, each with its names, whether it distinguishes formal and informal ' +
          'address (`formality`), what sets it apart from the other variants of its language, the variants whose words ' +
          'it inherits, and tags that resolve to it; and the default. Any other tag of the same language resolves to ' +
          'the closest of these, as CLDR\'s language matching groups them.',
        response: { 200: LanguageListSchema, ...serviceProblems },
      },
    },
    async () => languageList,
  );
};
