import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AttemptsService } from '../attempts/attempts.service';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can, Public } from '../common/access.decorators';
import { CandidateSessionsService } from './candidate-sessions.service';
import { CandidateAuth, CandidateLanding, CandidateSession } from './dto/session.types';

@Resolver()
export class CandidateResolver {
  constructor(
    private readonly sessions: CandidateSessionsService,
    private readonly attempts: AttemptsService,
  ) {}

  @Public()
  @Query(() => CandidateLanding, { description: 'What an invite link leads to (no sign-in).' })
  candidateInvite(@Args('token') token: string) {
    return this.sessions.landing(token);
  }

  @Public()
  @Mutation(() => CandidateAuth, {
    description:
      'Opens the session behind the link (the same one every time) with a candidate token.',
  })
  openCandidateSession(@Args('token') token: string) {
    return this.sessions.open(token);
  }

  @Can('read', 'CandidateSession')
  @Query(() => CandidateSession, { description: "The candidate token's session." })
  candidateSession(@CurrentPrincipal() principal: Principal) {
    return this.sessions.view(principal);
  }

  @Can('update', 'CandidateSession')
  @Mutation(() => CandidateSession, { description: 'Starts the clock. Needs consent; idempotent.' })
  beginAssessment(@CurrentPrincipal() principal: Principal, @Args('consent') consent: boolean) {
    return this.sessions.begin(principal, consent);
  }

  @Can('update', 'CandidateSession')
  @Mutation(() => Boolean, { description: 'Adds paste and focus-loss counts seen by the IDE.' })
  recordIntegrity(
    @CurrentPrincipal() principal: Principal,
    @Args('pastes', { type: () => Int }) pastes: number,
    @Args('focusLosses', { type: () => Int }) focusLosses: number,
  ) {
    return this.sessions.recordIntegrity(principal, pastes, focusLosses);
  }

  @Can('update', 'CandidateSession')
  @Mutation(() => CandidateSession, { description: 'Ends early; every challenge is scored.' })
  async submitAssessment(@CurrentPrincipal() principal: Principal) {
    await this.attempts.runLimits.hit(principal); // every challenge's hidden tests run
    return this.sessions.submit(principal);
  }
}
