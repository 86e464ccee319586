import type { RuntimeId } from '../challenges/challenge.schema';
import type { RunLimits } from '../limits/limits';
import type { TestResult } from '../result';
import type { Toolchain } from '../toolchains/toolchains';

/** Fixed places inside every sandbox. */
export const SANDBOX = {
  /** The work tree (cwd of the run), a fresh tmpfs. */
  work: '/work',
  /** Scratch space, a fresh tmpfs; the harness keeps its files under /tmp/.fixpoint. */
  tmp: '/tmp',
  harness: '/tmp/.fixpoint',
  /** Where toolchains and warm caches are mounted read-only. */
  opt: '/opt/fixpoint',
} as const;

/** A host path mounted read-only at `target` inside the sandbox. */
export interface Mount {
  source: string;
  target: string;
}

/** What a runtime needs inside the sandbox besides the base system (/usr, /etc pieces). */
export interface RuntimeEnvironment {
  mounts: Mount[];
  env: Record<string, string>;
  /** Directories put before /usr/local/bin:/usr/bin:/bin on PATH. */
  path: string[];
}

/** The command that runs a suite, and where (inside the sandbox) it leaves its report. */
export interface TestPlan {
  argv: string[];
  /** Report file the harness hands back, or null when the report is stdout (go, rust). */
  reportPath: string | null;
}

export interface RawOutcome {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  report: string | null;
}

export interface ParsedRun {
  tests: TestResult[];
  /** Set when the tests could not run at all (compile error, no report): a one-line reason. */
  error?: string;
  /** Replaces the raw stdout in the result when the raw one is a machine format (go -json). */
  stdout?: string;
}

export interface PlanOptions {
  /** Load the runtime's freeze harness (integrity/harness) before any test or solution code. */
  freeze?: boolean;
}

/** Where the integrity harness files (src/integrity/harness) are mounted read-only. */
export const INTEGRITY_HARNESS = `${SANDBOX.opt}/integrity`;

/** How one runtime runs tests: its sandbox environment, its command and its report mapping. */
export interface Runner {
  readonly runtime: RuntimeId;
  environment(toolchain: Toolchain, limits: RunLimits): RuntimeEnvironment;
  testPlan(testFiles: string[], limits: RunLimits, options?: PlanOptions): TestPlan;
  parse(raw: RawOutcome): ParsedRun;
  /** Extra environment for the freeze layer (on top of environment()), where a runtime has one. */
  freezeEnv?(base: Record<string, string>): Record<string, string>;
}

/** The first line that looks like a compiler/tool error, for a one-line `message`. */
export function firstErrorLine(text: string, pattern = /\berror\b[:[]/i): string | undefined {
  return text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => pattern.test(l));
}

/** The reason given when a runner finds no report: the first error line, else the stderr tail. */
export function noReportReason(raw: RawOutcome, what: string): string {
  const line = firstErrorLine(raw.stderr) ?? raw.stderr.trim().split('\n').slice(-1)[0];
  return line ? `${what}: ${line}` : `${what} (exit code ${raw.exitCode ?? 'none'})`;
}
