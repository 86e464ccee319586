import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankPlayers, podium, rankOf } from '../src/leaderboard.ts';
import type { ScoreEntry } from '../src/leaderboard.ts';

const week: ScoreEntry[] = [
  { player: 'ana', score: 95 },
  { player: 'ben', score: 1200 },
  { player: 'cy', score: 880 },
  { player: 'dee', score: 10450 },
  { player: 'eli', score: 880 },
  { player: 'fox', score: 7 },
];

test('scores of different lengths are ranked numerically', () => {
  assert.deepEqual(
    rankPlayers(week).map((e) => [e.rank, e.player, e.score]),
    [
      [1, 'dee', 10450],
      [2, 'ben', 1200],
      [3, 'cy', 880],
      [3, 'eli', 880],
      [4, 'ana', 95],
      [5, 'fox', 7],
    ],
  );
});

test('the podium holds ranks 1 to 3, ties included', () => {
  assert.deepEqual(
    podium(week).map((e) => e.player),
    ['dee', 'ben', 'cy', 'eli'],
  );
});

test('rankOf looks up a single player', () => {
  assert.equal(rankOf(week, 'ben'), 2);
  assert.equal(rankOf(week, 'fox'), 5);
  assert.equal(rankOf(week, 'nobody'), undefined);
});

test('equal scores share a rank and are listed alphabetically', () => {
  const ranked = rankPlayers([
    { player: 'zoe', score: 500 },
    { player: 'adam', score: 500 },
    { player: 'max', score: 400 },
  ]);
  assert.deepEqual(
    ranked.map((e) => [e.rank, e.player]),
    [
      [1, 'adam'],
      [1, 'zoe'],
      [2, 'max'],
    ],
  );
});

test('scores with the same number of digits keep working', () => {
  assert.deepEqual(
    rankPlayers([
      { player: 'a', score: 310 },
      { player: 'b', score: 990 },
      { player: 'c', score: 450 },
    ]).map((e) => e.player),
    ['b', 'c', 'a'],
  );
});

test('negative and zero scores rank below positive ones', () => {
  assert.deepEqual(
    rankPlayers([
      { player: 'neg', score: -20 },
      { player: 'zero', score: 0 },
      { player: 'pos', score: 3 },
    ]).map((e) => e.player),
    ['pos', 'zero', 'neg'],
  );
});

test('an empty leaderboard is empty', () => {
  assert.deepEqual(rankPlayers([]), []);
  assert.deepEqual(podium([]), []);
});

test('the input list is left untouched', () => {
  const copy = structuredClone(week);
  rankPlayers(week);
  assert.deepEqual(week, copy);
});
