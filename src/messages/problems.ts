// Problem details (RFC 9457) for the domain's own failures, and zod issues as field errors with JSON pointers.
import type { core } from 'zod';
import type { FieldError, Problem } from './schema.js';

export const problemTypes = {
  validation: '/problems/validation',
  malformedJson: '/problems/malformed-json',
  notFound: '/problems/not-found',
  payloadTooLarge: '/problems/payload-too-large',
  unsupportedMediaType: '/problems/unsupported-media-type',
  notAcceptable: '/problems/not-acceptable',
  tooManyRequests: '/problems/too-many-requests',
  unavailable: '/problems/unavailable',
  unauthorized: '/problems/unauthorized',
  storeUnavailable: '/problems/store-unavailable',
  invalidTemplate: '/problems/invalid-template',
  internal: '/problems/internal',
} as const;

/** RFC 6901: "~" and "/" inside a key are escaped. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fieldErrorsFromIssues(issues: readonly core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ pointer: toPointer([...path, key]), message: 'is not a known field' });
    } else if (issue.code === 'invalid_type' && path.length === prefix.length) {
      errors.push({ pointer: toPointer(path), message: 'the request body must be a JSON object' });
    } else if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
      errors.push({ pointer: toPointer(path), message: 'is required' });
    } else {
      errors.push({ pointer: toPointer(path), message: issue.message.replace(/^Invalid input: /, '') });
    }
  }
  return errors;
}

export function validationProblem(errors: FieldError[], detail?: string): Problem {
  const fields = [...new Set(errors.map((e) => e.pointer || '(body)'))];
  return {
    type: problemTypes.validation,
    title: 'Invalid request',
    status: 400,
    detail: detail ?? `The request has ${errors.length === 1 ? 'an invalid field' : `${errors.length} invalid fields`}: ${fields.join(', ')}.`,
    errors,
  };
}
