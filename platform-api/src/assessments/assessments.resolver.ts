import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { AssessmentStatus } from '../generated/prisma/enums';
import { AssessmentsService } from './assessments.service';
import { Assessment, AssessmentInput } from './dto/assessment.types';

@Resolver()
export class AssessmentsResolver {
  constructor(private readonly service: AssessmentsService) {}

  @Can('read', 'Assessment')
  @Query(() => [Assessment], { description: "The company's assessments, newest first." })
  assessments(
    @CurrentPrincipal() principal: Principal,
    @Args('status', { type: () => AssessmentStatus, nullable: true }) status?: AssessmentStatus,
  ) {
    return this.service.list(principal, status ?? undefined);
  }

  @Can('read', 'Assessment')
  @Query(() => Assessment)
  assessment(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(principal, id);
  }

  @Can('manage', 'Assessment')
  @Mutation(() => Assessment, { description: 'A new draft.' })
  createAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AssessmentInput,
  ) {
    return this.service.create(principal, input);
  }

  @Can('manage', 'Assessment')
  @Mutation(() => Assessment, { description: 'Only before anyone was invited.' })
  updateAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AssessmentInput,
  ) {
    return this.service.update(principal, id, input);
  }

  @Can('manage', 'Assessment')
  @Mutation(() => Assessment, { description: 'Draft to published: candidates can be invited.' })
  publishAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.setStatus(principal, id, 'published');
  }

  @Can('manage', 'Assessment')
  @Mutation(() => Assessment, { description: 'No new invites; existing sessions carry on.' })
  archiveAssessment(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.setStatus(principal, id, 'archived');
  }
}
