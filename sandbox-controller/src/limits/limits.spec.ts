import fc from 'fast-check';
import type { HostLimits } from '../config/config';
import { DEFAULT_LIMITS, effectiveLimits } from './limits';

const host: HostLimits = {
  cpuSeconds: 30,
  wallSeconds: 60,
  memoryMb: 1024,
  outputBytes: 1000,
  processes: 64,
  openFiles: 256,
  fileSizeBytes: 1 << 20,
  scratchBytes: 1 << 24,
};

describe('effectiveLimits', () => {
  it('keeps what a challenge asks for when it is within the host maximums', () => {
    expect(effectiveLimits({ cpuSeconds: 10, wallSeconds: 20, memoryMb: 256 }, host)).toMatchObject(
      {
        cpuSeconds: 10,
        wallSeconds: 20,
        memoryMb: 256,
        outputBytes: 1000,
        processes: 64,
      },
    );
  });

  it('clamps to the host maximums', () => {
    expect(
      effectiveLimits({ cpuSeconds: 999, wallSeconds: 999, memoryMb: 99999 }, host),
    ).toMatchObject({
      cpuSeconds: 30,
      wallSeconds: 60,
      memoryMb: 1024,
    });
  });

  it('uses the defaults for missing, zero, negative or non-finite values', () => {
    expect(
      effectiveLimits({ cpuSeconds: 0, wallSeconds: -1, memoryMb: Number.NaN }, host),
    ).toMatchObject(DEFAULT_LIMITS);
    expect(effectiveLimits({}, host)).toMatchObject(DEFAULT_LIMITS);
  });

  it('never exceeds a host maximum and is always positive', () => {
    fc.assert(
      fc.property(
        fc.record({ cpuSeconds: fc.double(), wallSeconds: fc.double(), memoryMb: fc.double() }),
        (req) => {
          const l = effectiveLimits(req, host);
          return (
            l.cpuSeconds > 0 &&
            l.cpuSeconds <= host.cpuSeconds &&
            l.wallSeconds > 0 &&
            l.wallSeconds <= host.wallSeconds &&
            l.memoryMb > 0 &&
            l.memoryMb <= host.memoryMb
          );
        },
      ),
    );
  });
});
