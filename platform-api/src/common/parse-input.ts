import type { z } from 'zod';
import { AppError } from './app-error';

/** Bad input, named by its field: "name: must not be empty" (BAD_USER_INPUT, `field` in extensions). */
export const invalid = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });

/**
 * Input checked against its zod schema, or BAD_USER_INPUT for the first issue, named by its
 * path (`files.0.path`), or by `whole` when the input itself is wrong (not an object at all).
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, whole = 'input'): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw invalid(issue.path.map(String).join('.') || whole, issue.message);
}
