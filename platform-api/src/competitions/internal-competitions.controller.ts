import { createHash, timingSafeEqual } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { Internal } from '../common/access.decorators';
import { isUuid } from '../common/ids';
import { sendProblem as problem } from '../common/problem.filter';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { LeaderboardService } from '../leaderboards/leaderboard.service';
import { CompetitionPhases, phaseRequest } from './competition-phases';
import { parseSchedule } from './competition-schedule';
import { CompetitionsService } from './competitions.service';

/** A submit already graded elsewhere (the live bench): what the leaderboard path receives. */
const gradedSubmit = z.object({
  userId: z.string().uuid(),
  challengeId: z.string().uuid(),
  correctnessPermille: z.number().int().min(0).max(1000),
});

const digest = (value: string) => createHash('sha256').update(value).digest();

const publicContest = z.object({
  title: z.string(),
  description: z.string().optional(),
  registrationOpensAt: z.coerce.date(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  freezeMinutes: z.number().int().default(0),
  failedSubmitPenalty: z.number().int().default(0),
  challengeSlugs: z.array(z.string()),
});

/**
 * Internal REST (the worker and the platform's operators, not browsers), authenticated by the
 * shared INTERNAL_API_TOKEN: the competition workflow's phase activity, and creating a public
 * contest (the platform runs those). Errors are RFC 9457.
 */
@Internal()
@Controller('internal/v1/competitions')
export class InternalCompetitionsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly phases: CompetitionPhases,
    private readonly competitions: CompetitionsService,
    private readonly leaderboards: LeaderboardService,
  ) {}

  @Post()
  @HttpCode(201)
  async create(
    @Headers('authorization') authorization: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!this.authorized(authorization))
      return problem(res, 401, 'UNAUTHENTICATED', 'A valid internal token is required.');
    const parsed = publicContest.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(res, 400, 'BAD_USER_INPUT', `${issue.path.join('.')}: ${issue.message}`);
    }
    const id = await this.competitions.create({ tenantId: null }, parseSchedule(parsed.data));
    return { id };
  }

  @Post(':id/phase')
  @HttpCode(200)
  async setPhase(
    @Param('id') id: string,
    @Headers('authorization') authorization: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!this.authorized(authorization))
      return problem(res, 401, 'UNAUTHENTICATED', 'A valid internal token is required.');
    if (!isUuid(id)) return problem(res, 404, 'NOT_FOUND', 'No such competition.');
    const parsed = phaseRequest.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(res, 400, 'BAD_USER_INPUT', `${issue.path.join('.')}: ${issue.message}`);
    }
    return this.phases.set(id, parsed.data);
  }

  /**
   * Injects an already-graded submit at the point after grading: the row, the sorted-set update
   * and the publish, exactly as a real submit continues after the sandbox. The live bench uses
   * it (two cores cannot grade 1,000 real submits quickly); the internal token guards it.
   */
  @Post(':id/graded-submits')
  @HttpCode(201)
  async injectGraded(
    @Param('id') id: string,
    @Headers('authorization') authorization: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!this.authorized(authorization))
      return problem(res, 401, 'UNAUTHENTICATED', 'A valid internal token is required.');
    if (!isUuid(id)) return problem(res, 404, 'NOT_FOUND', 'No such competition.');
    const parsed = gradedSubmit.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return problem(res, 400, 'BAD_USER_INPUT', `${issue.path.join('.')}: ${issue.message}`);
    }
    const { verdict } = await this.leaderboards.recordGraded({
      competitionId: id,
      ...parsed.data,
      integrityVerdict: 'clean',
      reviewStatus: 'not_needed',
    });
    return verdict;
  }

  private authorized(authorization: string | undefined): boolean {
    const presented = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
    return timingSafeEqual(digest(presented), digest(this.config.INTERNAL_API_TOKEN));
  }
}
