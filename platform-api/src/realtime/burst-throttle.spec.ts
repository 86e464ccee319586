import fc from 'fast-check';
import { BurstThrottle } from './burst-throttle';

describe('BurstThrottle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the first change of a burst at once and the rest together after the interval', () => {
    const sent: number[][] = [];
    const throttle = new BurstThrottle<number>(
      100,
      (b) => sent.push(b),
      () => Date.now(),
    );
    throttle.add(1);
    expect(sent).toEqual([[1]]);
    throttle.add(2);
    throttle.add(3);
    expect(sent).toEqual([[1]]);
    jest.advanceTimersByTime(100);
    expect(sent).toEqual([[1], [2, 3]]);
    jest.advanceTimersByTime(500);
    throttle.add(4); // a new burst after a quiet spell: at once again
    expect(sent).toEqual([[1], [2, 3], [4]]);
  });

  it('loses no change and never sends twice within the interval (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 250 }), { maxLength: 60 }), (gaps) => {
        jest.setSystemTime(0);
        const flushes: { at: number; batch: number[] }[] = [];
        const throttle = new BurstThrottle<number>(
          100,
          (batch) => flushes.push({ at: Date.now(), batch }),
          () => Date.now(),
        );
        gaps.forEach((gap, i) => {
          jest.advanceTimersByTime(gap);
          throttle.add(i);
        });
        jest.advanceTimersByTime(1_000);
        expect(flushes.flatMap((f) => f.batch)).toEqual(gaps.map((_, i) => i));
        for (let i = 1; i < flushes.length; i += 1)
          expect(flushes[i].at - flushes[i - 1].at).toBeGreaterThanOrEqual(100);
      }),
    );
  });
});
