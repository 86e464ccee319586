import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Hint } from '../catalog/dto/challenge.types';
import { Can } from '../common/access.decorators';
import { AttemptsService } from './attempts.service';
import { Attempt, AttemptConnection, FileInput, Run, Submission } from './dto/attempt.types';
import { RunTests } from './run-tests/run-tests.use-case';
import { SubmitAttempt } from './submit-attempt.use-case';

@Resolver()
export class AttemptsResolver {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly submitAttempt: SubmitAttempt,
    private readonly runTestsUseCase: RunTests,
  ) {}

  @Can('read', 'Attempt')
  @Query(() => Attempt)
  attempt(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.attempts.get(principal, id);
  }

  @Can('read', 'Attempt')
  @Query(() => AttemptConnection, { description: 'Your practice attempts, newest first.' })
  myAttempts(
    @CurrentPrincipal() principal: Principal,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.attempts.mine(principal, first, after ?? undefined);
  }

  @Can('solve', 'Challenge')
  @Mutation(() => Attempt, { description: 'Your open attempt on this challenge, or a new one.' })
  startAttempt(@CurrentPrincipal() principal: Principal, @Args('slug') slug: string) {
    return this.attempts.start(principal, slug);
  }

  @Can('update', 'Attempt')
  @Mutation(() => Attempt, { description: 'Autosave: only files you may edit; bounded sizes.' })
  saveFiles(
    @CurrentPrincipal() principal: Principal,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('files', { type: () => [FileInput] }) files: FileInput[],
  ) {
    return this.attempts.saveFiles(principal, attemptId, files);
  }

  @Can('update', 'Attempt')
  @Mutation(() => Attempt, { description: 'Back to the starter files.' })
  resetAttempt(
    @CurrentPrincipal() principal: Principal,
    @Args('attemptId', { type: () => ID }) attemptId: string,
  ) {
    return this.attempts.reset(principal, attemptId);
  }

  @Can('update', 'Attempt')
  @Mutation(() => Run, { description: 'Saves the files if given, then runs the visible tests.' })
  runTests(
    @CurrentPrincipal() principal: Principal,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('files', { type: () => [FileInput], nullable: true }) files?: FileInput[],
  ) {
    return this.runTestsUseCase.execute(principal, attemptId, files ?? undefined);
  }

  @Can('update', 'Attempt')
  @Mutation(() => Hint, { description: 'Reveals the next hint level; each one costs score.' })
  revealHint(
    @CurrentPrincipal() principal: Principal,
    @Args('attemptId', { type: () => ID }) attemptId: string,
  ) {
    return this.attempts.revealHint(principal, attemptId);
  }

  @Can('update', 'Attempt')
  @Mutation(() => Submission, {
    description: 'Runs the hidden tests, scores, and ends the attempt.',
  })
  async submit(
    @CurrentPrincipal() principal: Principal,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('files', { type: () => [FileInput], nullable: true }) files?: FileInput[],
  ) {
    await this.attempts.runLimits.hit(principal); // the hidden tests run in the sandbox
    await this.attempts.get(principal, attemptId); // NOT_FOUND unless it is the caller's
    return this.submitAttempt.execute(principal, attemptId, files ?? undefined);
  }
}
