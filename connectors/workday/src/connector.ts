import {
  type AtsConnector,
  type ConnectorContext,
  isFinal,
  type NeutralResult,
  type Parsed,
  type WriteBack,
  type WriteBackOutcome,
} from '@fixpoint/connector-core';
import { z } from 'zod';
import { assessCandidateBody, type WorkdayStatus } from './assumptions';
import { soapCall, type WorkdayUser } from './soap';

/** Where a Workday result goes: the Recruiting endpoint, the resolved order, the status ids. */
export const workdayTargetSchema = z.object({
  endpoint: z.url(),
  assessmentId: z.string().min(1).max(150),
  jobApplicationId: z.string().min(1).max(150),
  testId: z.string().min(1).max(150),
  /** The tenant's Recruiting_Assessment_Status reference ids (its mapping table). */
  statusIds: z.object({
    invited: z.string().min(1),
    in_progress: z.string().min(1),
    completed: z.string().min(1),
  }),
});
export type WorkdayTarget = z.infer<typeof workdayTargetSchema>;

export const externalRefOf = (assessmentId: string) => `wd_${assessmentId}`.slice(0, 200);

export const workdayStatusOf = (result: Pick<NeutralResult, 'status'>): WorkdayStatus =>
  isFinal(result) ? 'completed' : result.status === 'pending' ? 'invited' : 'in_progress';

/** The sync's credentials: the integration system user, as JSON (sealed at rest). */
export const parseUser = (credentials: string | null): WorkdayUser | null => {
  try {
    const user = z
      .object({ username: z.string().min(1), password: z.string().min(1) })
      .parse(JSON.parse(credentials ?? ''));
    return user;
  } catch {
    return null;
  }
};

export const today = () => new Date().toISOString().slice(0, 10);

/** Assess_Candidate with a status, and with the result (comment, score, link) once final. */
async function assess(
  sync: WriteBack<WorkdayTarget>,
  status: WorkdayStatus,
  result: NeutralResult | null,
  context: ConnectorContext,
): Promise<WriteBackOutcome> {
  const user = parseUser(sync.credentials);
  if (!user)
    return { ok: false, statusCode: null, retryable: false, detail: 'Workday is not connected' };
  const { target } = sync;
  const answer = await soapCall(
    context,
    target.endpoint,
    user,
    'Assess_Candidate',
    assessCandidateBody({
      assessmentId: target.assessmentId,
      jobApplicationId: target.jobApplicationId,
      testId: target.testId,
      statusReferenceId: target.statusIds[status],
      assessedOn: today(),
      result,
    }),
  );
  return answer.ok
    ? { ok: true, statusCode: answer.statusCode, retryable: false, detail: '' }
    : {
        ok: false,
        statusCode: answer.statusCode,
        retryable: answer.retryable,
        detail: answer.detail,
      };
}

/**
 * Workday hears each status of its Assess Candidate object: invited (when the order is
 * accepted), in progress (once the candidate begins), completed with the result.
 */
export const workdayConnector: AtsConnector<WorkdayTarget> = {
  ats: 'workday',
  statusOf: workdayStatusOf,
  parseTarget(stored): Parsed<WorkdayTarget> {
    const parsed = workdayTargetSchema.safeParse(stored);
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
  writeBack: (sync, result, context) => assess(sync, workdayStatusOf(result), result, context),
  // The status only: no score or comment before the result is final.
  reportProgress: (sync, _result, context) => assess(sync, 'in_progress', null, context),
};
