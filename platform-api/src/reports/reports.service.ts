import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import type { Principal } from '../auth/principal';
import type { Files } from '../catalog/challenge-content';
import { isUuid } from '../common/ids';
import { ScopedDb, scopeOf, type Tx } from '../database/scoped-db.service';
import { ChallengeVersions } from '../attempts/challenge-versions';
import { editableFiles } from '../attempts/file-input';
import { toCandidateInvite } from '../invites/candidate-status';
import type { CandidateReport, ReportChallenge, SimilarityMatch } from './dto/report.types';
import { challengeIntegrity, deciders, testsOf } from './report-integrity';
import { countedScore } from './integrity-review';
import { unifiedDiff } from './unified-diff';
import { similarity } from './winnowing';

const SIMILARITY_FLOOR = 0.5;

/** One text of a snapshot's files, for fingerprinting and side-by-side reading. */
const asText = (files: Files) =>
  Object.keys(files)
    .sort()
    .map((path) => `// ${path}\n${files[path]}`)
    .join('\n');

/**
 * The candidate report: score and breakdown per challenge, every run with the code diff at it,
 * the final diff against the starter, the graded run's integrity findings with their evidence
 * and the review decision (a withheld score shows as null), and integrity signals (paste and
 * focus-loss counts from the IDE; winnowing similarity to other candidates of the same
 * assessment) for a human to judge. Read live from the session's rows, so it is the same before and after caching.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly versions: ChallengeVersions,
  ) {}

  report(principal: Principal, inviteId: string): Promise<CandidateReport> {
    return this.db.run(scopeOf(principal), async (tx) => {
      if (!isUuid(inviteId)) throw notFound();
      const invite = await tx.candidateInvite.findUnique({
        where: { id: inviteId },
        include: {
          session: true,
          assessment: { include: { challenges: { orderBy: { position: 'asc' } } } },
        },
      });
      if (!invite) throw notFound();
      const session = invite.session;
      const attempts = session
        ? await tx.attempt.findMany({
            where: { sessionId: session.id },
            include: { runs: { orderBy: { createdAt: 'asc' } }, submission: true },
          })
        : [];
      const versionsOfAttempts = await Promise.all(
        attempts.map((a) => this.versions.get(tx, a.challengeVersionId)),
      );
      const names = await deciders(
        tx,
        attempts.map((a) => a.submission?.reviewedBy),
      );
      const challenges: ReportChallenge[] = [];
      const similar: SimilarityMatch[] = [];
      for (const link of invite.assessment.challenges) {
        const current = await tx.challenge.findUniqueOrThrow({
          where: { id: link.challengeId },
          select: { slug: true, currentVersionId: true },
        });
        const index = versionsOfAttempts.findIndex((v) => v.challengeId === link.challengeId);
        const attempt = index >= 0 ? attempts[index] : undefined;
        const version = attempt
          ? versionsOfAttempts[index]
          : await this.versions.get(tx, current.currentVersionId!);
        const starter = editableFiles(version.starterFiles as Files, version.editable);
        let previous = starter;
        const runs = (attempt?.runs ?? []).map((run) => {
          const files = run.files as Files;
          const diff = unifiedDiff(previous, files);
          previous = files;
          return {
            at: run.createdAt,
            suite: run.suite,
            status: run.status,
            passed: run.passed,
            failed: run.failed,
            tests: testsOf(run.result),
            diff,
          };
        });
        const final = (attempt?.files as Files | undefined) ?? starter;
        challenges.push({
          position: link.position,
          slug: current.slug,
          title: version.title,
          language: version.language,
          score: attempt?.submission ? countedScore(attempt.submission) : 0,
          breakdown: attempt?.submission?.breakdown ?? null,
          hiddenPassed: attempt?.submission?.hiddenPassed ?? 0,
          hiddenTotal: attempt?.submission?.hiddenTotal ?? 0,
          hintsUsed: attempt?.hintsRevealed ?? 0,
          runs,
          finalDiff: unifiedDiff(starter, final),
          integrity: attempt?.submission
            ? challengeIntegrity(
                attempt.submission,
                attempt.runs.find((r) => r.id === attempt.submission!.runId)?.integrity,
                names,
              )
            : null,
        });
        if (attempt) {
          similar.push(
            ...(await this.similarTo(
              tx,
              invite,
              { id: link.challengeId, slug: current.slug },
              asText(final),
              asText(starter),
            )),
          );
        }
      }
      const ended = session?.phase === 'submitted' || session?.phase === 'expired';
      const result = session?.result as { endedBy?: string } | null | undefined;
      return {
        invite: toCandidateInvite(invite),
        assessmentTitle: invite.assessment.title,
        endedBy: ended ? (result?.endedBy ?? session!.phase) : null,
        timeLimitSeconds:
          session?.timeLimitSeconds ??
          Math.round(invite.assessment.timeLimitMinutes * 60 * (1 + invite.extraTimePercent / 100)),
        totalScore: ended ? session!.score : null,
        reviewRequired: challenges.some((c) => c.integrity?.reviewStatus === 'pending'),
        challenges,
        integrity: {
          pasteEvents: session?.pasteEvents ?? 0,
          focusLosses: session?.focusLosses ?? 0,
          similar: similar.sort((a, b) => b.similarity - a.similarity),
        },
      };
    });
  }

  /** Other candidates of the same assessment whose final code for this challenge is alike. */
  private async similarTo(
    tx: Tx,
    invite: { id: string; assessmentId: string },
    challenge: { id: string; slug: string },
    mine: string,
    starter: string,
  ): Promise<SimilarityMatch[]> {
    const others = await tx.attempt.findMany({
      where: {
        challengeVersion: { challengeId: challenge.id },
        session: { invite: { assessmentId: invite.assessmentId, id: { not: invite.id } } },
      },
      select: {
        files: true,
        session: { select: { invite: { select: { id: true, name: true, email: true } } } },
      },
    });
    return others.flatMap((other) => {
      const theirs = asText(other.files as Files);
      const score = similarity(mine, theirs, starter);
      if (score < SIMILARITY_FLOOR || !other.session) return [];
      const who = other.session.invite;
      return [
        {
          inviteId: who.id,
          candidate: who.name ? `${who.name} <${who.email}>` : who.email,
          challengeSlug: challenge.slug,
          similarity: Math.round(score * 100) / 100,
          mine,
          theirs,
        },
      ];
    });
  }
}

const notFound = () => new AppError('NOT_FOUND', 'No such candidate in this company.');
