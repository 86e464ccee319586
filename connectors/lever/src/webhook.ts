import type { FieldError, Parsed } from '@fixpoint/connector-core';
import { z } from 'zod';

/**
 * A candidate-stage-change delivery (research §2.4): ids only, no names or e-mail. Unknown
 * fields are ignored. Lever's "connection test" is signed but may have no opportunity: it
 * parses with `opportunityId: null` and is answered 200 without acting.
 */
const deliverySchema = z.object({
  event: z.string().min(1),
  token: z.string().min(1).max(200),
  triggeredAt: z.number().int().positive(),
  signature: z.string().min(1).max(200),
  data: z
    .object({
      opportunityId: z.string().min(1).max(100).nullish(),
      toStageId: z.string().min(1).max(100).nullish(),
      fromStageId: z.string().min(1).max(100).nullish(),
    })
    .nullish(),
});

export interface StageChange {
  event: string;
  token: string;
  triggeredAt: number;
  signature: string;
  opportunityId: string | null;
  toStageId: string | null;
}

const errorsOf = (error: z.ZodError): FieldError[] =>
  error.issues.map((issue) => ({
    pointer: `/${issue.path.join('/')}`,
    detail: issue.message,
  }));

export function parseStageChange(body: unknown): Parsed<StageChange> {
  const parsed = deliverySchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const { data, ...rest } = parsed.data;
  return {
    ok: true,
    value: {
      ...rest,
      opportunityId: data?.opportunityId ?? null,
      toStageId: data?.toStageId ?? null,
    },
  };
}

/** The part of `GET /opportunities/:id` the invite needs; Lever wraps it in `data`. */
const opportunitySchema = z.object({
  data: z.object({
    id: z.string().min(1),
    name: z.string().nullish(),
    emails: z.array(z.string()).nullish(),
    stage: z.union([z.string(), z.object({ id: z.string() })]).nullish(),
    archived: z.unknown().nullish(),
    urls: z.object({ show: z.string().nullish() }).nullish(),
  }),
});

export interface Opportunity {
  id: string;
  stageId: string | null;
  archived: boolean;
  email: string | null;
  firstName: string;
  lastName: string;
  profileUrl: string | null;
}

export function parseOpportunity(body: unknown): Parsed<Opportunity> {
  const parsed = opportunitySchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const o = parsed.data.data;
  // Lever keeps one display name; the platform wants two parts (the last word is the family name).
  const words = (o.name ?? '').trim().split(/\s+/).filter(Boolean);
  const lastName = words.length > 1 ? words.pop()! : '';
  return {
    ok: true,
    value: {
      id: o.id,
      stageId: typeof o.stage === 'string' ? o.stage : (o.stage?.id ?? null),
      archived: o.archived !== null && o.archived !== undefined,
      email: o.emails?.find((e) => e.includes('@')) ?? null,
      firstName: words.join(' ') || 'Candidate',
      lastName: lastName || '-',
      profileUrl: o.urls?.show ?? null,
    },
  };
}
