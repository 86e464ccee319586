import type { RunLimits } from '../../limits/limits';
import type { LimitHit } from '../../result';
import type { CgroupStats } from './cgroups';

export type KillReason = 'wall' | 'cpu' | 'output';

const SIGXCPU = 24;
const SIGXFSZ = 25;

export interface VerdictInput {
  killReason: KillReason | null;
  /** run.sh's report of the command's exit status (128+n for a signal); null if killed first. */
  commandExit: number | null;
  stats: CgroupStats | undefined;
  limits: RunLimits;
  stderr: string;
}

/**
 * Which limit ended (or shaped) a run, most decisive first: an OOM kill (memory), the cpu
 * budget (our poll of the run's total, or a process's RLIMIT_CPU signal), the wall clock, an
 * output flood; then limits that refused something without ending the run: file size
 * (SIGXFSZ) and processes (forks the pids limit refused).
 */
export function decideLimit(v: VerdictInput): LimitHit | undefined {
  const { limits, stats } = v;
  if (stats && stats.oomKills > 0) return { limit: 'memory', value: limits.memoryMb, unit: 'MB' };
  // Without a memory cgroup, the runtimes' own out-of-memory reports are the evidence.
  if (
    !stats &&
    /JavaScript heap out of memory|MemoryError|std::bad_alloc|OutOfMemoryError|runtime: out of memory/.test(
      v.stderr,
    )
  ) {
    return { limit: 'memory', value: limits.memoryMb, unit: 'MB' };
  }
  const cpuUsed = stats?.cpuSeconds ?? null;
  // The run's total reaching the budget decides it, however the command ended: a test runner
  // (node --test, pytest-xdist) may outlive a child that RLIMIT_CPU killed and exit normally.
  if (
    v.killReason === 'cpu' ||
    v.commandExit === 128 + SIGXCPU ||
    (cpuUsed !== null && cpuUsed >= limits.cpuSeconds)
  ) {
    return { limit: 'cpu', value: limits.cpuSeconds, unit: 'seconds' };
  }
  if (v.killReason === 'wall') return { limit: 'wall', value: limits.wallSeconds, unit: 'seconds' };
  if (v.killReason === 'output')
    return { limit: 'output', value: limits.outputBytes, unit: 'bytes' };
  if (v.commandExit === 128 + SIGXFSZ || /File size limit exceeded/.test(v.stderr)) {
    return { limit: 'fileSize', value: limits.fileSizeBytes, unit: 'bytes' };
  }
  if (stats && stats.pidsRefused > 0)
    return { limit: 'processes', value: limits.processes, unit: 'processes' };
  return undefined;
}
