import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import { InvitesService } from '../invites/invites.service';
import type { InviteCandidatesPayload } from '../invites/dto/invite.types';
import { CompetitionErrors } from './competitions.errors';
import { CompetitionsService } from './competitions.service';

/** Finalists are invited once the contest is over (the final board is settled). */
const FINISHED = new Set(['ended', 'final']);
export const MAX_FINALISTS = 100;

/**
 * Sends a hiring competition's finalists to the pipeline: the top N entrants with points on the
 * live board (the running tenant's staff see it unfrozen) are invited to an assessment of the
 * tenant's choosing through the invites service, so they arrive as any invited candidate does
 * (mail, pipeline row, audit). An entrant already invited to that assessment comes back as an
 * error row, not a second invite; calling it again is therefore harmless.
 */
@Injectable()
export class InviteFinalists {
  constructor(
    private readonly db: ScopedDb,
    private readonly competitions: CompetitionsService,
    private readonly invites: InvitesService,
  ) {}

  async execute(
    principal: Principal,
    competitionId: string,
    assessmentId: string,
    top: number,
  ): Promise<InviteCandidatesPayload> {
    await this.competitions.ownedBy(principal, competitionId);
    const { phase } = await this.competitions.boardKind(competitionId, principal);
    if (!FINISHED.has(phase)) throw CompetitionErrors.notFinished(phase);
    const board = (await this.competitions.top(competitionId, 'live', top)).filter(
      (e) => e.points > 0,
    );
    if (board.length === 0) throw CompetitionErrors.noFinalists();
    const contacts = await this.db.run(
      scopeOf(principal),
      (tx) =>
        tx.$queryRaw<{ id: string; email: string; display_name: string }[]>`
        select id, email, display_name
          from competition_finalist_contacts(${competitionId}::uuid, ${board.map((e) => e.userId)}::uuid[])`,
    );
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const candidates = board
      .map((e) => byId.get(e.userId))
      .filter((c) => c !== undefined)
      .map((c) => ({ email: c.email, name: c.display_name }));
    return this.invites.invite(principal, assessmentId, candidates, 7);
  }
}
