import fc from 'fast-check';
import { type PipelineRow, sortPipeline } from './pipeline-sort';

const row = (over: Partial<PipelineRow>): PipelineRow => ({
  id: over.email ?? 'x',
  email: 'x@example.com',
  name: null,
  status: 'invited',
  score: null,
  timeUsedSeconds: null,
  sentAt: '2026-11-24T10:00:00Z',
  startedAt: null,
  submittedAt: null,
  extraTimePercent: 0,
  underReview: false,
  sendCount: 1,
  competition: null,
  ...over,
});

describe('the pipeline table order', () => {
  const rows = [
    row({ email: 'a@x.com', score: 40, status: 'submitted' }),
    row({ email: 'b@x.com', score: null, status: 'invited' }),
    row({ email: 'c@x.com', score: 90, status: 'expired' }),
  ];

  it('sorts by score either way, candidates without a score last', () => {
    expect(sortPipeline(rows, 'score', 'desc').map((r) => r.email)).toEqual([
      'c@x.com',
      'a@x.com',
      'b@x.com',
    ]);
    expect(sortPipeline(rows, 'score', 'asc').map((r) => r.email)).toEqual([
      'a@x.com',
      'c@x.com',
      'b@x.com',
    ]);
  });

  it('sorts statuses by their place in the funnel, not alphabetically', () => {
    expect(sortPipeline(rows, 'status', 'asc').map((r) => r.status)).toEqual([
      'invited',
      'submitted',
      'expired',
    ]);
  });

  it('is a stable permutation: same rows, and sorting twice changes nothing (property)', () => {
    const arb = fc.array(
      fc.record({
        email: fc.emailAddress(),
        score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom('score', 'email', 'status') as fc.Arbitrary<'score' | 'email' | 'status'>,
        fc.constantFrom('asc', 'desc') as fc.Arbitrary<'asc' | 'desc'>,
        (list, key, dir) => {
          const input = list.map((r) => row(r));
          const once = sortPipeline(input, key, dir);
          expect([...once].sort((a, b) => a.email.localeCompare(b.email))).toEqual(
            [...input].sort((a, b) => a.email.localeCompare(b.email)),
          );
          expect(sortPipeline(once, key, dir)).toEqual(once);
        },
      ),
    );
  });
});
