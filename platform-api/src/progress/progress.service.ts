import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { ScopedDb, type Tx } from '../database/scoped-db.service';
import { nextMastery } from '../scoring/mastery';
import { ACHIEVEMENTS, type AchievementCode, earned } from './achievements';
import { MasteryDimension, type Progress } from './dto/progress.types';
import { streaks, utcDay } from './streaks';

export interface GradedResult {
  language: string;
  bugTypes: string[];
  difficulty: number;
  score: number;
  solved: boolean;
  hintsRevealed: number;
  at: Date;
}

/** A learner's skills, streaks and achievements. */
@Injectable()
export class ProgressService {
  constructor(private readonly db: ScopedDb) {}

  /** Applies one graded submission, inside the submitting transaction. */
  async recordResult(tx: Tx, userId: string, result: GradedResult): Promise<void> {
    const keys: [MasteryDimension, string][] = [
      [MasteryDimension.LANGUAGE, result.language],
      ...result.bugTypes.map((b): [MasteryDimension, string] => [MasteryDimension.BUG_TYPE, b]),
    ];
    for (const [dimension, key] of keys) {
      const current = await tx.skill.findUnique({
        where: { userId_dimension_key: { userId, dimension, key } },
      });
      const next = nextMastery(current ?? { level: 0, solved: 0 }, result);
      await tx.skill.upsert({
        where: { userId_dimension_key: { userId, dimension, key } },
        create: { userId, dimension, key, level: next.level, solved: next.solved },
        update: { level: next.level, solved: next.solved, updatedAt: result.at },
      });
    }
    // Sequential: statements of one transaction share its connection.
    const languagesSolved = await tx.skill.count({
      where: { userId, dimension: 'language', solved: { gt: 0 } },
    });
    const days = await this.activeDays(tx, userId);
    const codes = earned({
      solved: result.solved,
      score: result.score,
      hintsRevealed: result.hintsRevealed,
      languagesSolved,
      streakDays: streaks(days, utcDay(result.at)).current,
    });
    if (codes.length) {
      await tx.achievement.createMany({
        data: codes.map((code) => ({ userId, code, earnedAt: result.at })),
        skipDuplicates: true,
      });
    }
  }

  get(principal: Principal): Promise<Progress> {
    const { userId } = principal;
    return this.db.run({ userId }, async (tx) => {
      const skills = await tx.skill.findMany({
        where: { userId },
        orderBy: [{ dimension: 'asc' }, { key: 'asc' }],
      });
      const achievements = await tx.achievement.findMany({
        where: { userId },
        orderBy: { earnedAt: 'asc' },
      });
      const [{ n: solvedCount }] = await tx.$queryRaw<{ n: number }[]>`
        select count(*)::int as n from submissions
         where user_id = ${userId}::uuid and tenant_id is null
           and hidden_total > 0 and hidden_passed = hidden_total`;
      const attemptCount = await tx.attempt.count({ where: { userId, tenantId: null } });
      const days = await this.activeDays(tx, userId);
      const { current, longest } = streaks(days, utcDay(new Date()));
      return {
        mastery: skills.map((s) => ({
          dimension: s.dimension as MasteryDimension,
          key: s.key,
          level: s.level,
          solved: s.solved,
        })),
        streakDays: current,
        longestStreakDays: longest,
        solvedCount,
        attemptCount,
        achievements: achievements
          .filter((a) => a.code in ACHIEVEMENTS)
          .map((a) => ({
            code: a.code,
            earnedAt: a.earnedAt,
            ...ACHIEVEMENTS[a.code as AchievementCode],
          })),
      };
    });
  }

  private async activeDays(tx: Tx, userId: string): Promise<string[]> {
    const rows = await tx.$queryRaw<{ day: string }[]>`
      select distinct to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day
        from submissions where user_id = ${userId}::uuid and tenant_id is null`;
    return rows.map((r) => r.day);
  }
}
