import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '@fixpoint/contracts/email';
import { z } from 'zod';

/**
 * An email as we store it: trimmed, lower-cased, bounded, with a domain that has a dot (the
 * one rule of @fixpoint/contracts/email, which the front ends check with too).
 */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX_LENGTH, `must be at most ${EMAIL_MAX_LENGTH} characters`)
  .regex(EMAIL_PATTERN, 'must be an email address');
