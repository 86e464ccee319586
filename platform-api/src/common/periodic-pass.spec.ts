import { Logger } from '@nestjs/common';
import { PeriodicPass } from './periodic-pass';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PeriodicPass', () => {
  it('never runs two passes at once, keeps going after a failed pass, and stop waits for the one under way', async () => {
    const logger = new Logger('test');
    const warnings: string[] = [];
    jest.spyOn(logger, 'warn').mockImplementation((m: string) => void warnings.push(m));
    let active = 0;
    let most = 0;
    let passes = 0;
    let finished = 0;
    const periodic = new PeriodicPass(logger, 'test sweep', async () => {
      passes += 1;
      active += 1;
      most = Math.max(most, active);
      await sleep(30);
      active -= 1;
      finished += 1;
      if (passes === 1) throw new Error('database away');
    });
    periodic.start(5);
    await sleep(150);
    await periodic.stop();
    const afterStop = passes;
    await sleep(30);

    expect(most).toBe(1);
    expect(passes).toBeGreaterThanOrEqual(2);
    expect(warnings).toEqual(['test sweep failed: Error: database away']);
    expect(finished).toBe(passes); // stop returned only after the pass under way ended
    expect(passes).toBe(afterStop); // and nothing runs after it
  });
});
