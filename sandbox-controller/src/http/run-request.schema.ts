import { z } from 'zod';
import { RUNTIME_IDS } from '../challenges/challenge.schema';

const files = z.record(z.string(), z.string());

/**
 * A run of a challenge: a catalog slug (`challenge`) or a whole challenge folder sent inline
 * (`challengeFiles`, a flat map as parseChallengeFiles takes it), exactly one of them.
 */
export const challengeRunSchema = z
  .object({
    challenge: z.string().min(1).optional(),
    challengeFiles: z.record(z.string(), z.unknown()).optional(),
    files: files.default({}),
    suite: z.enum(['visible', 'hidden', 'all']).default('visible'),
    /** Judge the run's integrity (canaries, test set, scan); default: when hidden tests run. */
    graded: z.boolean().optional(),
    /** FIXPOINT_SEED for randomised tests; a graded run draws a fresh one when absent. */
    seed: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a seed is 1-64 letters, digits, _ or -')
      .optional(),
  })
  .strict()
  .refine((r) => (r.challenge === undefined) !== (r.challengeFiles === undefined), {
    message:
      'send exactly one of challenge (a catalog slug) or challengeFiles (a challenge folder)',
  });

/** POST /v1/validations: a challenge folder as a flat map of relative path -> UTF-8 text. */
export const validationRequestSchema = z
  .object({ challengeFiles: z.record(z.string(), z.unknown()) })
  .strict();

export const adHocRunSchema = z
  .object({
    runtime: z.enum(RUNTIME_IDS),
    files: files.default({}),
    command: z.array(z.string().min(1)).min(1).max(256),
    limits: z
      .object({
        cpuSeconds: z.number().positive().optional(),
        wallSeconds: z.number().positive().optional(),
        memoryMb: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

type ChallengeRunBase = Omit<z.infer<typeof challengeRunSchema>, 'challenge' | 'challengeFiles'>;
export type ChallengeRunRequest = ChallengeRunBase &
  (
    | { challenge: string; challengeFiles?: never }
    | { challengeFiles: Record<string, string>; challenge?: never }
  );
export interface ValidationRequest {
  challengeFiles: Record<string, string>;
}
export type AdHocRunRequest = z.infer<typeof adHocRunSchema>;
