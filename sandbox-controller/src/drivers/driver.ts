import type { FileTree } from '../files/file-tree';
import type { RunLimits } from '../limits/limits';
import type { LimitHit } from '../result';
import type { Mount } from '../runners/runner';

/** Everything a driver needs to run one command on one work tree. */
export interface SandboxSpec {
  /** The work tree; the command's cwd. */
  files: FileTree;
  argv: string[];
  /** Environment of the command (on top of the driver's fixed base); nothing else reaches it. */
  env: Record<string, string>;
  /** PATH entries before the base system's. */
  path: string[];
  /** Read-only mounts the runtime needs (toolchains, warm caches). */
  mounts: Mount[];
  /** A report file (inside the sandbox) to hand back after the command, or null. */
  reportPath: string | null;
  limits: RunLimits;
  /**
   * A secret for the integrity harness (graded pytest runs): the command gets it on fd 5, a pipe
   * the driver writes and closes at once; the harness reads it before any solution code loads
   * and closes it. Never in argv or env, which the run can read back through /proc.
   */
  secret?: string;
}

export interface SandboxOutcome {
  /** The command's exit code; null when the sandbox was killed before it ended. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  report: string | null;
  durationMs: number;
  /** The limit that ended or shaped the run, if any. */
  limitHit?: LimitHit;
  /** True when a limit killed the run (wall, cpu, memory, output). */
  killed: boolean;
  /**
   * Processes of the run that were still alive when the command exited (then killed before the
   * report was read). Optional: drivers that cannot tell leave it out. More than 0 means
   * something of the run could have rewritten the report after the command's exit (in the few
   * milliseconds before the kill): a grading layer should not trust that report.
   */
  survivors?: number;
  /** True when stderr was cut at the output cap (its end, and anything printed there, lost). */
  stderrTruncated?: boolean;
  /** Diagnostics for logs: peak memory, cpu used. */
  usage: { memoryPeakBytes: number | null; cpuSeconds: number | null };
}

export interface DriverInfo {
  name: string;
  /** What isolation is in force, for /healthz. */
  features: Record<string, boolean>;
}

/**
 * Where runs happen. The local driver (bubblewrap on this host) is the default; a Kubernetes
 * driver (one Pod per run) implements the same contract later.
 */
export interface Driver {
  info(): DriverInfo;
  run(spec: SandboxSpec): Promise<SandboxOutcome>;
}
