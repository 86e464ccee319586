import { z } from 'zod';

export const RUNTIME_IDS = ['node', 'python', 'go', 'java', 'rust', 'cpp'] as const;
export type RuntimeId = (typeof RUNTIME_IDS)[number];

export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * The part of challenge.yaml the controller relies on (challenges/README.md has the whole
 * format). Other fields are content for the catalog and pass through unchecked here.
 */
export const challengeManifestSchema = z
  .object({
    slug: z.string().regex(SLUG, 'lowercase letters, digits and dashes'),
    runtime: z.enum(RUNTIME_IDS),
    language: z.string().optional(),
    editable: z
      .array(z.string().min(1))
      .min(1)
      .refine(
        (globs) => globs.some((g) => !g.startsWith('!')),
        'needs a glob that includes paths; `!` globs only exclude',
      ),
    limits: z.object({
      cpuSeconds: z.number().positive(),
      wallSeconds: z.number().positive(),
      memoryMb: z.number().int().positive(),
    }),
    /** Plausible fixes that are wrong: each has a `wrong-fixes/<name>/` overlay and a reason. */
    wrongFixes: z
      .array(
        z.object({
          name: z.string().regex(SLUG, 'lowercase letters, digits and dashes'),
          why: z.string().min(1),
        }),
      )
      .optional(),
  })
  .passthrough();

export type ChallengeManifest = z.infer<typeof challengeManifestSchema>;
