// The contract of a message's classification, of GET /messages/reasons, and of the request's `atsReasonId`.
import { z } from 'zod';
import { reasonCodes } from './catalogue.js';
import { ashbyTypes, directions, googleStates, greenhouseTypes, leverTypes, outcomes, stages, type GreenhouseType } from './classification.js';

const greenhouseIds = greenhouseTypes.map((t) => t.id) as [GreenhouseType['id'], ...GreenhouseType['id'][]];
const greenhouseNames = greenhouseTypes.map((t) => t.name) as [GreenhouseType['name'], ...GreenhouseType['name'][]];

const DirectionSchema = z
  .enum(directions)
  .describe('Who ended the process. Always `candidate` for the messages this service writes; the other values complete the taxonomy.');

export const AtsMappingSchema = z
  .object({
    greenhouse: z
      .object({
        rejectionReasonType: z
          .object({ id: z.literal(greenhouseIds), name: z.enum(greenhouseNames) })
          .nullable()
          .describe(
            'The `type` of a Greenhouse Harvest rejection reason: pick one of your rejection reasons of this type. `null` ' +
              'for a rescheduled interview: reject nothing, move the scheduled interview.',
          ),
      })
      .describe('Greenhouse (Harvest API).'),
    lever: z
      .object({
        archiveReasonType: z
          .enum(leverTypes)
          .nullable()
          .describe('The `type` of a Lever archive reason: pick one of your archive reasons of this type. `null`: do not archive.'),
      })
      .describe('Lever.'),
    ashby: z
      .object({
        reasonType: z
          .enum(ashbyTypes)
          .nullable()
          .describe('The `reasonType` of an Ashby archive reason: pick one of yours of this type. `null`: do not archive.'),
      })
      .describe('Ashby (`archiveReason.list`).'),
    google: z
      .object({
        applicationState: z
          .enum(googleStates)
          .describe('Google Cloud Talent Solution `Application.state`: `IN_PROGRESS` when the interview is only rescheduled.'),
      })
      .describe('Google Cloud Talent Solution (v4beta1 `Application`).'),
  })
  .meta({
    id: 'AtsMapping',
    description:
      "How the ATS taxonomies record who ended the process. Reason ids are each organisation's own, so the platform " +
      'picks its reason of the given type (or sends its id as `atsReasonId`).',
  });

const ReasonCodeSchema = z.enum(reasonCodes);

export const ReasonSchema = z
  .object({
    code: ReasonCodeSchema.describe('The value of `reason.code` in a request.'),
    label: z.string().describe("A label for an ATS's reason picker, in the list's `language`."),
    private: z.boolean().describe('A private reason: the text says no more than "personal reasons" unless the candidate gives a detail to share.'),
    direction: DirectionSchema,
    ats: AtsMappingSchema,
  })
  .meta({ id: 'Reason' });

export const ReasonListSchema = z
  .object({
    language: z.string().describe('The BCP 47 tag the labels are written in.'),
    reasons: z.array(ReasonSchema),
  })
  .meta({ id: 'ReasonList' });

export const ClassificationSchema = z
  .object({
    outcome: z
      .enum(outcomes)
      .describe(
        '`ended`: the message ends the process (record a withdrawal or decline). `rescheduled` (`intent: reschedule`): ' +
          'the application goes on and only the interview moves, so `ats` says to reject and archive nothing.',
      ),
    direction: DirectionSchema,
    stage: z
      .enum(stages)
      .nullable()
      .describe(
        'Where the process ends: `interview` (an interview is booked or held), `application` (before any interview), ' +
          '`offer`, or `outreach` (a reply to an approach, with no application). `null` for `firm-no`, which follows an ' +
          'earlier no at a stage only the platform knows.',
      ),
    reasonCode: ReasonCodeSchema.nullable().describe(
      "The reason as the message gives it: the request's `reason.code` (`other` for a detail alone), else the reason " +
        "the scenario implies. A private reason is `personal` unless the candidate's detail is printed; with " +
        '`disclosure: none` only an implied reason is given. `null` when the message gives none.',
    ),
    private: z.boolean().describe('Whether `reasonCode` is a private reason (`personal`, `health`, `family`).'),
    ats: AtsMappingSchema,
    atsReasonId: z.string().optional().describe('The `atsReasonId` of the request, exactly as sent.'),
  })
  .meta({
    id: 'Classification',
    description:
      "What the message means to an ATS, to record the withdrawal in the same call. It never carries the reason's detail.",
  });

export const AtsReasonIdSchema = z
  .string()
  .max(128, 'must be at most 128 characters')
  .refine((s) => s.trim() !== '', 'must not be empty or blank')
  .refine((s) => !/[\u0000-\u001F\u007F\u2028\u2029]/.test(s), 'must be a single line without control characters')
  .refine((s) => !/[\uFFFD\p{Cs}]/u.test(s), 'must be valid UTF-8 text (no replacement characters or lone surrogates)')
  .describe(
    "Your own ATS reason id (e.g. a Greenhouse rejection reason id), echoed untouched in `classification.atsReasonId`. " +
      'Never written into the message.',
  )
  .meta({ example: '4471' });
