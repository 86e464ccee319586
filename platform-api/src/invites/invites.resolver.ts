import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { CandidateInput, CandidateInvite, InviteCandidatesPayload } from './dto/invite.types';
import { InvitesService } from './invites.service';
import { pipelineCsv } from './pipeline-csv';

@Resolver()
export class InvitesResolver {
  constructor(private readonly invites: InvitesService) {}

  @Can('read', 'Pipeline')
  @Query(() => [CandidateInvite], { description: "An assessment's pipeline, oldest invite first." })
  candidates(
    @CurrentPrincipal() principal: Principal,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
  ) {
    return this.invites.list(principal, assessmentId);
  }

  @Can('read', 'Pipeline')
  @Query(() => String, { description: 'The pipeline as RFC 4180 CSV.' })
  async pipelineCsv(
    @CurrentPrincipal() principal: Principal,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
  ) {
    return pipelineCsv(await this.invites.list(principal, assessmentId));
  }

  @Can('manage', 'Invite')
  @Mutation(() => InviteCandidatesPayload, {
    description: 'Invites the valid rows; invalid ones come back as errors. 1 to 500 at a time.',
  })
  inviteCandidates(
    @CurrentPrincipal() principal: Principal,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('candidates', { type: () => [CandidateInput] }) candidates: CandidateInput[],
    @Args('expiresInDays', { type: () => Int, defaultValue: 7 }) expiresInDays: number,
  ) {
    return this.invites.invite(principal, assessmentId, candidates, expiresInDays);
  }

  @Can('manage', 'Invite')
  @Mutation(() => CandidateInvite, { description: 'A new link (the old one stops working).' })
  resendInvite(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.invites.resend(principal, id);
  }

  @Can('manage', 'Invite')
  @Mutation(() => CandidateInvite, { description: 'Only before the candidate opened the link.' })
  revokeInvite(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.invites.revoke(principal, id);
  }

  @Can('manage', 'Invite')
  @Mutation(() => CandidateInvite, {
    description: 'Extra time in percent, before the candidate starts.',
  })
  setAccommodation(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('extraTimePercent', { type: () => Int }) extraTimePercent: number,
  ) {
    return this.invites.setAccommodation(principal, id, extraTimePercent);
  }
}
