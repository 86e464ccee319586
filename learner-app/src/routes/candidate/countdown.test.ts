import { describe, expect, it } from 'vitest';
import { formatCountdown, secondsUntil, spokenCountdown, warningAt } from './countdown';

describe('the assessment clock', () => {
  it('writes mm:ss under an hour and hh:mm:ss from an hour up', () => {
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(9)).toBe('00:09');
    expect(formatCountdown(61)).toBe('01:01');
    expect(formatCountdown(3599)).toBe('59:59');
    expect(formatCountdown(3600)).toBe('01:00:00');
    expect(formatCountdown(3725)).toBe('01:02:05');
    expect(formatCountdown(10 * 3600)).toBe('10:00:00');
    expect(formatCountdown(-5)).toBe('00:00');
  });

  it('says the time left in words', () => {
    expect(spokenCountdown(1)).toBe('1 second');
    expect(spokenCountdown(125)).toBe('2 minutes 5 seconds');
    expect(spokenCountdown(3661)).toBe('1 hour 1 minute 1 second');
    expect(spokenCountdown(7200)).toBe('2 hours 0 minutes 0 seconds');
  });

  it('warns from 5 minutes and from 1 minute left, and is up at zero', () => {
    expect(warningAt(301)).toBe('none');
    expect(warningAt(300)).toBe('five-minutes');
    expect(warningAt(61)).toBe('five-minutes');
    expect(warningAt(60)).toBe('one-minute');
    expect(warningAt(1)).toBe('one-minute');
    expect(warningAt(0)).toBe('up');
  });

  it('rounds the seconds left up, so 00:00 shows only at the deadline', () => {
    const deadline = '2030-01-01T00:00:10.000Z';
    const at = (iso: string) => Date.parse(iso);
    expect(secondsUntil(deadline, at('2030-01-01T00:00:00.000Z'))).toBe(10);
    expect(secondsUntil(deadline, at('2030-01-01T00:00:09.999Z'))).toBe(1);
    expect(secondsUntil(deadline, at('2030-01-01T00:00:10.000Z'))).toBe(0);
    expect(secondsUntil(deadline, at('2030-01-01T00:01:00.000Z'))).toBe(0);
  });
});
