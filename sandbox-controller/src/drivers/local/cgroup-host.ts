import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { removeTree } from '../../files/tree-io';
import { killGroupSync, rmdirQuiet, type CgroupHost } from './cgroups';
import { detectV1 } from './cgroups-v1';
import { detectV2 } from './cgroups-v2';
import { ownerAlive } from './instance';

/**
 * Chooses the cgroup implementation at start: v2 when the host runs the unified hierarchy
 * alone (/sys/fs/cgroup/cgroup.controllers), else v1 (including hybrid hosts, where the v2
 * mount at /sys/fs/cgroup/unified has no controllers). Null when neither gives per-run limits.
 */
export function detectCgroups(): CgroupHost | null {
  if (fs.existsSync('/sys/fs/cgroup/cgroup.controllers')) return detectV2();
  return detectV1();
}

/** Where staging dirs live, and their name prefix (local.driver.ts makes them). */
export const STAGING_PREFIX = 'fixpoint-run-';

export interface SweepReport {
  groupsRemoved: string[];
  groupsBusy: string[];
  processesKilled: number;
  stagingRemoved: string[];
}

/**
 * The backstop for a controller that died (crash, SIGKILL, OOM): at start, every run group and
 * staging dir whose owner (pid + start time, instance.ts) is gone is reaped: its processes
 * killed, the group removed, the staging copy deleted. Groups and dirs of a live controller
 * (another one on the same host, a test run) are left alone.
 */
export function sweepStale(host: CgroupHost | null, tmpDir = os.tmpdir()): SweepReport {
  const report: SweepReport = {
    groupsRemoved: [],
    groupsBusy: [],
    processesKilled: 0,
    stagingRemoved: [],
  };
  for (const parent of host?.runParents() ?? []) {
    for (const name of fs.readdirSync(parent)) {
      const dir = path.join(parent, name);
      if (ownerAlive(name) || !fs.statSync(dir).isDirectory()) continue;
      const procs = path.join(dir, 'cgroup.procs');
      const before = fs.readFileSync(procs, 'utf8').split('\n').filter(Boolean).length;
      const left = killGroupSync(
        procs,
        2000,
        host?.version === 2 ? path.join(dir, 'cgroup.kill') : undefined,
      );
      report.processesKilled += before - left.length;
      if (left.length === 0 && rmdirQuiet(dir)) report.groupsRemoved.push(dir);
      else report.groupsBusy.push(dir);
    }
  }
  for (const name of fs.readdirSync(tmpDir)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const rest = name.slice(STAGING_PREFIX.length);
    // Only dirs named with an owner marker; an old unmarked one may belong to a live controller.
    if (!/^\d+-t\d+-/.test(rest) || ownerAlive(rest)) continue;
    removeTree(path.join(tmpDir, name));
    report.stagingRemoved.push(name);
  }
  return report;
}
