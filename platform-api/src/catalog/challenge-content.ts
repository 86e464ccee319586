import { createHash } from 'node:crypto';
import {
  type Challenge,
  challengeManifestSchema,
  type FileTree,
} from '@fixpoint/sandbox-controller';
import { z } from 'zod';
import { changedLines } from '../scoring/line-diff';

export const BUG_TYPES = [
  'off-by-one',
  'logic',
  'null-reference',
  'type-coercion',
  'state-mutation',
  'async-ordering',
  'race-condition',
  'concurrency',
  'resource-leak',
  'performance',
  'injection',
  'path-traversal',
  'error-handling',
  'date-time',
  'floating-point',
  'api-misuse',
] as const;

/** The whole challenge.yaml (challenges/README.md): the controller's part plus the content. */
export const challengeContentSchema = challengeManifestSchema.extend({
  title: z.string().min(1).max(120),
  summary: z.string().min(1),
  language: z.enum(['javascript', 'typescript', 'python', 'go', 'java', 'rust', 'cpp']),
  framework: z.string().min(1).default('none'),
  difficulty: z.number().int().min(1).max(5),
  bugTypes: z.array(z.enum(BUG_TYPES)).min(1).max(3),
  tags: z.array(z.string().min(1)).default([]),
  estimatedMinutes: z.number().int().positive(),
  learningObjectives: z.array(z.string().min(1)).min(1),
  source: z.object({
    kind: z.enum(['github', 'synthetic']),
    url: z.url().optional(),
    license: z.string().optional(),
  }),
  hints: z.array(z.object({ level: z.number().int().positive(), text: z.string().min(1) })).min(3),
});

export type ChallengeContent = z.infer<typeof challengeContentSchema>;

export type Files = Record<string, string>;

export const filesOf = (tree: FileTree): Files =>
  Object.fromEntries(
    [...tree].sort(([a], [b]) => a.localeCompare(b)).map(([p, b]) => [p, b.toString('utf8')]),
  );

/** Everything stored in a challenge version, derived from the folder on disk. */
export interface ChallengeVersionData {
  slug: string;
  content: ChallengeContent;
  contentHash: string;
  starterFiles: Files;
  solutionFiles: Files;
  visibleTests: Files;
  hiddenTests: Files;
  /** tests.json: the test names graded runs must report (absent for an upload without one). */
  testIds: { visible: string[]; hidden: string[] } | null;
  referenceChangeLines: number;
}

export function versionDataOf(challenge: Challenge): ChallengeVersionData {
  const parsed = challengeContentSchema.safeParse(challenge.manifest);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`challenges/${challenge.slug}/challenge.yaml: ${problems.join('; ')}`);
  }
  const starterFiles = filesOf(challenge.starter);
  const solutionFiles = filesOf(challenge.solution);
  const visibleTests = filesOf(challenge.visibleTests);
  const hiddenTests = filesOf(challenge.hiddenTests);
  const content = parsed.data;
  const testIds = challenge.testIds ?? null;
  // Canonical JSON (sorted keys) of everything a solver or a run could observe; a changed test
  // set is a new version (left out when absent, so content without one keeps its hash).
  const contentHash = createHash('sha256')
    .update(
      canonicalJson({
        content,
        starterFiles,
        solutionFiles,
        visibleTests,
        hiddenTests,
        ...(testIds ? { testIds } : {}),
      }),
    )
    .digest('hex');
  const referenceChangeLines = Object.entries(solutionFiles).reduce(
    (sum, [path, fixed]) => sum + changedLines(starterFiles[path] ?? '', fixed),
    0,
  );
  return {
    slug: challenge.slug,
    content,
    contentHash,
    starterFiles,
    solutionFiles,
    visibleTests,
    hiddenTests,
    testIds,
    referenceChangeLines,
  };
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
