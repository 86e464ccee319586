import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { CandidateReport } from './dto/report.types';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Can('read', 'CandidateReport')
  @Query(() => CandidateReport)
  candidateReport(
    @CurrentPrincipal() principal: Principal,
    @Args('inviteId', { type: () => ID }) inviteId: string,
  ) {
    return this.reports.report(principal, inviteId);
  }
}
