export interface ScoreEntry {
  player: string;
  score: number;
}

export interface RankedEntry extends ScoreEntry {
  rank: number;
}

// Dense ranking: the highest score is rank 1, equal scores share a rank, and the
// next lower score gets the next rank (100, 90, 90, 80 -> 1, 2, 2, 3).
// Within a rank, players are listed alphabetically.
export function rankPlayers(entries: ScoreEntry[]): RankedEntry[] {
  const distinctScores = [...new Set(entries.map((entry) => entry.score))].sort().reverse();
  return entries
    .map((entry) => ({ ...entry, rank: distinctScores.indexOf(entry.score) + 1 }))
    .sort((a, b) => a.rank - b.rank || a.player.localeCompare(b.player));
}

// Everyone on ranks 1 to 3 (can be more than three players when there are ties).
export function podium(entries: ScoreEntry[]): RankedEntry[] {
  return rankPlayers(entries).filter((entry) => entry.rank <= 3);
}

export function rankOf(entries: ScoreEntry[], player: string): number | undefined {
  return rankPlayers(entries).find((entry) => entry.player === player)?.rank;
}
