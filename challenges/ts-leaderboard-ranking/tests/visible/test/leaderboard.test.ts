import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankPlayers } from '../src/leaderboard.ts';

test('ranks players by score, highest first', () => {
  const ranked = rankPlayers([
    { player: 'mika', score: 870 },
    { player: 'jo', score: 940 },
    { player: 'sam', score: 610 },
  ]);
  assert.deepEqual(
    ranked.map((e) => [e.rank, e.player]),
    [
      [1, 'jo'],
      [2, 'mika'],
      [3, 'sam'],
    ],
  );
});

test('a four-digit score beats a three-digit score', () => {
  const ranked = rankPlayers([
    { player: 'mika', score: 870 },
    { player: 'jo', score: 1020 },
  ]);
  assert.deepEqual(
    ranked.map((e) => e.player),
    ['jo', 'mika'],
  );
});
