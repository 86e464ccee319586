import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import type { Files } from '../catalog/challenge-content';
import { solverFiles, toDetail } from '../catalog/challenge-view';
import { ChallengeDetail, File, Hint } from '../catalog/dto/challenge.types';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import { toRun, toSubmission } from './attempt-view';
import type { AttemptRow } from './attempts.service';
import { ChallengeVersions } from './challenge-versions';
import { Attempt, Run, Submission } from './dto/attempt.types';

/**
 * The parts of an attempt a client asks for only sometimes (autosave needs none of them): each
 * is loaded when the query selects it, in the caller's scope.
 */
@Resolver(() => Attempt)
export class AttemptFieldsResolver {
  constructor(
    private readonly db: ScopedDb,
    private readonly versions: ChallengeVersions,
  ) {}

  private version(principal: Principal, attempt: AttemptRow) {
    return this.db.run(scopeOf(principal), (tx) =>
      this.versions.get(tx, attempt.challengeVersionId),
    );
  }

  @ResolveField(() => ChallengeDetail, { description: 'The challenge version this attempt is on.' })
  async challenge(@Parent() attempt: AttemptRow, @CurrentPrincipal() principal: Principal) {
    const version = await this.version(principal, attempt);
    return toDetail(version.challenge.slug, version);
  }

  @ResolveField(() => [File], { description: 'The challenge files with your current changes.' })
  async files(@Parent() attempt: AttemptRow, @CurrentPrincipal() principal: Principal) {
    return solverFiles(await this.version(principal, attempt), attempt.files as Files);
  }

  @ResolveField(() => [Hint], { description: 'Hints revealed so far, in order.' })
  async hints(@Parent() attempt: AttemptRow, @CurrentPrincipal() principal: Principal) {
    const version = await this.version(principal, attempt);
    return (version.hints as unknown as Hint[]).slice(0, attempt.hintsRevealed);
  }

  @ResolveField(() => [Run], { description: 'Newest first (the latest 50).' })
  runs(@Parent() attempt: AttemptRow, @CurrentPrincipal() principal: Principal) {
    return this.db.run(scopeOf(principal), async (tx) =>
      (
        await tx.run.findMany({
          where: { attemptId: attempt.id },
          orderBy: { createdAt: 'desc' },
          take: 50,
        })
      ).map(toRun),
    );
  }

  @ResolveField(() => Submission, { nullable: true })
  submission(@Parent() attempt: AttemptRow, @CurrentPrincipal() principal: Principal) {
    return this.db.run(scopeOf(principal), async (tx) => {
      const row = await tx.submission.findUnique({ where: { attemptId: attempt.id } });
      return row ? toSubmission(row) : null;
    });
  }
}
