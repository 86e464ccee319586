/**
 * UNCONFIRMED ASSUMPTIONS, all of them here (research §3.3 marks them unconfirmed): the order
 * payload a customer's Workday integration sends (fixture: fixtures/unconfirmed-order.json), the
 * shape of Get_Assess_Candidate's request and answer, and the result fields of Assess_Candidate
 * (`Assess_Candidate_Test_Result_Data`). A customer's real WSDL or payload changes this module
 * and that fixture, nothing else: the SOAP plumbing (soap.ts) and the connector only call the
 * functions below.
 */
import type { FieldError, NeutralResult, Parsed } from '@fixpoint/connector-core';
import { z } from 'zod';

// ---- The order (Criteria's field names) --------------------------------------------------

const orderSchema = z.object({
  Candidate_First_Name: z.string().trim().min(1).max(100),
  Candidate_Last_Name: z.string().trim().min(1).max(100),
  Candidate_Email: z.email(),
  Candidate_ID: z.string().min(1).max(100),
  Job_Requisition_ID: z.string().min(1).max(100).nullish(),
  Assessment_Status: z.string().nullish(),
  /** The assessment entry in Workday (`Assess_Candidate_Reference`): keys the order. */
  Assessment_ID: z.string().min(1).max(150),
});

export interface WorkdayOrder {
  assessmentId: string;
  candidateId: string;
  requisitionId: string | null;
  candidate: { email: string; firstName: string; lastName: string };
}

export function parseOrder(body: unknown): Parsed<WorkdayOrder> {
  const parsed = orderSchema.safeParse(body);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((i): FieldError => ({
        pointer: `/${i.path.join('/')}`,
        detail: i.message,
      })),
    };
  const o = parsed.data;
  return {
    ok: true,
    value: {
      assessmentId: o.Assessment_ID,
      candidateId: o.Candidate_ID,
      requisitionId: o.Job_Requisition_ID ?? null,
      candidate: {
        email: o.Candidate_Email,
        firstName: o.Candidate_First_Name,
        lastName: o.Candidate_Last_Name,
      },
    },
  };
}

// ---- Get_Assess_Candidate -------------------------------------------------------------------

const id = (type: string, value: string) => ({ 'wd:ID': { '@_wd:type': type, '#text': value } });

export const getAssessCandidateBody = (order: WorkdayOrder) => ({
  'wd:Get_Assess_Candidate_Request': {
    '@_wd:version': 'v45.0',
    'wd:Request_References': {
      'wd:Assess_Candidate_Reference': id('Assessment_ID', order.assessmentId),
    },
  },
});

/** What the order resolves to: the job application to assess and the test Workday linked. */
export interface ResolvedOrder {
  jobApplicationId: string;
  testId: string;
}

const idOf = (ref: unknown, type: string): string | null => {
  const ids = (ref as { ID?: unknown } | undefined)?.ID;
  for (const entry of Array.isArray(ids) ? ids : [ids]) {
    const e = entry as { '@_type'?: string; '#text'?: string } | string | undefined;
    if (typeof e === 'object' && e?.['@_type'] === type && e['#text']) return e['#text'];
  }
  return null;
};

export function parseGetAssessCandidate(body: Record<string, unknown>): ResolvedOrder | null {
  const response = (body.Envelope as { Body?: Record<string, unknown> } | undefined)?.Body
    ?.Get_Assess_Candidate_Response as
    | { Response_Data?: { Assess_Candidate?: { Assess_Candidate_Data?: Record<string, unknown> } } }
    | undefined;
  const data = response?.Response_Data?.Assess_Candidate?.Assess_Candidate_Data;
  const assessment = data?.Candidate_Assessment_Data as Record<string, unknown> | undefined;
  const test = (
    assessment?.Assess_Candidate_Test_Result_Data as Record<string, unknown> | undefined
  )?.Assessment_Test_Reference;
  const jobApplicationId = idOf(data?.Job_Application_Reference, 'Job_Application_ID');
  const testId = idOf(test, 'Recruiting_Assessment_Test_ID');
  return jobApplicationId && testId ? { jobApplicationId, testId } : null;
}

// ---- Assess_Candidate --------------------------------------------------------------------

/** Our statuses, each sent as the tenant's own Recruiting_Assessment_Status reference id. */
export type WorkdayStatus = 'invited' | 'in_progress' | 'completed';

export interface AssessCandidateInput {
  assessmentId: string;
  jobApplicationId: string;
  testId: string;
  statusReferenceId: string;
  /** Today, as Workday's date (YYYY-MM-DD). */
  assessedOn: string;
  result: NeutralResult | null;
}

/** Overall_Assessment_Comment: the score, each challenge, and the report link. */
export const commentOf = (result: NeutralResult) =>
  [
    `Fixpoint ${result.assessmentTitle}: ${result.score ?? '-'} / ${result.maxScore}`,
    ...result.challenges.map((c) => `${c.position}. ${c.title}: ${c.score ?? '-'}`),
    ...(result.reportUrl ? [`Report: ${result.reportUrl}`] : []),
  ].join('\n');

export const assessCandidateBody = (input: AssessCandidateInput) => ({
  'wd:Assess_Candidate_Request': {
    '@_wd:version': 'v45.0',
    'wd:Assess_Candidate_Data': {
      'wd:Job_Application_Reference': id('Job_Application_ID', input.jobApplicationId),
      'wd:Candidate_Assessment_Data': {
        'wd:Assess_Candidate_Reference': input.assessmentId,
        'wd:Assessed_On_Date': input.assessedOn,
        'wd:Assessment_Status_Reference': id(
          'Recruiting_Assessment_Status_ID',
          input.statusReferenceId,
        ),
        'wd:Overall_Assessment_Comment': input.result ? commentOf(input.result) : undefined,
        'wd:Assess_Candidate_Test_Result_Data': {
          'wd:Assessment_Test_Reference': id('Recruiting_Assessment_Test_ID', input.testId),
          'wd:Test_Status_Reference': id(
            'Recruiting_Assessment_Status_ID',
            input.statusReferenceId,
          ),
          'wd:Score': input.result?.score ?? undefined,
          'wd:Assessment_Test_URL': input.result?.reportUrl ?? undefined,
        },
      },
    },
  },
});
