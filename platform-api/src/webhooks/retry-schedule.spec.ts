import fc from 'fast-check';
import { DEFAULT_RETRY_SCHEDULE, parseRetrySchedule } from './retry-schedule';

describe('WEBHOOK_RETRY_SCHEDULE', () => {
  it('by default backs off for about three days, never shrinking a delay', () => {
    const delays = parseRetrySchedule(DEFAULT_RETRY_SCHEDULE);
    const total = delays.reduce((a, b) => a + b, 0);
    expect(total / 86_400).toBeGreaterThan(2.9);
    expect(total / 86_400).toBeLessThanOrEqual(3);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]);
  });

  it('reads any list of delays with units back to the same seconds', () => {
    const unit = fc.constantFrom(['s', 1], ['m', 60], ['h', 3600]) as fc.Arbitrary<
      [string, number]
    >;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), unit), { minLength: 1, maxLength: 30 }),
        (entries) => {
          const text = entries.map(([n, [u]]) => `${n}${u}`).join(',');
          expect(parseRetrySchedule(text)).toEqual(entries.map(([n, [, f]]) => n * f));
        },
      ),
    );
  });

  it('names the entry it cannot read', () => {
    expect(() => parseRetrySchedule('1s,soon')).toThrow('"soon" is not a delay');
    expect(() => parseRetrySchedule('8d')).toThrow('must be 1s to 7d');
  });
});
