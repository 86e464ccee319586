import type { RunLimits } from '../../limits/limits';
import { parentDirs } from './bwrap-args';
import type { CgroupStats } from './cgroups';
import { parseControl } from './local.driver';
import { decideLimit } from './verdict';

const limits: RunLimits = {
  cpuSeconds: 2,
  wallSeconds: 5,
  memoryMb: 128,
  outputBytes: 1000,
  processes: 32,
  openFiles: 64,
  fileSizeBytes: 4096,
  scratchBytes: 1 << 20,
};
const stats = (s: Partial<CgroupStats> = {}): CgroupStats => ({
  oomKills: 0,
  memoryPeakBytes: 0,
  cpuSeconds: 0.1,
  pidsRefused: 0,
  ...s,
});
const base = { killReason: null, commandExit: 0, stats: stats(), limits, stderr: '' };

describe('decideLimit', () => {
  it('names no limit for a run that stayed inside them', () => {
    expect(decideLimit(base)).toBeUndefined();
  });

  it('says memory, with its value, after an OOM kill, even when the wall clock also fired', () => {
    expect(decideLimit({ ...base, killReason: 'wall', stats: stats({ oomKills: 1 }) })).toEqual({
      limit: 'memory',
      value: 128,
      unit: 'MB',
    });
  });

  it('says cpu when the run used its cpu budget even though the command exited normally', () => {
    // node --test reports a child killed by RLIMIT_CPU as a failed file and exits 1.
    expect(decideLimit({ ...base, commandExit: 1, stats: stats({ cpuSeconds: 2.05 }) })).toEqual({
      limit: 'cpu',
      value: 2,
      unit: 'seconds',
    });
    expect(
      decideLimit({ ...base, commandExit: 1, stats: stats({ cpuSeconds: 1.2 }) }),
    ).toBeUndefined();
  });

  it('says cpu for our cpu kill, for SIGXCPU, and for SIGKILL at the cpu budget', () => {
    const cpu = { limit: 'cpu', value: 2, unit: 'seconds' };
    expect(decideLimit({ ...base, killReason: 'cpu', commandExit: null })).toEqual(cpu);
    expect(decideLimit({ ...base, commandExit: 152 })).toEqual(cpu);
    expect(decideLimit({ ...base, commandExit: 137, stats: stats({ cpuSeconds: 2.1 }) })).toEqual(
      cpu,
    );
    expect(
      decideLimit({ ...base, commandExit: 137, stats: stats({ cpuSeconds: 0.5 }) }),
    ).toBeUndefined();
  });

  it('says wall, output, fileSize and processes', () => {
    expect(decideLimit({ ...base, killReason: 'wall', commandExit: null })).toEqual({
      limit: 'wall',
      value: 5,
      unit: 'seconds',
    });
    expect(decideLimit({ ...base, killReason: 'output', commandExit: null })).toEqual({
      limit: 'output',
      value: 1000,
      unit: 'bytes',
    });
    expect(decideLimit({ ...base, commandExit: 153 })).toEqual({
      limit: 'fileSize',
      value: 4096,
      unit: 'bytes',
    });
    expect(decideLimit({ ...base, commandExit: 2, stats: stats({ pidsRefused: 3 }) })).toEqual({
      limit: 'processes',
      value: 32,
      unit: 'processes',
    });
  });

  it('falls back to the runtimes own out-of-memory messages without a memory cgroup', () => {
    expect(
      decideLimit({
        ...base,
        stats: undefined,
        commandExit: 134,
        stderr: 'FATAL ERROR: ... JavaScript heap out of memory',
      })?.limit,
    ).toBe('memory');
  });
});

describe('parseControl (run.sh fd 3)', () => {
  it('reads started, the exit status and the report', () => {
    expect(parseControl(Buffer.from('started\nexit 1\nreport\n<xml/>'))).toEqual({
      started: true,
      exitCode: 1,
      report: '<xml/>',
    });
    expect(parseControl(Buffer.from('started\nexit 0\nnoreport\n'))).toEqual({
      started: true,
      exitCode: 0,
      report: null,
    });
  });

  it('reads how many processes outlived the command', () => {
    expect(parseControl(Buffer.from('started\nsurvivors 2\nexit 0\nreport\n<xml/>'))).toEqual({
      started: true,
      survivors: 2,
      exitCode: 0,
      report: '<xml/>',
    });
  });

  it('has no exit status when the sandbox was killed, and nothing when it never started', () => {
    expect(parseControl(Buffer.from('started\n'))).toEqual({
      started: true,
      exitCode: null,
      report: null,
    });
    expect(parseControl(Buffer.alloc(0))).toEqual({ started: false, exitCode: null, report: null });
  });
});

describe('parentDirs', () => {
  it('lists the mount points parents bwrap must create readable, outermost first', () => {
    expect(parentDirs(['/opt/fixpoint/node/bin/node', '/fixpoint/in', '/node_modules'])).toEqual([
      '/fixpoint',
      '/opt',
      '/opt/fixpoint',
      '/opt/fixpoint/node',
      '/opt/fixpoint/node/bin',
    ]);
  });
});
