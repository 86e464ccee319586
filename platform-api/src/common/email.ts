import { z } from 'zod';

/** An email as we store it: trimmed, lower-cased, bounded, with a domain that has a dot. */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'must be an email address');
