import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CPU_PERIOD_US,
  killGroup,
  pidsIn,
  readOrNull,
  rmdirQuiet,
  type CgroupHost,
  type CgroupStats,
  type GroupLimits,
  type RunGroups,
} from './cgroups';

/**
 * cgroup v1: a group per run in each of the memory, pids, cpuacct and cpu hierarchies, created
 * below the controller's own group for that controller (so a limit set on the controller's
 * group still applies) in a `fixpoint-sandbox/<name>` folder. Where two controllers share a
 * hierarchy (cpu,cpuacct), they share the folder.
 */
export const V1_CONTROLLERS = ['memory', 'pids', 'cpuacct', 'cpu'] as const;
type Controller = (typeof V1_CONTROLLERS)[number];
export type V1Roots = Record<Controller, string>;

/** Finds each v1 controller's hierarchy and this process's place in it; null when one lacks. */
export function detectV1(): CgroupHost | null {
  try {
    const mounts = fs.readFileSync('/proc/self/mountinfo', 'utf8').split('\n');
    const own = fs.readFileSync('/proc/self/cgroup', 'utf8').split('\n');
    const roots = {} as V1Roots;
    for (const ctrl of V1_CONTROLLERS) {
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
    return v1Host(roots);
  } catch {
    return null;
  }
}

export function v1Host(roots: V1Roots): CgroupHost {
  return {
    version: 1,
    create: (name, limits) => RunCgroupsV1.create(roots, name, limits),
    runParents: () => [...new Set(Object.values(roots))],
  };
}

export class RunCgroupsV1 implements RunGroups {
  private constructor(private readonly dirs: V1Roots) {}

  static create(roots: V1Roots, name: string, limits: GroupLimits): RunCgroupsV1 {
    const dirs = {} as V1Roots;
    for (const ctrl of V1_CONTROLLERS) dirs[ctrl] = path.join(roots[ctrl], name);
    const groups = new RunCgroupsV1(dirs);
    try {
      for (const dir of groups.uniqueDirs()) fs.mkdirSync(dir);
      const write = (ctrl: Controller, file: string, value: number) =>
        fs.writeFileSync(path.join(dirs[ctrl], file), String(value));
      write('memory', 'memory.limit_in_bytes', limits.memoryBytes);
      // No swap either (when swap accounting exists): the limit is the limit.
      if (fs.existsSync(path.join(dirs.memory, 'memory.memsw.limit_in_bytes')))
        write('memory', 'memory.memsw.limit_in_bytes', limits.memoryBytes);
      write('pids', 'pids.max', limits.pids);
      write('cpu', 'cpu.cfs_period_us', CPU_PERIOD_US);
      write('cpu', 'cpu.cfs_quota_us', Math.max(1000, Math.round(limits.cpuCores * CPU_PERIOD_US)));
    } catch (err) {
      groups.destroy();
      throw err;
    }
    return groups;
  }

  procsFiles(): string[] {
    return this.uniqueDirs().map((d) => path.join(d, 'cgroup.procs'));
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

  processes(): number[] {
    return pidsIn(path.join(this.dirs.pids, 'cgroup.procs'));
  }

  killAll(timeoutMs = 2000): Promise<number[]> {
    return killGroup(path.join(this.dirs.pids, 'cgroup.procs'), timeoutMs);
  }

  destroy(): void {
    for (const dir of this.uniqueDirs()) rmdirQuiet(dir);
  }

  private uniqueDirs(): string[] {
    return [...new Set(Object.values(this.dirs))];
  }

  private read(ctrl: Controller, file: string): string | null {
    return readOrNull(path.join(this.dirs[ctrl], file));
  }
}
