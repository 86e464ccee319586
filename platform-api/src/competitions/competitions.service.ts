import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import type { Tx } from '../database/scoped-db.service';
import type { CompetitionPhase as Phase } from '../generated/prisma/enums';
import { LeaderboardService } from '../leaderboards/leaderboard.service';
import type { BoardKind } from '../leaderboards/leaderboard.store';
import { PlatformDb } from '../leaderboards/platform-db';
import { boardFor } from '../leaderboards/standings.source';
import { CompetitionWorkflows } from './competition-workflows';
import type { Schedule } from './competition-schedule';
import { challengeIds, challengesOf, consentNotice, hostName } from './competition-view';
import { toCompetition, withNames } from './competition-view';
import { addEntrantToPipeline, createCompetitionAssessment } from './hiring-pipeline';
import { CompetitionErrors } from './competitions.errors';
import type { Competition, CompetitionWhen, Leaderboard } from './dto/competition.types';

const WHEN: Record<CompetitionWhen, Phase[]> = {
  upcoming: ['scheduled', 'registration'],
  live: ['live', 'frozen'],
  past: ['ended', 'final', 'cancelled'],
};

/** Competitions: creation (public by the platform, hiring by a tenant), listing, registration, boards. */
@Injectable()
export class CompetitionsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly platform: PlatformDb,
    private readonly workflows: CompetitionWorkflows,
    private readonly boards: LeaderboardService,
  ) {}

  /** A public contest (tenantId null, the platform's internal route) or a tenant's hiring one. */
  async create(owner: { tenantId: string | null; userId?: string }, s: Schedule): Promise<string> {
    const work = async (tx: Tx) => {
      const idOf = await challengeIds(tx, s.challengeSlugs, owner.tenantId);
      const assessmentId = owner.tenantId
        ? await createCompetitionAssessment(tx, {
            tenantId: owner.tenantId,
            title: s.title,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            createdBy: owner.userId,
          })
        : null;
      const row = await tx.competition.create({
        data: {
          tenantId: owner.tenantId,
          kind: owner.tenantId ? 'hiring' : 'public_contest',
          assessmentId,
          title: s.title,
          description: s.description,
          registrationOpensAt: s.registrationOpensAt,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          freezeMinutes: s.freezeMinutes,
          failedSubmitPenalty: s.failedSubmitPenalty,
          createdBy: owner.userId,
          challenges: {
            create: s.challengeSlugs.map((slug, i) => ({
              position: i + 1,
              challengeId: idOf.get(slug)!,
            })),
          },
        },
      });
      // In the transaction: no competition without its timers (a failed start rolls it back).
      await this.workflows.start(row);
      return row.id;
    };
    return owner.tenantId
      ? this.db.run({ tenantId: owner.tenantId, userId: owner.userId }, work)
      : this.platform.run(work);
  }

  async list(when: CompetitionWhen, viewer?: Principal): Promise<Competition[]> {
    return this.db.run(scopeOf(viewer), async (tx) => {
      const rows = await tx.competition.findMany({
        where: { phase: { in: WHEN[when] } },
        orderBy: { startsAt: when === 'past' ? 'desc' : 'asc' },
        take: 50,
      });
      return Promise.all(rows.map((row) => this.view(tx, row.id, viewer, row)));
    });
  }

  async get(id: string, viewer?: Principal): Promise<Competition> {
    return this.db.run(scopeOf(viewer), (tx) => this.view(tx, id, viewer));
  }

  /** Tenant competitions (the portal's list). */
  async ofTenant(principal: Principal): Promise<Competition[]> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const rows = await tx.competition.findMany({
        where: { tenantId: principal.tenant!.id },
        orderBy: { startsAt: 'desc' },
      });
      return Promise.all(rows.map((row) => this.view(tx, row.id, principal, row)));
    });
  }

  /** The tenant's own competition, NOT_FOUND otherwise (another tenant's looks the same). */
  async ownedBy(
    principal: Principal,
    id: string,
  ): Promise<{ id: string; tenantId: string | null }> {
    const c = await this.db.run(scopeOf(principal), (tx) =>
      tx.competition.findFirst({
        where: { id, tenantId: principal.tenant!.id },
        select: { id: true, tenantId: true },
      }),
    );
    if (!c) throw CompetitionErrors.notFound();
    return c;
  }

  /**
   * Registers the viewer. A hiring competition's entrant must consent to the company seeing
   * their result: they become a row of its pipeline (see hiring-pipeline.ts).
   */
  async register(principal: Principal, id: string, consent = false): Promise<Competition> {
    if (principal.candidate) throw CompetitionErrors.candidatesCannot();
    await this.db.run(scopeOf(principal), async (tx) => {
      const c = await tx.competition.findUnique({ where: { id } });
      if (!c) throw CompetitionErrors.notFound();
      // Late registration is allowed while live (not once frozen).
      if (c.phase !== 'registration' && c.phase !== 'live')
        throw CompetitionErrors.registrationClosed(c.phase);
      if (c.tenantId && consent !== true)
        throw CompetitionErrors.consentRequired(await hostName(tx, id));
      await tx.competitionEntry.createMany({
        data: [{ competitionId: id, userId: principal.userId }],
        skipDuplicates: true,
      });
      if (!c.tenantId || !c.assessmentId) return;
      const me = await tx.user.findUniqueOrThrow({
        where: { id: principal.userId },
        select: { id: true, email: true, displayName: true },
      });
      // The pipeline row is the company's: written acting for its tenant (RLS), in this
      // transaction so that an entry never exists without it.
      await tx.$executeRaw`select set_config('app.tenant_id', ${c.tenantId}, true)`;
      await addEntrantToPipeline(
        tx,
        { id, tenantId: c.tenantId, assessmentId: c.assessmentId, endsAt: c.endsAt },
        me,
      );
    });
    await this.boards.entered(id, principal.userId);
    return this.get(id, principal);
  }

  /** Which board the viewer sees: staff (the running tenant) see live through the freeze. */
  async boardKind(
    id: string,
    viewer?: Principal,
  ): Promise<{ kind: BoardKind; phase: Phase; staff: boolean }> {
    const c = await this.db.run(scopeOf(viewer), (tx) =>
      tx.competition.findUnique({ where: { id }, select: { phase: true, tenantId: true } }),
    );
    if (!c) throw CompetitionErrors.notFound();
    const staff = !!c.tenantId && viewer?.tenant?.id === c.tenantId;
    return { kind: boardFor(c.phase, staff), phase: c.phase, staff };
  }

  async leaderboard(
    id: string,
    viewer: Principal | undefined,
    offset: number,
    first: number,
  ): Promise<Leaderboard> {
    const { kind } = await this.boardKind(id, viewer);
    const [ranked, total] = await Promise.all([
      this.boards.range(id, kind, offset, first),
      this.boards.size(id, kind),
    ]);
    const entries = await this.db.run({}, (tx) => withNames(tx, ranked));
    return { competitionId: id, frozen: kind === 'frozen', total, entries };
  }

  /** The top of a board with names (the subscription's pushes). */
  async top(id: string, kind: BoardKind, n: number) {
    const ranked = await this.boards.range(id, kind, 0, n);
    return this.db.run({}, (tx) => withNames(tx, ranked));
  }

  async aroundMe(id: string, viewer: Principal, radius: number): Promise<Leaderboard> {
    const { kind } = await this.boardKind(id, viewer);
    const [ranked, total] = await Promise.all([
      this.boards.around(id, kind, viewer.userId, radius),
      this.boards.size(id, kind),
    ]);
    const entries = await this.db.run({}, (tx) => withNames(tx, ranked));
    return { competitionId: id, frozen: kind === 'frozen', total, entries };
  }

  private async view(
    tx: Tx,
    id: string,
    viewer?: Principal,
    known?: Parameters<typeof toCompetition>[0],
  ) {
    const row = known ?? (await tx.competition.findUnique({ where: { id } }));
    if (!row) throw CompetitionErrors.notFound();
    const [entrants, mine, challenges, host] = await Promise.all([
      tx.competitionEntry.count({ where: { competitionId: id } }),
      viewer
        ? tx.competitionEntry.count({ where: { competitionId: id, userId: viewer.userId } })
        : Promise.resolve(0),
      challengesOf(tx, id, viewer?.userId),
      row.tenantId ? hostName(tx, id) : Promise.resolve(null),
    ]);
    const staff = !!row.tenantId && viewer?.tenant?.id === row.tenantId;
    return toCompetition(row, {
      entrants,
      registered: mine > 0,
      challenges,
      host,
      consentNotice: host ? consentNotice(host) : null,
      assessmentId: staff ? row.assessmentId : null,
    });
  }
}
