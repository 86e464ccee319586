import { z } from 'zod';
import { CompetitionErrors } from './competitions.errors';
import type { CompetitionScheduleInput } from './dto/competition.types';

const schedule = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters'),
    description: z.string().max(10_000, 'at most 10,000 characters').default(''),
    registrationOpensAt: z.date(),
    startsAt: z.date(),
    endsAt: z.date(),
    freezeMinutes: z.number().int().min(0).max(1440, 'at most 1440 (a day)'),
    failedSubmitPenalty: z.number().int().min(0).max(500, 'at most 500 points'),
    challengeSlugs: z
      .array(z.string().min(1))
      .min(1, 'pick at least one challenge')
      .max(20, 'at most 20 challenges')
      .refine((s) => new Set(s).size === s.length, 'each challenge at most once'),
  })
  .superRefine((v, ctx) => {
    if (v.registrationOpensAt > v.startsAt)
      ctx.addIssue({
        code: 'custom',
        path: ['registrationOpensAt'],
        message: 'must not be after startsAt',
      });
    if (v.endsAt <= v.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
    if (v.freezeMinutes * 60_000 > v.endsAt.getTime() - v.startsAt.getTime())
      ctx.addIssue({
        code: 'custom',
        path: ['freezeMinutes'],
        message: 'must not be longer than the competition',
      });
  });

export type Schedule = z.infer<typeof schedule>;

/** A validated schedule, or BAD_USER_INPUT naming the first field that is wrong. */
export function parseSchedule(input: CompetitionScheduleInput | unknown): Schedule {
  const parsed = schedule.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw CompetitionErrors.badSchedule(issue.message, issue.path.join('.') || 'input');
}
