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
 * cgroup v2 (unified hierarchy): one group per run, `<own group>/fixpoint-sandbox/<name>`, with
 * memory.max, memory.swap.max = 0, pids.max and cpu.max; cpu.stat for the run's cpu time,
 * memory.events for OOM kills, memory.peak when the kernel has it (5.19+), cgroup.kill
 * (5.14+) to kill the whole run at once, forks in flight included.
 *
 * v2's "no internal processes" rule: a group that hands controllers to its children
 * (cgroup.subtree_control) may not hold processes itself. So when the controller's own group
 * has not delegated memory, pids and cpu yet, the processes in it (the controller, usually
 * alone in its systemd unit or container) move to a leaf `fixpoint-controller` first. Run the
 * controller in a group of its own (a systemd unit with Delegate=yes, or a container with a
 * private cgroup namespace), never in a shared one.
 *
 * Checked here only against a directory tree that mimics cgroupfs (this host has cgroup v1):
 * the file protocol, not the kernel's behaviour.
 */
export const V2_CONTROLLERS = ['memory', 'pids', 'cpu'] as const;

/** Finds the unified hierarchy at `mount` (default /sys/fs/cgroup) and prepares delegation. */
export function detectV2(mount = '/sys/fs/cgroup', ownPath = ownV2Path()): CgroupHost | null {
  if (ownPath === null || !fs.existsSync(path.join(mount, 'cgroup.controllers'))) return null;
  try {
    const own = path.join(mount, ownPath);
    const available = (readOrNull(path.join(own, 'cgroup.controllers')) ?? '').split(/\s+/);
    if (!V2_CONTROLLERS.every((c) => available.includes(c))) return null;
    const enable = V2_CONTROLLERS.map((c) => `+${c}`).join(' ');
    if (!delegates(own)) {
      const leaf = path.join(own, 'fixpoint-controller');
      fs.mkdirSync(leaf, { recursive: true });
      for (const pid of pidsIn(path.join(own, 'cgroup.procs')))
        fs.writeFileSync(path.join(leaf, 'cgroup.procs'), String(pid));
      fs.writeFileSync(path.join(own, 'cgroup.subtree_control'), enable);
    }
    const base = path.join(own, 'fixpoint-sandbox');
    fs.mkdirSync(base, { recursive: true });
    if (!delegates(base)) fs.writeFileSync(path.join(base, 'cgroup.subtree_control'), enable);
    return {
      version: 2,
      create: (name, limits) => RunCgroupsV2.create(base, name, limits),
      runParents: () => [base],
    };
  } catch {
    return null;
  }
}

/** This process's group in the unified hierarchy (`0::<path>`), or null. */
function ownV2Path(): string | null {
  const line = (readOrNull('/proc/self/cgroup') ?? '').split('\n').find((l) => l.startsWith('0::'));
  return line ? line.slice(3) : null;
}

const delegates = (dir: string): boolean => {
  const on = (readOrNull(path.join(dir, 'cgroup.subtree_control')) ?? '').split(/\s+/);
  return V2_CONTROLLERS.every((c) => on.includes(c));
};

export class RunCgroupsV2 implements RunGroups {
  private constructor(private readonly dir: string) {}

  static create(base: string, name: string, limits: GroupLimits): RunCgroupsV2 {
    const dir = path.join(base, name);
    fs.mkdirSync(dir);
    const groups = new RunCgroupsV2(dir);
    try {
      const write = (file: string, value: string) => fs.writeFileSync(path.join(dir, file), value);
      write('memory.max', String(limits.memoryBytes));
      // No swap: the limit is the limit. The file exists only when the kernel accounts swap
      // (cgroupfs refuses to create it otherwise); without it there is no swap to turn off.
      try {
        write('memory.swap.max', '0');
      } catch (err) {
        if (fs.existsSync(path.join(dir, 'memory.swap.max'))) throw err;
      }
      write('pids.max', String(limits.pids));
      const quota = Math.max(1000, Math.round(limits.cpuCores * CPU_PERIOD_US));
      write('cpu.max', `${quota} ${CPU_PERIOD_US}`);
    } catch (err) {
      groups.destroy();
      throw err;
    }
    return groups;
  }

  procsFiles(): string[] {
    return [path.join(this.dir, 'cgroup.procs')];
  }

  cpuSeconds(): number | null {
    const m = /^usage_usec (\d+)/m.exec(this.read('cpu.stat') ?? '');
    return m ? Number(m[1]) / 1e6 : null;
  }

  stats(): CgroupStats {
    const oom = /^oom_kill (\d+)/m.exec(this.read('memory.events') ?? '');
    const peak = Number(this.read('memory.peak') ?? NaN);
    const refused = /^max (\d+)/m.exec(this.read('pids.events') ?? '');
    return {
      oomKills: oom ? Number(oom[1]) : 0,
      memoryPeakBytes: Number.isFinite(peak) ? peak : null,
      cpuSeconds: this.cpuSeconds(),
      pidsRefused: refused ? Number(refused[1]) : 0,
    };
  }

  processes(): number[] {
    return pidsIn(path.join(this.dir, 'cgroup.procs'));
  }

  killAll(timeoutMs = 2000): Promise<number[]> {
    return killGroup(
      path.join(this.dir, 'cgroup.procs'),
      timeoutMs,
      path.join(this.dir, 'cgroup.kill'),
    );
  }

  destroy(): void {
    rmdirQuiet(this.dir);
  }

  private read(file: string): string | null {
    return readOrNull(path.join(this.dir, file));
  }
}
