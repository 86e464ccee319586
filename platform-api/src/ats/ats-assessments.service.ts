import { Injectable } from '@nestjs/common';
import type { components } from '@fixpoint/openapi';
import { isUuid } from '../common/ids';
import { ScopedDb } from '../database/scoped-db.service';
import type { Tx } from '../database/scoped-db.service';
import type { AtsKey } from './ats-key.guard';
import { AtsProblems } from './ats-problem';
import { afterCursor, pageOf, type PageRequest } from './pagination';

type Assessment = components['schemas']['Assessment'];

// What an ATS may invite to: the company's own published assessments (not career-page ones).
const invitable = { status: 'published', kind: 'assessment' } as const;

@Injectable()
export class AtsAssessmentsService {
  constructor(private readonly db: ScopedDb) {}

  list(key: AtsKey, page: PageRequest) {
    return this.db.run({ tenantId: key.tenantId }, async (tx) => {
      const rows = await tx.assessment.findMany({
        where: { ...invitable, ...afterCursor(page.after) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: page.limit + 1,
        select: { id: true, createdAt: true },
      });
      const views = new Map<string, Assessment>();
      for (const row of rows.slice(0, page.limit)) views.set(row.id, await this.view(tx, row.id));
      return pageOf(rows, page.limit, (row) => views.get(row.id)!);
    });
  }

  get(key: AtsKey, id: string): Promise<Assessment> {
    return this.db.run({ tenantId: key.tenantId }, (tx) => this.view(tx, id));
  }

  async view(tx: Tx, id: string): Promise<Assessment> {
    const row = isUuid(id)
      ? await tx.assessment.findFirst({
          where: { id, ...invitable },
          include: { challenges: { orderBy: { position: 'asc' } } },
        })
      : null;
    if (!row) throw AtsProblems.notFound('published assessment');
    const challenges = await tx.challenge.findMany({
      where: { id: { in: row.challenges.map((c) => c.challengeId) } },
      include: { currentVersion: { select: { title: true, language: true, difficulty: true } } },
    });
    return {
      id: row.id,
      title: row.title,
      timeLimitMinutes: row.timeLimitMinutes,
      challenges: row.challenges.map((link) => {
        const c = challenges.find((x) => x.id === link.challengeId)!;
        return {
          position: link.position,
          slug: c.slug,
          title: c.currentVersion!.title,
          language: c.currentVersion!.language,
          difficulty: c.currentVersion!.difficulty,
        };
      }),
      createdAt: row.createdAt.toISOString(),
    };
  }
}
