import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { ConfigError, REPO_ROOT } from '../../config/config';
import { removeTree, writeTree } from '../../files/tree-io';
import { CappedBuffer } from '../../output/capped-buffer';
import type { LimitHit } from '../../result';
import type { Driver, DriverInfo, SandboxOutcome, SandboxSpec } from '../driver';
import { bwrapArgs, sandboxPasswd, type SandboxIds } from './bwrap-args';
import { detectCgroups, STAGING_PREFIX, sweepStale } from './cgroup-host';
import type { CgroupHost, RunGroups } from './cgroups';
import { instanceMarker } from './instance';
import { seccompProgram } from './seccomp';
import { UidPool } from './uid-pool';
import { BWRAP, bwrapSupport, usernsLock, type BwrapSupport } from './userns';
import { decideLimit, type KillReason } from './verdict';

export interface LocalDriverOptions {
  /** Runs allowed at once on this host; the harness uid's process rlimit is sized from it. */
  concurrency: number;
  /** The most a report may weigh; a bigger one is cut (and then fails to parse). */
  maxReportBytes?: number;
  logger?: Logger;
  /** CPU quota of each run in cores (default 1). */
  cpuCores?: number;
  /** Where the compiled seccomp program is kept (default <repo>/.data/sandbox). */
  seccompDir?: string;
  /** Refuse to start when no cgroup version gives per-run limits (production). */
  requireCgroups?: boolean;
  /** Refuse to start without the user-namespace lock (production). */
  requireUsernsLock?: boolean;
  /**
   * Tests only: switch one kernel layer off to show that the other holds alone (both on by
   * default; nothing in the configuration reaches these).
   */
  layers?: Partial<KernelLayers>;
}

/** The two independent layers that refuse nested user namespaces (issue 12). */
export interface KernelLayers {
  /** The seccomp filter (seccomp/filter.c): unshare/clone flags EPERM, clone3 ENOSYS. */
  seccomp: boolean;
  /** The user-namespace lock (userns/enter.c): user.max_user_namespaces = 0, ENOSPC. */
  usernsLock: boolean;
}

const CPU_POLL_MS = 200;
/** A run printing more than this many times its output cap is killed as a flood. */
export const OUTPUT_KILL_FACTOR = 8;
/** After a kill, how long to wait for the pipes to close before giving up on them. */
const CLOSE_GRACE_MS = 5000;
/** The fd the seccomp program reaches bwrap on (after stdin/out/err and the control pipe). */
const SECCOMP_FD = 4;
/** The fd a run's secret (SandboxSpec.secret) reaches the command on. */
const SECRET_FD = 5;

/**
 * Runs each command in a fresh bubblewrap sandbox on this host (see bwrap-args.ts for what the
 * sandbox contains). Limits: per-run cgroups, v1 or v2 (memory, pids, cpu time and a cpu
 * quota; cgroups.ts), rlimits set by a tiny sh wrapper before it execs bwrap (cpu seconds per
 * process, file size, open files, processes, no core files), and timers here for the wall
 * clock and the run's total cpu time. Each run has a uid of its own (uid-pool.ts) and the
 * seccomp filter (seccomp/filter.c).
 *
 * If the controller dies, its sandboxes die too: the wrapper gets a parent-death SIGKILL
 * (setpriv --pdeathsig) and execs bwrap, which keeps it, and bwrap's --die-with-parent takes
 * down the sandbox's pid 1 and so the whole pid namespace. The backstop is the start-up sweep
 * (cgroup-host.ts): groups and staging dirs carry the owning controller's pid and start time,
 * and a new controller kills and removes whatever a dead one left.
 */
export class LocalDriver implements Driver {
  private readonly cgroups: CgroupHost | null;
  private readonly maxReportBytes: number;
  private readonly seccomp: string | null;
  /** The user-namespace helper, or null when the lock is off or unavailable. */
  private readonly userns: string | null;
  private readonly bwrap: BwrapSupport;
  private readonly uids = new UidPool();

  constructor(private readonly options: LocalDriverOptions) {
    this.maxReportBytes = options.maxReportBytes ?? 16 * 1024 * 1024;
    this.cgroups = detectCgroups();
    if (!this.cgroups) {
      if (options.requireCgroups)
        throw new ConfigError(
          'No per-run limits: neither cgroup v2 (memory, pids and cpu delegated to this process) nor cgroup v1 (memory, pids, cpuacct and cpu hierarchies, writable) is available. Run the controller as root on a host with either, or in a group with Delegate=yes.',
        );
      options.logger?.warn('no usable cgroups (v1 or v2): runs fall back to rlimits only');
    }
    const swept = sweepStale(this.cgroups);
    if (swept.groupsRemoved.length + swept.groupsBusy.length + swept.stagingRemoved.length > 0)
      options.logger?.warn(swept, 'reaped sandboxes left by a controller that is gone');
    const dir = options.seccompDir ?? path.join(REPO_ROOT, '.data', 'sandbox');
    const layers = options.layers ?? {};
    this.seccomp = layers.seccomp === false ? null : seccompProgram(dir);
    this.bwrap = bwrapSupport();
    this.userns = null;
    if (layers.usernsLock !== false) {
      const lock = usernsLock(dir);
      if ('helper' in lock) this.userns = lock.helper;
      else if (options.requireUsernsLock)
        throw new ConfigError(
          `Nested user namespaces cannot be locked out of the sandbox: ${lock.unavailable}. Run the controller as root on a kernel with user namespaces (user.max_user_namespaces > 0), with gcc installed (tools/sandbox/prepare.sh).`,
        );
      else options.logger?.warn({ reason: lock.unavailable }, 'no user-namespace lock');
    }
    options.logger?.info(
      { bubblewrap: this.bwrap.version, protections: this.info().features },
      'sandbox protections',
    );
  }

  info(): DriverInfo {
    return {
      name: 'local',
      features: {
        bubblewrap: fs.existsSync(BWRAP),
        setpriv: fs.existsSync('/usr/bin/setpriv'),
        cgroups: this.cgroups !== null,
        cgroupV2: this.cgroups?.version === 2,
        cpuQuota: this.cgroups !== null,
        seccomp: this.seccomp !== null,
        // Nested user namespaces refused by the kernel (userns/enter.c), and checked by bwrap
        // itself where it can (--assert-userns-disabled).
        usernsLock: this.userns !== null,
        usernsLockAsserted: this.userns !== null && this.bwrap.assertUsernsDisabled,
        uidPerRun: true,
      },
    };
  }

  async run(spec: SandboxSpec): Promise<SandboxOutcome> {
    const runId = randomUUID();
    const name = `${instanceMarker()}-${runId}`;
    // The parent is 0700 root (mkdtemp); only `in/` and `etc/` are mounted, read-only.
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), `${STAGING_PREFIX}${instanceMarker()}-`));
    const runUid = this.uids.acquire();
    let groups: RunGroups | null = null;
    let seccompFd: number | null = null;
    let released = false;
    try {
      const staging = path.join(parent, 'in');
      fs.mkdirSync(staging, { mode: 0o755 });
      fs.chmodSync(staging, 0o755);
      writeTree(staging, spec.files);
      const etcDir = path.join(parent, 'etc');
      fs.mkdirSync(etcDir, { mode: 0o755 });
      fs.chmodSync(etcDir, 0o755);
      const { passwd, group } = sandboxPasswd(runUid);
      fs.writeFileSync(path.join(etcDir, 'passwd'), passwd, { mode: 0o644 });
      fs.writeFileSync(path.join(etcDir, 'group'), group, { mode: 0o644 });
      if (this.cgroups) {
        groups = this.cgroups.create(name, {
          memoryBytes: spec.limits.memoryMb * 1024 * 1024,
          pids: spec.limits.processes,
          cpuCores: this.options.cpuCores ?? 1,
        });
      }
      // Opened per run: bwrap reads it to the end, and a shared fd would share the offset.
      if (this.seccomp) seccompFd = fs.openSync(this.seccomp, 'r');
      const ids: SandboxIds = {
        runUid,
        seccompFd: seccompFd === null ? null : SECCOMP_FD,
        etcDir,
        assertUsernsDisabled: this.userns !== null && this.bwrap.assertUsernsDisabled,
      };
      return await this.execute(spec, staging, groups, ids, seccompFd);
    } finally {
      if (seccompFd !== null) fs.closeSync(seccompFd);
      if (groups) {
        const left = await groups.killAll();
        if (left.length > 0)
          this.options.logger?.error({ runId, runUid, left }, 'processes survived the run');
        else released = true;
        groups.destroy();
      } else {
        // Without cgroups the pid namespace is the guarantee: its pid 1 is gone, so is the rest.
        released = true;
      }
      // A uid whose processes may live on is never handed out again by this controller.
      if (released) this.uids.release(runUid);
      removeTree(parent);
    }
  }

  private wrapperScript(spec: SandboxSpec, groups: RunGroups | null): string {
    const l = spec.limits;
    const cpu = Math.max(1, Math.ceil(l.cpuSeconds));
    return [
      // setpriv set the parent-death signal before exec'ing this shell; if the controller died
      // before that, no signal will come: the parent is then no longer the controller.
      `[ "$PPID" = ${process.pid} ] || exit 122`,
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
      // Per uid (per uid and user namespace under the userns lock, so then per run): this one
      // is the harness's; run.sh lowers it to the run's own limit for the run's uid. The pids
      // cgroup is the per-run limit too.
      `ulimit -p ${l.processes * this.options.concurrency}`,
      // Without a memory cgroup, cap the data segment (RLIMIT_DATA), which the JVM and Go survive.
      ...(groups ? [] : [`ulimit -d ${l.memoryMb * 1024}`]),
      'exec "$@"',
    ].join('\n');
  }

  private execute(
    spec: SandboxSpec,
    staging: string,
    groups: RunGroups | null,
    ids: SandboxIds,
    seccompFd: number | null,
  ): Promise<SandboxOutcome> {
    const limits = spec.limits;
    const started = process.hrtime.bigint();
    // An empty environment for bwrap itself: its init process (pid 1 inside) is a fork of it,
    // and /proc/1/environ would otherwise show the controller's variables to the run.
    const child = spawn(
      '/usr/bin/setpriv',
      [
        '--pdeathsig',
        'KILL',
        '/bin/sh',
        '-c',
        this.wrapperScript(spec, groups),
        'sandbox',
        // The helper keeps the wrapper's pid (and so its parent-death signal and cgroups),
        // enters the locked user namespace and execs bwrap.
        ...(this.userns ? [this.userns] : []),
        BWRAP,
        ...bwrapArgs(spec, staging, this.maxReportBytes, ids),
      ],
      {
        env: {},
        stdio: [
          'ignore',
          'pipe',
          'pipe',
          'pipe',
          seccompFd ?? 'ignore',
          spec.secret !== undefined ? 'pipe' : 'ignore',
        ],
      },
    );
    if (spec.secret !== undefined) {
      const secretPipe = (child.stdio as unknown as (Writable | null)[])[SECRET_FD];
      secretPipe?.on('error', () => undefined);
      secretPipe?.end(spec.secret);
    }
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
          ...(ctl.survivors !== undefined ? { survivors: ctl.survivors } : {}),
          stderrTruncated: stderr.truncated,
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

/**
 * Reads run.sh's fd-3 protocol: "started", "survivors <n>", "exit <n>", then "report" + bytes
 * or "noreport".
 */
export function parseControl(buf: Buffer): {
  started: boolean;
  exitCode: number | null;
  report: string | null;
  survivors?: number;
} {
  const text = buf.toString('utf8');
  const started = text.startsWith('started\n');
  const survived = /^started\nsurvivors (\d+)\n/.exec(text);
  const exit = /^exit (\d+)\n/m.exec(text);
  const exitCode = exit ? Number(exit[1]) : null;
  let report: string | null = null;
  if (exit) {
    const after = text.slice((exit.index ?? 0) + exit[0].length);
    if (after.startsWith('report\n')) report = after.slice('report\n'.length);
  }
  return {
    started,
    exitCode,
    report,
    ...(survived ? { survivors: Number(survived[1]) } : {}),
  };
}
