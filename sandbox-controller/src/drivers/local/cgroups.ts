import * as fs from 'node:fs';

/**
 * Per-run cgroups for the local driver: memory (what a run really uses, tmpfs files included,
 * with OOM kills recorded for the verdict), pids (threads included), cpu time (the run's total,
 * polled) and a cpu quota (at most `cpuCores` cores, so one run cannot starve its neighbours).
 * Memory is limited here rather than with RLIMIT_AS because address-space limits break the JVM
 * and Go (they reserve far more address space than they use).
 *
 * Two implementations behind one interface, chosen at start (cgroup-host.ts): cgroup v1
 * (cgroups-v1.ts; memory, pids, cpuacct and cpu hierarchies) and v2 (cgroups-v2.ts; one
 * unified group per run).
 */
export interface CgroupStats {
  oomKills: number;
  memoryPeakBytes: number | null;
  cpuSeconds: number | null;
  /** How many forks the pids limit refused. */
  pidsRefused: number;
}

export interface GroupLimits {
  memoryBytes: number;
  pids: number;
  /** CPU quota in cores (1 = one core's worth of time per period). */
  cpuCores: number;
}

/** The groups of one run. */
export interface RunGroups {
  /** The files a process writes its pid to, to join every group before it starts anything. */
  procsFiles(): string[];
  cpuSeconds(): number | null;
  stats(): CgroupStats;
  /** Pids of every process still in the run. */
  processes(): number[];
  /** SIGKILLs whatever is left, until the group is empty (or `timeoutMs` passes). */
  killAll(timeoutMs?: number): Promise<number[]>;
  /** Removes the groups (they must be empty). Best-effort: a leftover is swept at next start. */
  destroy(): void;
}

/** The cgroup setup of this host, found at start. */
export interface CgroupHost {
  version: 1 | 2;
  create(name: string, limits: GroupLimits): RunGroups;
  /** The folders that hold one child group per run (for the start-up sweep). */
  runParents(): string[];
}

/** The cfs period: 100 ms, the kernel's default. */
export const CPU_PERIOD_US = 100_000;

export const readOrNull = (file: string): string | null => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

export const pidsIn = (procsFile: string): number[] =>
  (readOrNull(procsFile) ?? '').split('\n').filter(Boolean).map(Number);

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * SIGKILLs every process listed in `procsFile` until none is left or `timeoutMs` passes;
 * `killFile` (v2's cgroup.kill) kills the whole group at once, forks in flight included.
 * Returns what is left.
 */
export async function killGroup(
  procsFile: string,
  timeoutMs: number,
  killFile?: string,
): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = pidsIn(procsFile);
  while (left.length > 0 && Date.now() < deadline) {
    signalAll(left, killFile);
    await new Promise((r) => setTimeout(r, 10));
    left = pidsIn(procsFile);
  }
  return left;
}

/** The same, synchronously (for the start-up sweep, before the server listens). */
export function killGroupSync(procsFile: string, timeoutMs: number, killFile?: string): number[] {
  const deadline = Date.now() + timeoutMs;
  let left = pidsIn(procsFile);
  while (left.length > 0 && Date.now() < deadline) {
    signalAll(left, killFile);
    sleepSync(10);
    left = pidsIn(procsFile);
  }
  return left;
}

function signalAll(pids: number[], killFile?: string): void {
  if (killFile) {
    try {
      fs.writeFileSync(killFile, '1');
      return;
    } catch {
      // an older kernel without cgroup.kill: signal one by one
    }
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export const rmdirQuiet = (dir: string): boolean => {
  try {
    fs.rmdirSync(dir);
    return true;
  } catch {
    return false;
  }
};
