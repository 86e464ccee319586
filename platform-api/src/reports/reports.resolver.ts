import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { DecideIntegrityReview } from './decide-integrity-review.use-case';
import { CandidateReport } from './dto/report.types';
import { IntegrityDecision, ReviewDecision } from './dto/review.types';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly decide: DecideIntegrityReview,
  ) {}

  @Can('read', 'CandidateReport')
  @Query(() => CandidateReport)
  candidateReport(
    @CurrentPrincipal() principal: Principal,
    @Args('inviteId', { type: () => ID }) inviteId: string,
  ) {
    return this.reports.report(principal, inviteId);
  }

  @Can('update', 'CandidateReport')
  @Mutation(() => IntegrityDecision, {
    description:
      'Decides a submission withheld by its integrity review: ACCEPT releases the computed score, REJECT counts it as 0. Final (a second decision is CONFLICT); audited with the reason.',
  })
  decideIntegrityReview(
    @CurrentPrincipal() principal: Principal,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('decision', { type: () => ReviewDecision }) decision: ReviewDecision,
    @Args('reason') reason: string,
  ) {
    return this.decide.execute(principal, submissionId, decision, reason);
  }
}
