import {
  type AtsConnector,
  isFinal,
  type NeutralResult,
  type Parsed,
} from '@fixpoint/connector-core';
import { z } from 'zod';
import { leverCall } from './api';

/**
 * Where a Lever result goes back: the opportunity, and what the tenant chose when it mapped
 * the stage (copied onto the sync so a later mapping change does not rewrite a past result).
 * No secrets: the authorization comes from the tenant's connection at write-back time.
 */
export const leverTargetSchema = z.object({
  apiBase: z.url(),
  opportunityId: z.string().min(1).max(100),
  /** The tag's label: `fixpoint: <label> - pass|fail`. */
  label: z.string().min(1).max(100),
  /** 0-100: a score at or above it passes. */
  passThreshold: z.number().min(0).max(100),
  /** Moved to on a pass, when the tenant chose one. */
  stageOnPass: z.string().min(1).max(100).nullable(),
  /** The Lever user the writes are attributed to (`perform_as`), when the tenant gave one. */
  performAs: z.string().min(1).max(100).nullable(),
});
export type LeverTarget = z.infer<typeof leverTargetSchema>;

export const externalRefOf = (opportunityId: string, stageId: string) =>
  `lv_${opportunityId}_${stageId}`.slice(0, 200);

export const passed = (result: NeutralResult, threshold: number) =>
  result.score !== null && result.score >= threshold;

export const tagOf = (target: LeverTarget, result: NeutralResult) =>
  `fixpoint: ${target.label} - ${passed(result, target.passThreshold) ? 'pass' : 'fail'}`;

/** The note: plain text (Lever notes are not rich), score, each challenge, the report link. */
export function noteOf(target: LeverTarget, result: NeutralResult): string {
  const lines = [
    `Fixpoint: ${result.assessmentTitle}`,
    `Score: ${result.score ?? '-'} / ${result.maxScore} (${
      passed(result, target.passThreshold) ? 'pass' : 'fail'
    } at ${target.passThreshold})`,
    ...result.challenges.map(
      (c) =>
        `- ${c.position}. ${c.title}: ${c.score ?? '-'}${c.reviewStatus === 'accepted' ? ' (reviewed)' : ''}`,
    ),
  ];
  if (result.reportUrl) lines.push(`Report: ${result.reportUrl}`);
  return lines.join('\n');
}

/** Lever lists its statuses as tags; a final result is `pass` or `fail`, otherwise ours. */
export const leverStatusOf = (result: NeutralResult) => (isFinal(result) ? 'final' : result.status);

/**
 * Writes a final result back: the tag first and the stage move (both idempotent), the note
 * last (Lever notes cannot be deduplicated), so a retry after a partial failure repeats only
 * what is safe to repeat; only an answer lost after the note could double it.
 */
export const leverConnector: AtsConnector<LeverTarget> = {
  ats: 'lever',
  statusOf: leverStatusOf,
  parseTarget(stored): Parsed<LeverTarget> {
    const parsed = leverTargetSchema.safeParse(stored);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : {
          ok: false,
          errors: parsed.error.issues.map((i) => ({
            pointer: `/${i.path.join('/')}`,
            detail: i.message,
          })),
        };
  },
  async writeBack(sync, result, context) {
    if (!sync.credentials)
      return { ok: false, statusCode: null, retryable: false, detail: 'Lever is not connected' };
    const { target } = sync;
    const opportunity = `${target.apiBase.replace(/\/$/, '')}/opportunities/${encodeURIComponent(target.opportunityId)}`;
    const query = target.performAs ? `?perform_as=${encodeURIComponent(target.performAs)}` : '';
    const steps: { path: string; method: string; body: unknown }[] = [
      { path: '/addTags', method: 'POST', body: { tags: [tagOf(target, result)] } },
    ];
    if (target.stageOnPass && passed(result, target.passThreshold))
      steps.push({ path: '/stage', method: 'PUT', body: { stage: target.stageOnPass } });
    steps.push({ path: '/notes', method: 'POST', body: { value: noteOf(target, result) } });
    for (const step of steps) {
      const answer = await leverCall(
        context,
        sync.credentials,
        `${opportunity}${step.path}${query}`,
        {
          method: step.method,
          body: step.body,
        },
      );
      if (!answer.ok)
        return {
          ok: false,
          statusCode: answer.statusCode,
          retryable: answer.retryable,
          detail: answer.detail,
        };
    }
    return { ok: true, statusCode: 200, retryable: false, detail: '' };
  },
};
