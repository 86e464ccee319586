import fc from 'fast-check';
import { HARNESS_UID, RUN_UID_BASE, RUN_UID_COUNT, UidPool } from './uid-pool';

describe('UidPool', () => {
  it('never hands out a uid that a live run holds, and stays inside its range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.nat(),
        fc.array(fc.oneof(fc.constant('acquire' as const), fc.nat()), { maxLength: 200 }),
        (count, startSeed, ops) => {
          const pool = new UidPool(1000, count, startSeed % count);
          const live: number[] = [];
          for (const op of ops) {
            if (op === 'acquire') {
              if (live.length === count) {
                expect(() => pool.acquire()).toThrow(/every sandbox uid is in use/);
                continue;
              }
              const uid = pool.acquire();
              expect(uid).toBeGreaterThanOrEqual(1000);
              expect(uid).toBeLessThan(1000 + count);
              expect(live).not.toContain(uid);
              live.push(uid);
            } else if (live.length > 0) {
              const [uid] = live.splice(op % live.length, 1);
              pool.release(uid);
            }
          }
          expect(pool.inUse).toBe(live.length);
        },
      ),
    );
  });

  it('gives consecutive runs different uids even when each is released at once', () => {
    const pool = new UidPool();
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const uid = pool.acquire();
      expect(seen.has(uid)).toBe(false);
      seen.add(uid);
      pool.release(uid);
    }
  });

  it('keeps the harness uid outside the run range', () => {
    expect(HARNESS_UID).toBeLessThan(RUN_UID_BASE);
    expect(RUN_UID_BASE + RUN_UID_COUNT).toBeLessThan(2 ** 31);
  });
});
