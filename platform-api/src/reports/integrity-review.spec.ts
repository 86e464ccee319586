import fc from 'fast-check';
import {
  countedScore,
  type ReviewStatus,
  reviewOf,
  sessionTotal,
  shownScore,
  type Verdict,
} from './integrity-review';

const verdicts: Verdict[] = ['clean', 'flagged', 'tampered'];
const statuses: ReviewStatus[] = ['not_needed', 'pending', 'accepted', 'rejected'];
const finding = { layer: 'scan' as const, code: 'scan-test-framework', message: 'm' };
const reviewed = fc.record({
  score: fc.integer({ min: 0, max: 100 }),
  reviewStatus: fc.constantFrom(...statuses),
});

describe('integrity review rules', () => {
  it('asks a person whenever the run is tampered, flagged or carries any finding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('pass', 'fail', 'error', 'timeout', 'tampered' as const),
        fc.option(fc.constantFrom(...verdicts), { nil: undefined }),
        fc.boolean(),
        (status, verdict, withFinding) => {
          const integrity = verdict
            ? { verdict, findings: withFinding ? [finding] : [], canaries: 2, seed: 's' }
            : undefined;
          const review = reviewOf({ status, integrity });
          const suspicious =
            status === 'tampered' ||
            (verdict !== undefined && verdict !== 'clean') ||
            (verdict !== undefined && withFinding);
          expect(review.reviewStatus).toBe(suspicious ? 'pending' : 'not_needed');
          expect(review.verdict === 'clean').toBe(!suspicious);
          if (status === 'tampered') expect(review.verdict).toBe('tampered');
        },
      ),
    );
  });

  it('never shows a pending or rejected score, and shows an accepted one', () => {
    fc.assert(
      fc.property(reviewed, (s) => {
        const shown = shownScore(s);
        if (s.reviewStatus === 'pending' || s.reviewStatus === 'rejected') expect(shown).toBeNull();
        else expect(shown).toBe(s.score);
      }),
    );
  });

  it('withholds a total while any submission is pending; rejected counts 0', () => {
    fc.assert(
      fc.property(fc.array(reviewed, { minLength: 1, maxLength: 6 }), (subs) => {
        const total = sessionTotal(subs.map((s) => ({ score: countedScore(s) })));
        if (subs.some((s) => s.reviewStatus === 'pending')) return expect(total).toBeNull();
        const counted = subs.map((s) => (s.reviewStatus === 'rejected' ? 0 : s.score));
        expect(total).toBe(Math.round(counted.reduce((a, b) => a + b, 0) / subs.length));
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('an empty assessment totals 0', () => {
    expect(sessionTotal([])).toBe(0);
  });
});
