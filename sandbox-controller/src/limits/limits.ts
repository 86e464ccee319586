import type { HostLimits } from '../config/config';

/** What a challenge (or an ad-hoc request) asks for. */
export interface RequestedLimits {
  cpuSeconds?: number;
  wallSeconds?: number;
  memoryMb?: number;
}

/** Everything the driver enforces for one run: the host's maximums, with the challenge's own
 * (smaller) cpu, wall and memory limits applied. Same fields, so one shape. */
export type RunLimits = HostLimits;

/** Used when a request names no limits (ad-hoc runs); the challenge README's example values. */
export const DEFAULT_LIMITS = { cpuSeconds: 10, wallSeconds: 20, memoryMb: 256 } as const;

const clamp = (value: number | undefined, fallback: number, max: number): number => {
  const v = value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
  return Math.min(v, max);
};

/**
 * The limits of one run: the requested cpu/wall/memory clamped to the host maximums (never
 * above them, never zero or negative), and the host's own output/process/file limits.
 */
export function effectiveLimits(requested: RequestedLimits, host: HostLimits): RunLimits {
  return {
    cpuSeconds: clamp(requested.cpuSeconds, DEFAULT_LIMITS.cpuSeconds, host.cpuSeconds),
    wallSeconds: clamp(requested.wallSeconds, DEFAULT_LIMITS.wallSeconds, host.wallSeconds),
    memoryMb: Math.max(
      1,
      Math.round(clamp(requested.memoryMb, DEFAULT_LIMITS.memoryMb, host.memoryMb)),
    ),
    outputBytes: host.outputBytes,
    processes: host.processes,
    openFiles: host.openFiles,
    fileSizeBytes: host.fileSizeBytes,
    scratchBytes: host.scratchBytes,
  };
}
