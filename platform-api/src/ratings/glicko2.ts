import { Glicko2 } from 'glicko2';

/**
 * Ratings of public contests: Glicko-2 (Glickman, http://www.glicko.net/glicko/glicko2.pdf)
 * through the `glicko2` package (MIT, pinned at 1.2.2). A contest is one rating period in which
 * every pair of competitors played a game decided by their final ranks (a tie is a draw), the
 * usual way to rate a multi-player contest with a two-player system.
 */
export interface Rating {
  rating: number;
  rd: number;
  vol: number;
}

export const INITIAL_RATING: Rating = { rating: 1500, rd: 350, vol: 0.06 };
/** The system constant τ: Glickman suggests 0.3 … 1.2; his worked example uses 0.5. */
export const TAU = 0.5;

export interface Contestant {
  userId: string;
  /** 1 = first; equal ranks tie. */
  rank: number;
  before: Rating;
}

export function rateContest(contestants: Contestant[]): Map<string, Rating> {
  const system = new Glicko2({ tau: TAU, rating: 1500, rd: 350, vol: 0.06 });
  const players = contestants.map((c) => ({
    c,
    player: system.makePlayer(c.before.rating, c.before.rd, c.before.vol),
  }));
  const matches: [unknown, unknown, number][] = [];
  for (let i = 0; i < players.length; i += 1)
    for (let j = i + 1; j < players.length; j += 1) {
      const a = players[i];
      const b = players[j];
      const outcome = a.c.rank < b.c.rank ? 1 : a.c.rank > b.c.rank ? 0 : 0.5;
      matches.push([a.player, b.player, outcome]);
    }
  system.updateRatings(matches);
  return new Map(
    players.map(({ c, player }) => [
      c.userId,
      { rating: player.getRating(), rd: player.getRd(), vol: player.getVol() },
    ]),
  );
}
