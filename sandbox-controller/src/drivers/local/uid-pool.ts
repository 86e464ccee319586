import { randomInt } from 'node:crypto';

/**
 * The uids sandboxes run as. Each run gets a uid of its own, so nothing the kernel keys on the
 * uid connects two runs: keyrings (the user keyring outlives the processes), RLIMIT_NPROC and
 * other per-user counts, the right to signal or ptrace, /proc access, files in shared places.
 *
 * Range: 2_000_000_000 .. 2_099_999_999 for runs, and 1_999_999_999 for the harness (run.sh),
 * both far above any uid a Debian host hands out (useradd stops at 60000, systemd's dynamic
 * users at 65519, container subuid ranges usually start at 100000 and span 65536 each). Keep
 * this range out of /etc/subuid on a host that runs the controller.
 *
 * A uid is held from the start of a run until every process of it is gone, and never handed
 * out twice while held. Within one controller's life uids are taken in order (wrapping at the
 * end of the range) so a uid is not reused until 10^8 runs later; a new controller starts at a
 * random point of the range, so reuse across restarts is improbable, and the seccomp filter
 * refuses the keyring calls anyway.
 */
export const RUN_UID_BASE = 2_000_000_000;
export const RUN_UID_COUNT = 100_000_000;
export const HARNESS_UID = RUN_UID_BASE - 1;

export class UidPool {
  private readonly held = new Set<number>();
  private next: number;

  constructor(
    private readonly base = RUN_UID_BASE,
    private readonly count = RUN_UID_COUNT,
    start = randomInt(0, count),
  ) {
    if (count < 1 || start < 0 || start >= count) throw new RangeError('bad uid range');
    this.next = start;
  }

  /** A uid no live run holds; throws when the whole range is held (cannot happen in practice). */
  acquire(): number {
    for (let tried = 0; tried < this.count; tried++) {
      const uid = this.base + this.next;
      this.next = (this.next + 1) % this.count;
      if (!this.held.has(uid)) {
        this.held.add(uid);
        return uid;
      }
    }
    throw new Error('every sandbox uid is in use');
  }

  /** Call only once no process of `uid` is left. */
  release(uid: number): void {
    this.held.delete(uid);
  }

  get inUse(): number {
    return this.held.size;
  }
}
