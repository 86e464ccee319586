import { z } from 'zod';
import { RUNTIME_IDS } from '../challenges/challenge.schema';

const files = z.record(z.string(), z.string());

export const challengeRunSchema = z
  .object({
    challenge: z.string().min(1),
    files: files.default({}),
    suite: z.enum(['visible', 'hidden', 'all']).default('visible'),
  })
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

export type ChallengeRunRequest = z.infer<typeof challengeRunSchema>;
export type AdHocRunRequest = z.infer<typeof adHocRunSchema>;
