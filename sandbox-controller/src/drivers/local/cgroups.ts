import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Per-run cgroup v1 groups (memory, pids, cpuacct) for the local driver. Memory is limited
 * here rather than with RLIMIT_AS because address-space limits break the JVM and Go (they
 * reserve far more address space than they use); the memory controller counts what a run
 * really uses, tmpfs files included, and records OOM kills so the verdict can say so.
 *
 * Each group is created below the controller's own group for that controller (so a limit
 * set on the controller's group still applies) in a `fixpoint-sandbox/<runId>` folder.
 */
const CONTROLLERS = ['memory', 'pids', 'cpuacct'] as const;
type Controller = (typeof CONTROLLERS)[number];

export interface CgroupStats {
  oomKills: number;
  memoryPeakBytes: number | null;
  cpuSeconds: number | null;
  /** How many forks the pids limit refused. */
  pidsRefused: number;
}

/** Finds the v1 hierarchy of each controller and this process's place in it; null when absent. */
export function detectCgroupRoots(): Record<Controller, string> | null {
  try {
    const mounts = fs.readFileSync('/proc/self/mountinfo', 'utf8').split('\n');
    const own = fs.readFileSync('/proc/self/cgroup', 'utf8').split('\n');
    const roots = {} as Record<Controller, string>;
    for (const ctrl of CONTROLLERS) {
      const mount = mounts
        .map((l) => l.split(' '))
        .find(
          (f) =>
            f[f.indexOf('-') + 1] === 'cgroup' &&
            (f[f.indexOf('-') + 3] ?? '').split(',').includes(ctrl),
        );
      const mine = own
        .map((l) => l.split(':'))
        .find((f) => f.length >= 3 && f[1].split(',').includes(ctrl));
      if (!mount || !mine) return null;
      const dir = path.join(mount[4], mine[2], 'fixpoint-sandbox');
      fs.mkdirSync(dir, { recursive: true });
      fs.accessSync(dir, fs.constants.W_OK);
      roots[ctrl] = dir;
    }
    return roots;
  } catch {
    return null;
  }
}

export class RunCgroups {
  private constructor(private readonly dirs: Record<Controller, string>) {}

  static create(
    roots: Record<Controller, string>,
    runId: string,
    memoryBytes: number,
    pids: number,
  ): RunCgroups {
    const dirs = {} as Record<Controller, string>;
    for (const ctrl of CONTROLLERS) {
      dirs[ctrl] = path.join(roots[ctrl], runId);
      fs.mkdirSync(dirs[ctrl]);
    }
    const groups = new RunCgroups(dirs);
    try {
      fs.writeFileSync(path.join(dirs.memory, 'memory.limit_in_bytes'), String(memoryBytes));
      // No swap either (when swap accounting exists): the limit is the limit.
      const memsw = path.join(dirs.memory, 'memory.memsw.limit_in_bytes');
      if (fs.existsSync(memsw)) fs.writeFileSync(memsw, String(memoryBytes));
      fs.writeFileSync(path.join(dirs.pids, 'pids.max'), String(pids));
    } catch (err) {
      groups.destroy();
      throw err;
    }
    return groups;
  }

  /** The files a process writes its pid to, to join every group before it starts anything. */
  procsFiles(): string[] {
    return CONTROLLERS.map((c) => path.join(this.dirs[c], 'cgroup.procs'));
  }

  cpuSeconds(): number | null {
    const ns = Number(this.read('cpuacct', 'cpuacct.usage'));
    return Number.isFinite(ns) ? ns / 1e9 : null;
  }

  stats(): CgroupStats {
    const oom = /oom_kill (\d+)/.exec(this.read('memory', 'memory.oom_control') ?? '');
    const peak = Number(this.read('memory', 'memory.max_usage_in_bytes'));
    const refused = /max (\d+)/.exec(this.read('pids', 'pids.events') ?? '');
    return {
      oomKills: oom ? Number(oom[1]) : 0,
      memoryPeakBytes: Number.isFinite(peak) ? peak : null,
      cpuSeconds: this.cpuSeconds(),
      pidsRefused: refused ? Number(refused[1]) : 0,
    };
  }

  /** Pids of every process still in the run. */
  processes(): number[] {
    return (this.read('pids', 'cgroup.procs') ?? '').split('\n').filter(Boolean).map(Number);
  }

  /** SIGKILLs whatever is left, until the group is empty (or `timeoutMs` passes). */
  async killAll(timeoutMs = 2000): Promise<number[]> {
    const deadline = Date.now() + timeoutMs;
    let left = this.processes();
    while (left.length > 0 && Date.now() < deadline) {
      for (const pid of left) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await new Promise((r) => setTimeout(r, 10));
      left = this.processes();
    }
    return left;
  }

  /** Removes the groups (they must be empty). Best-effort: a leftover is retried next start. */
  destroy(): void {
    for (const dir of Object.values(this.dirs)) {
      try {
        fs.rmdirSync(dir);
      } catch {
        // busy or gone; swept by sweepStale()
      }
    }
  }

  private read(ctrl: Controller, file: string): string | null {
    try {
      return fs.readFileSync(path.join(this.dirs[ctrl], file), 'utf8');
    } catch {
      return null;
    }
  }
}

/** Group names start with the controller's pid, so a sweep never touches a live controller's. */
export const groupName = (runId: string): string => `${process.pid}-${runId}`;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes empty run groups left by controllers that are gone (a crash), at start. */
export function sweepStale(roots: Record<Controller, string>): void {
  for (const root of Object.values(roots)) {
    for (const name of fs.readdirSync(root)) {
      const owner = Number(name.split('-')[0]);
      if (!Number.isInteger(owner) || alive(owner)) continue;
      try {
        fs.rmdirSync(path.join(root, name));
      } catch {
        // still has processes: leave it
      }
    }
  }
}
