import { AtsValidators } from '@fixpoint/openapi';
import { AtsProblems } from './ats-problem';

const validators = new AtsValidators();

/**
 * The body of an operation, checked against the OpenAPI document's own schema (not a copy):
 * every bad field comes back with its JSON pointer. Returns the body typed as the document's.
 */
export function requestBody<T>(operationId: string, body: unknown): T {
  const errors = validators.checkRequest(operationId, body ?? {});
  if (errors.length) throw AtsProblems.validation(errors);
  return body as T;
}
