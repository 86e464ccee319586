import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can, Public } from '../common/access.decorators';
import { ScopedDb } from '../database/scoped-db.service';
import { LearnerRating } from '../competitions/dto/competition.types';
import { INITIAL_RATING } from './glicko2';

/** Glicko-2 ratings from public contests, with their history (newest first), for profiles. */
@Resolver()
export class RatingsResolver {
  constructor(private readonly db: ScopedDb) {}

  @Can('solve', 'Challenge')
  @Query(() => LearnerRating, { description: 'Your contest rating and its history.' })
  myRating(@CurrentPrincipal() principal: Principal) {
    return this.ratingOf(principal.userId);
  }

  @Public()
  @Query(() => LearnerRating, { description: "A learner's contest rating and its history." })
  rating(@Args('userId', { type: () => ID }) userId: string) {
    return this.ratingOf(userId);
  }

  private ratingOf(userId: string): Promise<LearnerRating> {
    return this.db.run({}, async (tx) => {
      const [current, history] = await Promise.all([
        tx.rating.findUnique({ where: { userId } }),
        tx.$queryRaw<
          {
            competition_id: string;
            title: string;
            rank: number;
            rating_before: number;
            rating_after: number;
            created_at: Date;
          }[]
        >`select h.competition_id, c.title, h.rank, h.rating_before, h.rating_after, h.created_at
            from rating_history h join competitions c on c.id = h.competition_id
           where h.user_id = ${userId}::uuid order by h.created_at desc limit 50`,
      ]);
      return {
        rating: current?.rating ?? INITIAL_RATING.rating,
        rd: current?.rd ?? INITIAL_RATING.rd,
        contests: current?.contests ?? 0,
        history: history.map((h) => ({
          competitionId: h.competition_id,
          competitionTitle: h.title,
          rank: h.rank,
          ratingBefore: h.rating_before,
          ratingAfter: h.rating_after,
          at: h.created_at,
        })),
      };
    });
  }
}
