import fc from 'fast-check';
import { decodeScore } from '../leaderboards/composite-score';
import { boardOrder, type GradedSubmit, standingOf, standingsOf } from './standings';

const startsAt = new Date('2026-12-01T10:00:00Z');
const at = (min: number) => new Date(startsAt.getTime() + min * 60_000);
const submit = (over: Partial<GradedSubmit>): GradedSubmit => ({
  userId: 'u1',
  challengeId: 'c1',
  difficulty: 2,
  correctnessPermille: 1000,
  counts: true,
  submittedAt: at(1),
  ...over,
});

describe('competition standings', () => {
  it('scores difficulty × correctness of the best submit per challenge, minus a penalty per failed submit', () => {
    const s = standingOf(
      'u1',
      [
        submit({ challengeId: 'c1', correctnessPermille: 500, submittedAt: at(2) }), // 100, failed
        submit({ challengeId: 'c1', correctnessPermille: 1000, submittedAt: at(5) }), // 200
        submit({ challengeId: 'c2', difficulty: 3, correctnessPermille: 1000, submittedAt: at(9) }), // 300
        submit({ challengeId: 'c1', correctnessPermille: 250, submittedAt: at(12) }), // failed, no gain
      ],
      { startsAt, failedSubmitPenalty: 20 },
    );
    expect(s.points).toBe(200 + 300 - 2 * 20);
    expect(s.solved).toEqual(['c1', 'c2']);
    // The last improving submit is the one at minute 9 (minute 12 improved nothing).
    expect(s.elapsedMs).toBe(9 * 60_000);
    expect(decodeScore(s.score)).toEqual({ points: 460, elapsedMs: 9 * 60_000 });
  });

  it('gives nothing and takes nothing for a submit withheld for review', () => {
    const s = standingOf(
      'u1',
      [submit({ counts: false }), submit({ counts: false, correctnessPermille: 0 })],
      {
        startsAt,
        failedSubmitPenalty: 50,
      },
    );
    expect(s.points).toBe(0);
    expect(s.failedSubmits).toBe(0);
  });

  it('never goes below zero points', () => {
    const s = standingOf(
      'u1',
      [submit({ correctnessPermille: 0 }), submit({ correctnessPermille: 0 })],
      {
        startsAt,
        failedSubmitPenalty: 1000,
      },
    );
    expect(s.points).toBe(0);
  });

  it('ranks equal points by the earlier last improving submit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), (ta, tb) => {
        const rules = { startsAt, failedSubmitPenalty: 0 };
        const [a, b] = standingsOf(
          ['a', 'b'],
          [
            submit({ userId: 'a', submittedAt: at(ta) }),
            submit({ userId: 'b', submittedAt: at(tb) }),
          ],
          rules,
        ).sort(boardOrder);
        expect(a.points).toBe(b.points);
        if (ta !== tb) expect(a.userId).toBe(ta < tb ? 'a' : 'b');
      }),
    );
  });

  it('leaves submits at or after the freeze out of the frozen standings', () => {
    const rules = { startsAt, failedSubmitPenalty: 0 };
    const submits = [
      submit({ submittedAt: at(10) }),
      submit({ challengeId: 'c2', submittedAt: at(50) }),
    ];
    expect(standingsOf(['u1'], submits, rules, at(50))[0].points).toBe(200);
    expect(standingsOf(['u1'], submits, rules)[0].points).toBe(400);
  });
});
