// zod validation for the API routes, reporting every bad field as a JSON Pointer into the body.
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { fieldErrorsFromIssues } from '../messages/problems.js';
import { RequestValidationError } from './errors.js';

export function zodValidator(schema: z.ZodType) {
  return (data: unknown) => {
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: new RequestValidationError(fieldErrorsFromIssues(result.error.issues)) };
  };
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => zodValidator(schema);
