import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '../auth/principal';
import { FileInput } from '../attempts/dto/attempt.types';
import { Can, Public } from '../common/access.decorators';
import { AppError } from '../common/app-error';
import { CompetitionSubmit } from './competition-submit.use-case';
import { parseSchedule } from './competition-schedule';
import { CompetitionControls } from './competition-controls';
import { CompetitionsService } from './competitions.service';
import { InviteFinalists, MAX_FINALISTS } from './invite-finalists.use-case';
import { InviteCandidatesPayload } from '../invites/dto/invite.types';
import {
  Competition,
  CompetitionScheduleInput,
  CompetitionVerdict,
  CompetitionWhen,
  Leaderboard,
} from './dto/competition.types';

const bounded = (field: string, value: number, min: number, max: number) => {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new AppError(
      'BAD_USER_INPUT',
      `${field}: must be a whole number from ${min} to ${max}.`,
      {
        field,
      },
    );
  return value;
};

@Resolver(() => Competition)
export class CompetitionsResolver {
  constructor(
    private readonly service: CompetitionsService,
    private readonly submitUseCase: CompetitionSubmit,
    private readonly controls: CompetitionControls,
    private readonly finalists: InviteFinalists,
  ) {}

  @Public()
  @Query(() => [Competition], { description: 'Competitions: upcoming, live or past (50 at most).' })
  competitions(
    @OptionalPrincipal() viewer: Principal | undefined,
    @Args('when', { type: () => CompetitionWhen }) when: CompetitionWhen,
  ) {
    return this.service.list(when, viewer);
  }

  @Public()
  @Query(() => Competition)
  competition(
    @OptionalPrincipal() viewer: Principal | undefined,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.get(id, viewer);
  }

  @Public()
  @Query(() => Leaderboard, {
    description:
      'A page of the board, best first. Non-staff see the frozen board during the freeze.',
  })
  leaderboard(
    @OptionalPrincipal() viewer: Principal | undefined,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ) {
    return this.service.leaderboard(
      competitionId,
      viewer,
      bounded('offset', offset, 0, 1_000_000),
      bounded('first', first, 1, 100),
    );
  }

  @Can('solve', 'Challenge')
  @Query(() => Leaderboard, { description: 'You and the `radius` entrants above and below you.' })
  leaderboardAroundMe(
    @CurrentPrincipal() viewer: Principal,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('radius', { type: () => Int, defaultValue: 3 }) radius: number,
  ) {
    return this.service.aroundMe(competitionId, viewer, bounded('radius', radius, 0, 25));
  }

  @Can('solve', 'Challenge')
  @Mutation(() => Competition, {
    description:
      "Registers you (during registration, or late while live). A hiring competition's company sees your result in its pipeline: it needs consent: true (see consentNotice).",
  })
  registerForCompetition(
    @CurrentPrincipal() principal: Principal,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('consent', {
      type: () => Boolean,
      defaultValue: false,
      description: 'You agree to the consentNotice (required for hiring competitions).',
    })
    consent: boolean,
  ) {
    return this.service.register(principal, competitionId, consent);
  }

  @Can('solve', 'Challenge')
  @Mutation(() => CompetitionVerdict, {
    description:
      'Grades your attempt on a competition challenge (hidden tests, integrity checks) and updates the board; submit again to improve.',
  })
  submitCompetitionAttempt(
    @CurrentPrincipal() principal: Principal,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('files', { type: () => [FileInput], nullable: true }) files?: FileInput[],
  ) {
    return this.submitUseCase.execute(principal, competitionId, attemptId, files ?? undefined);
  }

  @Can('manage', 'Assessment')
  @Query(() => [Competition], { description: "Your company's hiring competitions." })
  hiringCompetitions(@CurrentPrincipal() principal: Principal) {
    return this.service.ofTenant(principal);
  }

  @Can('manage', 'Assessment')
  @Mutation(() => Competition, { description: 'Creates and schedules a hiring competition.' })
  async createHiringCompetition(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CompetitionScheduleInput,
  ) {
    const id = await this.service.create(
      { tenantId: principal.tenant!.id, userId: principal.userId },
      parseSchedule(input),
    );
    return this.service.get(id, principal);
  }

  @Can('manage', 'Assessment')
  @Mutation(() => Competition, {
    description:
      'Moves the end (and the freeze) later by minutes. CONFLICT (reason WRONG_PHASE) once ended or cancelled.',
  })
  async extendHiringCompetition(
    @CurrentPrincipal() principal: Principal,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('minutes', { type: () => Int }) minutes: number,
  ) {
    await this.controls.extend(principal, competitionId, bounded('minutes', minutes, 1, 1440));
    return this.service.get(competitionId, principal);
  }

  @Can('manage', 'Assessment')
  @Mutation(() => Competition, {
    description:
      'Stops the clock: no phase changes and no submits until resumed. Idempotent; CONFLICT (reason WRONG_PHASE) once ended or cancelled.',
  })
  async pauseHiringCompetition(
    @CurrentPrincipal() principal: Principal,
    @Args('competitionId', { type: () => ID }) competitionId: string,
  ) {
    await this.controls.pause(principal, competitionId);
    return this.service.get(competitionId, principal);
  }

  @Can('manage', 'Assessment')
  @Mutation(() => Competition, {
    description:
      'Restarts the clock; deadlines not yet reached move later by the pause. Idempotent; CONFLICT (reason WRONG_PHASE) once ended or cancelled.',
  })
  async resumeHiringCompetition(
    @CurrentPrincipal() principal: Principal,
    @Args('competitionId', { type: () => ID }) competitionId: string,
  ) {
    await this.controls.resume(principal, competitionId);
    return this.service.get(competitionId, principal);
  }

  @Can('manage', 'Assessment')
  @Mutation(() => Competition, {
    description:
      'Cancels the competition: no ratings, no results. Idempotent; CONFLICT (reason WRONG_PHASE) once ended.',
  })
  async cancelHiringCompetition(
    @CurrentPrincipal() principal: Principal,
    @Args('competitionId', { type: () => ID }) competitionId: string,
  ) {
    await this.controls.cancel(principal, competitionId);
    return this.service.get(competitionId, principal);
  }

  @Can('manage', 'Invite')
  @Mutation(() => InviteCandidatesPayload, {
    description:
      "Invites a finished hiring competition's top entrants (1 to 100, with points) to one of your assessments; ones already invited come back as errors.",
  })
  inviteCompetitionFinalists(
    @CurrentPrincipal() principal: Principal,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('top', { type: () => Int }) top: number,
  ) {
    return this.finalists.execute(
      principal,
      competitionId,
      assessmentId,
      bounded('top', top, 1, MAX_FINALISTS),
    );
  }
}
