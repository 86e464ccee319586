import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { isUuid } from '../common/ids';
import { ScopedDb, scopeOf, type Tx } from '../database/scoped-db.service';
import type { CompetitionPhase as Phase } from '../generated/prisma/enums';
import { CompetitionWorkflows } from './competition-workflows';
import { CompetitionErrors } from './competitions.errors';

/** Phases whose clock staff may still stop, move or call off. */
const RUNNING: Phase[] = ['scheduled', 'registration', 'live', 'frozen'];

type Row = NonNullable<Awaited<ReturnType<Tx['competition']['findFirst']>>>;

/**
 * Staff controls of a hiring competition: pause, resume, extend, cancel. Each sends the
 * competition workflow its signal (the workflow owns the timers) inside the transaction that
 * records it, so a signal that cannot be sent changes nothing. Each is idempotent: pausing a
 * paused competition, resuming a running one or cancelling a cancelled one answers as it is.
 * The same advisory lock as the phase writes keeps a control and a phase change apart.
 */
@Injectable()
export class CompetitionControls {
  constructor(
    private readonly db: ScopedDb,
    private readonly workflows: CompetitionWorkflows,
  ) {}

  pause(principal: Principal, id: string): Promise<void> {
    return this.owned(principal, id, async (tx, c) => {
      if (c.pausedAt) return;
      if (!RUNNING.includes(c.phase)) throw CompetitionErrors.wrongPhase('paused', c.phase);
      await tx.competition.update({ where: { id }, data: { pausedAt: new Date() } });
      await this.workflows.signal(c, 'pauseCompetition');
    });
  }

  /** The deadlines not yet reached move by the pause, as the workflow moves its own. */
  resume(principal: Principal, id: string): Promise<void> {
    return this.owned(principal, id, async (tx, c) => {
      if (!c.pausedAt) return;
      if (!RUNNING.includes(c.phase)) throw CompetitionErrors.wrongPhase('resumed', c.phase);
      const by = Date.now() - c.pausedAt.getTime();
      const later = (d: Date) => new Date(d.getTime() + by);
      await tx.competition.update({
        where: { id },
        data: {
          pausedAt: null,
          registrationOpensAt: c.phase === 'scheduled' ? later(c.registrationOpensAt) : undefined,
          startsAt: ['scheduled', 'registration'].includes(c.phase) ? later(c.startsAt) : undefined,
          endsAt: later(c.endsAt),
          updatedAt: new Date(),
        },
      });
      await this.workflows.signal(c, 'resumeCompetition');
    });
  }

  extend(principal: Principal, id: string, minutes: number): Promise<void> {
    return this.owned(principal, id, async (tx, c) => {
      if (!RUNNING.includes(c.phase)) throw CompetitionErrors.wrongPhase('extended', c.phase);
      await tx.competition.update({
        where: { id },
        data: { endsAt: new Date(c.endsAt.getTime() + minutes * 60_000), updatedAt: new Date() },
      });
      await this.workflows.signal(c, 'extendCompetition', minutes * 60_000);
    });
  }

  /** The workflow stores `cancelled` (no results, no ratings) as soon as it gets the signal. */
  cancel(principal: Principal, id: string): Promise<void> {
    return this.owned(principal, id, async (_tx, c) => {
      if (c.phase === 'cancelled') return;
      if (!RUNNING.includes(c.phase)) throw CompetitionErrors.wrongPhase('cancelled', c.phase);
      await this.workflows.signal(c, 'cancelCompetition');
    });
  }

  /** The tenant's own competition, locked; NOT_FOUND otherwise (another tenant's looks the same). */
  private owned(
    principal: Principal,
    id: string,
    work: (tx: Tx, c: Row) => Promise<void>,
  ): Promise<void> {
    if (!isUuid(id)) return Promise.reject(CompetitionErrors.notFound());
    return this.db.run(scopeOf(principal), async (tx) => {
      const c = await tx.competition.findFirst({ where: { id, tenantId: principal.tenant!.id } });
      if (!c) throw CompetitionErrors.notFound();
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${id}))`;
      const locked = await tx.competition.findUniqueOrThrow({ where: { id } });
      await work(tx, locked);
    });
  }
}
