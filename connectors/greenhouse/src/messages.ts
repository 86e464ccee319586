import type { FieldError, InvitationOrder, Parsed } from '@fixpoint/connector-core';
import { z } from 'zod';

/*
 * Greenhouse's Assessment Partner API as its own documentation describes it
 * (github.com/grnhse/greenhouse-api-docs, source/includes/assessment/): snake_case, missing
 * values are null, and Greenhouse may add properties at any time, so unknown fields are
 * ignored (zod strips them) and every optional field accepts null.
 */

const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));
const httpUrl = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine((v) => /^https?:\/\/[^\s]+$/.test(v) && URL.canParse(v), 'must be an http(s) URL');

const candidate = z.object({
  first_name: text,
  last_name: text,
  preferred_name: optionalText,
  email: z.string().trim().toLowerCase().pipe(z.email('must be an email address')),
  phone_number: optionalText,
  resume_url: optionalText,
  greenhouse_profile_url: optionalText,
  // Older versions of the docs put the callback URL here.
  url: httpUrl.nullish(),
});

const sendTest = z.object({
  partner_test_id: z.union([text, z.number().transform(String)]),
  candidate,
  sent_by: optionalText,
  url: httpUrl.nullish(),
});

export interface SendTest {
  partnerTestId: string;
  candidate: {
    firstName: string;
    lastName: string;
    email: string;
    phoneNumber: string | null;
    resumeUrl: string | null;
    profileUrl: string | null;
  };
  sentBy: string | null;
  /** Where the "mark test as completed" PATCH goes: top level, or inside `candidate` (older). */
  callbackUrl: string;
}

const pointerOf = (path: PropertyKey[]) =>
  path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function errorsOf(error: z.ZodError): FieldError[] {
  const seen = new Map<string, string>();
  for (const issue of error.issues) {
    const pointer = pointerOf(issue.path);
    const detail =
      issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    if (!seen.has(pointer)) seen.set(pointer, detail);
  }
  return [...seen].map(([pointer, detail]) => ({ pointer, detail }));
}

/** A `send_test` body, tolerantly: unknown fields ignored, the callback URL from either place. */
export function parseSendTest(body: unknown): Parsed<SendTest> {
  const parsed = sendTest.safeParse(body ?? null);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const { data } = parsed;
  const callbackUrl = data.url ?? data.candidate.url ?? null;
  if (!callbackUrl)
    return {
      ok: false,
      errors: [
        { pointer: '/url', detail: 'is required (the URL to PATCH when the test is complete)' },
      ],
    };
  return {
    ok: true,
    value: {
      partnerTestId: data.partner_test_id,
      candidate: {
        firstName: data.candidate.first_name,
        lastName: data.candidate.last_name,
        email: data.candidate.email,
        phoneNumber: data.candidate.phone_number,
        resumeUrl: data.candidate.resume_url,
        profileUrl: data.candidate.greenhouse_profile_url,
      },
      sentBy: data.sent_by,
      callbackUrl,
    },
  };
}

/** The invitation a send_test asks for, keyed by Greenhouse's callback URL. */
export const orderOf = (send: SendTest, externalRef: string): InvitationOrder => ({
  externalRef,
  testId: send.partnerTestId,
  candidate: {
    email: send.candidate.email,
    firstName: send.candidate.firstName,
    lastName: send.candidate.lastName,
  },
  profileUrl: send.candidate.profileUrl,
});

const responseError = z.object({
  api_call: text,
  errors: z.array(z.string()).min(1, 'must list at least one error'),
  partner_test_id: z.union([z.string(), z.number().transform(String)]).nullish(),
  partner_test_name: optionalText,
  partner_interview_id: z.union([z.string(), z.number().transform(String)]).nullish(),
  candidate_email: optionalText,
});

export interface ResponseError {
  apiCall: string;
  errors: string[];
  partnerTestId: string | null;
  partnerTestName: string | null;
  partnerInterviewId: string | null;
  candidateEmail: string | null;
}

/** Greenhouse telling us one of our answers did not validate on its side. */
export function parseResponseError(body: unknown): Parsed<ResponseError> {
  const parsed = responseError.safeParse(body ?? null);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const d = parsed.data;
  return {
    ok: true,
    value: {
      apiCall: d.api_call,
      errors: d.errors.map((e) => e.slice(0, 1000)).slice(0, 50),
      partnerTestId: d.partner_test_id ?? null,
      partnerTestName: d.partner_test_name,
      partnerInterviewId: d.partner_interview_id ?? null,
      candidateEmail: d.candidate_email,
    },
  };
}
