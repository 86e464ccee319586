import { matchesAny } from '@fixpoint/sandbox-controller';
import type { ChallengeVersion } from '../generated/prisma/client';
import type { Files } from './challenge-content';
import {
  type ChallengeDetail,
  type ChallengeSummary,
  type File,
  SourceKind,
} from './dto/challenge.types';

/** What a solver sees of a version: starter files and visible tests, never hidden tests or the fix. */
export function solverFiles(version: ChallengeVersion, current?: Files): File[] {
  const starter = version.starterFiles as Files;
  const tests = version.visibleTests as Files;
  return [
    ...Object.entries(starter).map(([path, content]) => ({
      path,
      content: current?.[path] ?? content,
      editable: matchesAny(path, version.editable),
    })),
    ...Object.entries(tests).map(([path, content]) => ({ path, content, editable: false })),
  ].sort((a, b) => a.path.localeCompare(b.path));
}

export type SummaryFields = Pick<
  ChallengeVersion,
  | 'title'
  | 'language'
  | 'framework'
  | 'difficulty'
  | 'bugTypes'
  | 'tags'
  | 'estimatedMinutes'
  | 'sourceKind'
  | 'sourceUrl'
>;

export function toSummary(slug: string, v: SummaryFields): ChallengeSummary {
  return {
    slug,
    title: v.title,
    language: v.language,
    framework: v.framework,
    difficulty: v.difficulty,
    bugTypes: v.bugTypes,
    tags: v.tags,
    estimatedMinutes: v.estimatedMinutes,
    sourceKind: v.sourceKind === 'github' ? SourceKind.GITHUB : SourceKind.SYNTHETIC,
    sourceUrl: v.sourceUrl,
  };
}

export function toDetail(slug: string, v: ChallengeVersion): ChallengeDetail {
  const limits = v.limits as { cpuSeconds: number; wallSeconds: number; memoryMb: number };
  return {
    ...toSummary(slug, v),
    summary: v.summary,
    runtime: v.runtime,
    learningObjectives: v.learningObjectives,
    hintCount: (v.hints as unknown[]).length,
    files: solverFiles(v),
    limits: {
      cpuSeconds: Math.round(limits.cpuSeconds),
      wallSeconds: Math.round(limits.wallSeconds),
      memoryMb: limits.memoryMb,
    },
  };
}
