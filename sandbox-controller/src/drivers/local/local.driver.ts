import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Logger } from 'pino';
import { removeTree, writeTree } from '../../files/tree-io';
import { CappedBuffer } from '../../output/capped-buffer';
import type { LimitHit } from '../../result';
import type { Driver, DriverInfo, SandboxOutcome, SandboxSpec } from '../driver';
import { bwrapArgs } from './bwrap-args';
import { detectCgroupRoots, groupName, RunCgroups, sweepStale } from './cgroups';
import { decideLimit, type KillReason } from './verdict';

export interface LocalDriverOptions {
  /** Runs allowed at once on this host; the per-uid process rlimit is sized from it. */
  concurrency: number;
  /** The most a report may weigh; a bigger one is cut (and then fails to parse). */
  maxReportBytes?: number;
  logger?: Logger;
}

const CPU_POLL_MS = 200;
/** A run printing more than this many times its output cap is killed as a flood. */
export const OUTPUT_KILL_FACTOR = 8;
/** After a kill, how long to wait for the pipes to close before giving up on them. */
const CLOSE_GRACE_MS = 5000;

/**
 * Runs each command in a fresh bubblewrap sandbox on this host (see bwrap-args.ts for what the
 * sandbox contains). Limits: cgroup v1 memory, pids and cpuacct groups per run (cgroups.ts),
 * rlimits set by a tiny sh wrapper before it execs bwrap (cpu seconds per process, file size,
 * open files, processes of the sandbox uid, no core files), and timers here for the wall
 * clock and the run's total cpu time.
 */
export class LocalDriver implements Driver {
  private readonly cgroupRoots = detectCgroupRoots();
  private readonly maxReportBytes: number;

  constructor(private readonly options: LocalDriverOptions) {
    this.maxReportBytes = options.maxReportBytes ?? 16 * 1024 * 1024;
    if (this.cgroupRoots) sweepStale(this.cgroupRoots);
    else
      options.logger?.warn(
        'cgroup v1 memory/pids/cpuacct not available: runs fall back to rlimits only',
      );
  }

  info(): DriverInfo {
    return {
      name: 'local',
      features: {
        bubblewrap: fs.existsSync('/usr/bin/bwrap'),
        setpriv: fs.existsSync('/usr/bin/setpriv'),
        cgroups: this.cgroupRoots !== null,
      },
    };
  }

  async run(spec: SandboxSpec): Promise<SandboxOutcome> {
    const runId = randomUUID();
    // The parent is 0700 root (mkdtemp); only `in/` is mounted, read-only, into the sandbox.
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'fixpoint-run-'));
    let groups: RunCgroups | null = null;
    try {
      const staging = path.join(parent, 'in');
      fs.mkdirSync(staging, { mode: 0o755 });
      fs.chmodSync(staging, 0o755);
      writeTree(staging, spec.files);
      if (this.cgroupRoots) {
        groups = RunCgroups.create(
          this.cgroupRoots,
          groupName(runId),
          spec.limits.memoryMb * 1024 * 1024,
          spec.limits.processes,
        );
      }
      return await this.execute(spec, staging, groups);
    } finally {
      if (groups) {
        const left = await groups.killAll();
        if (left.length > 0)
          this.options.logger?.error({ runId, left }, 'processes survived the run');
        groups.destroy();
      }
      removeTree(parent);
    }
  }

  private wrapperScript(spec: SandboxSpec, groups: RunCgroups | null): string {
    const l = spec.limits;
    const cpu = Math.max(1, Math.ceil(l.cpuSeconds));
    return [
      // Join the run's cgroups before anything else starts, so every descendant is counted.
      ...(groups
        ? [
            `${groups
              .procsFiles()
              .map((f) => `echo $$ > ${f}`)
              .join(' && ')} || exit 121`,
          ]
        : []),
      'ulimit -c 0',
      // Soft limit sends SIGXCPU, the hard one a second later SIGKILL: per process.
      `ulimit -S -t ${cpu}`,
      `ulimit -H -t ${cpu + 1}`,
      `ulimit -f ${Math.ceil(l.fileSizeBytes / 512)}`,
      `ulimit -n ${l.openFiles}`,
      // Counted per uid across every sandbox of this host; the pids cgroup is the per-run limit.
      `ulimit -p ${l.processes * this.options.concurrency}`,
      // Without a memory cgroup, cap the data segment (RLIMIT_DATA), which the JVM and Go survive.
      ...(groups ? [] : [`ulimit -d ${l.memoryMb * 1024}`]),
      'exec "$@"',
    ].join('\n');
  }

  private execute(
    spec: SandboxSpec,
    staging: string,
    groups: RunCgroups | null,
  ): Promise<SandboxOutcome> {
    const limits = spec.limits;
    const started = process.hrtime.bigint();
    // An empty environment for bwrap itself: its init process (pid 1 inside) is a fork of it,
    // and /proc/1/environ would otherwise show the controller's variables to the run.
    const child = spawn(
      '/bin/sh',
      [
        '-c',
        this.wrapperScript(spec, groups),
        'sandbox',
        '/usr/bin/bwrap',
        ...bwrapArgs(spec, staging, this.maxReportBytes),
      ],
      {
        env: {},
        stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      },
    );
    const stdout = new CappedBuffer(limits.outputBytes);
    const stderr = new CappedBuffer(limits.outputBytes);
    const control = new CappedBuffer(this.maxReportBytes + 4096);
    let killReason: KillReason | null = null;
    const kill = (reason: KillReason) => {
      if (killReason) return;
      killReason = reason;
      child.kill('SIGKILL');
      void groups?.killAll(500);
    };
    const floodAt = limits.outputBytes * OUTPUT_KILL_FACTOR;
    const onData = (buf: CappedBuffer) => (chunk: Buffer) => {
      buf.push(chunk);
      if (stdout.total + stderr.total > floodAt) kill('output');
    };
    child.stdout?.on('data', onData(stdout));
    child.stderr?.on('data', onData(stderr));
    child.stdio[3]?.on('data', (chunk: Buffer) => control.push(chunk));

    const wallTimer = setTimeout(() => kill('wall'), limits.wallSeconds * 1000);
    const cpuTimer = groups
      ? setInterval(() => {
          const used = groups.cpuSeconds();
          if (used !== null && used >= limits.cpuSeconds) kill('cpu');
        }, CPU_POLL_MS)
      : null;

    return new Promise((resolve) => {
      let done = false;
      let graceTimer: NodeJS.Timeout | null = null;
      const finish = (exitCode: number | null, signal: NodeJS.Signals | null) => {
        if (done) return;
        done = true;
        clearTimeout(wallTimer);
        if (cpuTimer) clearInterval(cpuTimer);
        if (graceTimer) clearTimeout(graceTimer);
        const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
        const ctl = parseControl(control.toBuffer());
        const stats = groups?.stats();
        const limitHit: LimitHit | undefined = decideLimit({
          killReason,
          commandExit: ctl.exitCode,
          stats,
          limits,
          stderr: stderr.toText(),
        });
        if (!ctl.started) {
          this.options.logger?.error(
            { exitCode, signal, stderr: stderr.toText().slice(0, 2000) },
            'sandbox did not start',
          );
        }
        resolve({
          exitCode: ctl.exitCode,
          stdout: stdout.toText(),
          stderr: ctl.started ? stderr.toText() : `sandbox failed to start: ${stderr.toText()}`,
          report: ctl.report,
          durationMs: Math.round(durationMs),
          limitHit,
          killed: killReason !== null || (limitHit?.limit === 'memory' && ctl.exitCode === null),
          usage: {
            memoryPeakBytes: stats?.memoryPeakBytes ?? null,
            cpuSeconds: stats?.cpuSeconds ?? null,
          },
        });
      };
      child.on('close', finish);
      child.on('exit', (code, signal) => {
        // Normally 'close' follows at once; if something still held a pipe, do not wait forever.
        graceTimer = setTimeout(() => finish(code, signal), CLOSE_GRACE_MS);
      });
      child.on('error', () => finish(null, null));
    });
  }
}

/** Reads run.sh's fd-3 protocol: "started", "exit <n>", then "report" + bytes or "noreport". */
export function parseControl(buf: Buffer): {
  started: boolean;
  exitCode: number | null;
  report: string | null;
} {
  const text = buf.toString('utf8');
  const started = text.startsWith('started\n');
  const exit = /^exit (\d+)\n/m.exec(text);
  const exitCode = exit ? Number(exit[1]) : null;
  let report: string | null = null;
  if (exit) {
    const after = text.slice((exit.index ?? 0) + exit[0].length);
    if (after.startsWith('report\n')) report = after.slice('report\n'.length);
  }
  return { started, exitCode, report };
}
