import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RunCgroupsV1, v1Host, type V1Roots } from './cgroups-v1';
import { detectV2 } from './cgroups-v2';
import { sweepStale } from './cgroup-host';
import { decideLimit } from './verdict';

/**
 * The cgroup file protocol, against temp dirs that mimic cgroupfs (a real v2 host is not
 * available here: what the kernel does with these files is not tested by this spec).
 */
let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fixpoint-cgfs-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const read = (...p: string[]) => fs.readFileSync(path.join(root, ...p), 'utf8');
const write = (p: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
  fs.writeFileSync(path.join(root, p), text);
};
const limits = { memoryBytes: 256 * 1024 * 1024, pids: 64, cpuCores: 1 };

describe('cgroup v2', () => {
  const fakeUnified = () => {
    write('cgroup.controllers', 'cpuset cpu io memory hugetlb pids rdma misc');
    write('svc/cgroup.controllers', 'cpu memory pids');
    write('svc/cgroup.subtree_control', '');
    write('svc/cgroup.procs', '4242\n4243\n');
  };

  it('moves the controller into a leaf, delegates memory/pids/cpu, and writes every limit of a run', () => {
    fakeUnified();
    const host = detectV2(root, '/svc');
    expect(host?.version).toBe(2);
    // "No internal processes": the processes of the group move to a leaf before delegation.
    expect(read('svc/fixpoint-controller/cgroup.procs')).toBe('4243');
    expect(read('svc/cgroup.subtree_control')).toBe('+memory +pids +cpu');
    expect(read('svc/fixpoint-sandbox/cgroup.subtree_control')).toBe('+memory +pids +cpu');
    expect(host?.runParents()).toEqual([path.join(root, 'svc/fixpoint-sandbox')]);

    const run = host?.create('123-t9-abc', { ...limits, cpuCores: 0.5 });
    const dir = 'svc/fixpoint-sandbox/123-t9-abc';
    expect(read(dir, 'memory.max')).toBe(String(256 * 1024 * 1024));
    expect(read(dir, 'memory.swap.max')).toBe('0');
    expect(read(dir, 'pids.max')).toBe('64');
    expect(read(dir, 'cpu.max')).toBe('50000 100000');
    expect(run?.procsFiles()).toEqual([path.join(root, dir, 'cgroup.procs')]);
  });

  it('reads cpu time, OOM kills, peak memory and refused forks from the run group', () => {
    fakeUnified();
    const run = detectV2(root, '/svc')?.create('r', limits);
    const dir = 'svc/fixpoint-sandbox/r';
    write(`${dir}/cpu.stat`, 'usage_usec 1500000\nuser_usec 1000000\nsystem_usec 500000\n');
    write(`${dir}/memory.events`, 'low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\noom_group_kill 0\n');
    write(`${dir}/memory.peak`, '1048576\n');
    write(`${dir}/pids.events`, 'max 7\n');
    expect(run?.stats()).toEqual({
      oomKills: 1,
      memoryPeakBytes: 1048576,
      cpuSeconds: 1.5,
      pidsRefused: 7,
    });
  });

  it('turns memory.events and pids.events of the run group into the memory and processes verdicts', () => {
    fakeUnified();
    const run = detectV2(root, '/svc')?.create('r', limits);
    const dir = 'svc/fixpoint-sandbox/r';
    const runLimits = {
      cpuSeconds: 10,
      wallSeconds: 20,
      memoryMb: 256,
      outputBytes: 1000,
      processes: 64,
      openFiles: 64,
      fileSizeBytes: 4096,
      scratchBytes: 1 << 20,
    };
    const verdict = (commandExit: number | null) =>
      decideLimit({
        killReason: null,
        commandExit,
        stats: run?.stats(),
        limits: runLimits,
        stderr: '',
      });
    // Nothing hit: the counters at zero.
    write(`${dir}/memory.events`, 'low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n');
    write(`${dir}/pids.events`, 'max 0\n');
    expect(verdict(0)).toBeUndefined();
    // A fork refused by pids.max, the run went on: processes.
    write(`${dir}/pids.events`, 'max 2\n');
    expect(verdict(1)).toEqual({ limit: 'processes', value: 64, unit: 'processes' });
    // The kernel's OOM killer in the group (the command died of SIGKILL): memory, which wins.
    write(`${dir}/memory.events`, 'low 0\nhigh 0\nmax 9\noom 1\noom_kill 1\n');
    expect(verdict(137)).toEqual({ limit: 'memory', value: 256, unit: 'MB' });
  });

  it('kills through cgroup.kill, and is not chosen without the controllers it needs', async () => {
    fakeUnified();
    const run = detectV2(root, '/svc')?.create('r', limits);
    // A fake cgroupfs does not empty itself: the pid stays listed, and is reported as left.
    write('svc/fixpoint-sandbox/r/cgroup.procs', '4194999\n');
    expect(await run?.killAll(50)).toEqual([4194999]);
    expect(read('svc/fixpoint-sandbox/r/cgroup.kill')).toBe('1');
    write('svc/cgroup.controllers', 'cpu memory');
    expect(detectV2(root, '/svc')).toBeNull();
    expect(detectV2(path.join(root, 'nowhere'), '/svc')).toBeNull();
  });
});

describe('cgroup v1', () => {
  it('writes memory, pids and the cpu quota; a shared cpu,cpuacct hierarchy is one folder', () => {
    const roots: V1Roots = {
      memory: path.join(root, 'memory'),
      pids: path.join(root, 'pids'),
      cpuacct: path.join(root, 'cpu,cpuacct'),
      cpu: path.join(root, 'cpu,cpuacct'),
    };
    for (const d of new Set(Object.values(roots))) fs.mkdirSync(d);
    const run = RunCgroupsV1.create(roots, 'r', { ...limits, cpuCores: 1 });
    expect(read('memory/r/memory.limit_in_bytes')).toBe(String(256 * 1024 * 1024));
    expect(read('pids/r/pids.max')).toBe('64');
    expect(read('cpu,cpuacct/r/cpu.cfs_period_us')).toBe('100000');
    expect(read('cpu,cpuacct/r/cpu.cfs_quota_us')).toBe('100000');
    expect(run.procsFiles()).toEqual([
      path.join(root, 'memory/r/cgroup.procs'),
      path.join(root, 'pids/r/cgroup.procs'),
      path.join(root, 'cpu,cpuacct/r/cgroup.procs'),
    ]);
  });
});

describe('sweepStale', () => {
  it('removes run groups and staging dirs of a dead controller, and leaves a live one alone', () => {
    const roots: V1Roots = {
      memory: path.join(root, 'memory'),
      pids: path.join(root, 'pids'),
      cpuacct: path.join(root, 'cpuacct'),
      cpu: path.join(root, 'cpu'),
    };
    const tmp = path.join(root, 'tmp');
    fs.mkdirSync(tmp);
    // A pid that cannot exist (above pid_max) stands for a controller that is gone.
    const dead = '4194999-t1-0f0f';
    const live = `${process.pid}-t${fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[19]}-0f0f`;
    for (const dir of Object.values(roots)) {
      for (const name of [dead, live]) {
        fs.mkdirSync(path.join(dir, name), { recursive: true });
        fs.writeFileSync(path.join(dir, name, 'cgroup.procs'), '');
      }
    }
    fs.mkdirSync(path.join(tmp, `fixpoint-run-${dead}AbCd`));
    fs.mkdirSync(path.join(tmp, `fixpoint-run-${live}AbCd`));
    fs.mkdirSync(path.join(tmp, 'fixpoint-run-unmarked'));
    const report = sweepStale(v1Host(roots), tmp);
    // Only the dead controller's groups are touched (a fake dir with a file in it cannot be
    // rmdir'ed the way an empty cgroup can: it is reported busy).
    expect([...report.groupsRemoved, ...report.groupsBusy].sort()).toEqual(
      Object.values(roots)
        .map((d) => path.join(d, dead))
        .sort(),
    );
    expect(report.stagingRemoved).toEqual([`fixpoint-run-${dead}AbCd`]);
    expect(fs.readdirSync(tmp).sort()).toEqual(
      [`fixpoint-run-${live}AbCd`, 'fixpoint-run-unmarked'].sort(),
    );
    for (const dir of Object.values(roots)) expect(fs.existsSync(path.join(dir, live))).toBe(true);
  });
});
