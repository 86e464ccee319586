import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../config/config';
import { SANDBOX } from '../../runners/runner';
import type { SandboxSpec } from '../driver';

export const SANDBOX_UID = 65534;
export const RUN_SH = path.join(PROJECT_ROOT, 'sandbox-root', 'run.sh');
const SANDBOX_ETC = path.join(PROJECT_ROOT, 'sandbox-root', 'etc');
/** The base system's PATH after the runtime's own entries. */
const BASE_PATH = ['/usr/local/bin', '/usr/bin', '/bin'];

/** On a merged-/usr system /bin, /lib... are links into /usr: recreate them as links. */
function topLevelLinks(): string[] {
  const args: string[] = [];
  for (const name of ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32']) {
    const p = `/${name}`;
    const st = fs.lstatSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isSymbolicLink()) args.push('--symlink', fs.readlinkSync(p), p);
    else args.push('--ro-bind', p, p);
  }
  return args;
}
const TOP_LEVEL = topLevelLinks();

/**
 * The bubblewrap command line for one run. What the sandbox gets:
 * - new pid, ipc, uts, net (only lo, no route out; the host's loopback is another namespace),
 *   and cgroup namespaces; a new session (no TIOCSTI into the controller's terminal);
 *   killed with its parent (--die-with-parent), and bwrap's init is pid 1, so when it dies
 *   the kernel kills every process left in the namespace;
 * - a root that is an empty tmpfs made read-only at the end: /usr (and the merged-/usr links)
 *   read-only, a few /etc files (ours: passwd, group, hosts, nsswitch.conf; the host's
 *   ld.so.cache and alternatives links), a fresh /proc of its own pid namespace and a minimal
 *   /dev. Nothing else of the host: no /root, /home, /var, /run, /sys or the repository;
 * - the runtime's toolchain and warm caches read-only under /opt/fixpoint (and where noted);
 * - fresh size-limited tmpfs at /work (the work tree), /tmp and /dev/shm;
 * - the work tree's source read-only at /fixpoint/in, copied into /work by run.sh;
 * - the scrubbed environment: --clearenv and then only the variables set here;
 * - the command runs through setpriv as uid/gid 65534 with no capabilities (empty bounding
 *   set) and no_new_privs, so setuid binaries cannot raise it.
 */
export function bwrapArgs(spec: SandboxSpec, stagingDir: string, maxReportBytes: number): string[] {
  const scratch = String(spec.limits.scratchBytes);
  const env: Record<string, string> = {
    PATH: [...spec.path, ...BASE_PATH].join(':'),
    HOME: SANDBOX.tmp,
    TMPDIR: SANDBOX.tmp,
    USER: 'sandbox',
    LOGNAME: 'sandbox',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    TZ: 'UTC',
    // Ad-hoc commands may write a JUnit XML report here for the harness to hand back.
    FIXPOINT_REPORT: `${SANDBOX.harness}/report.xml`,
    ...spec.env,
  };
  const args: string[] = [
    '--unshare-pid',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-net',
    '--unshare-cgroup-try',
    '--die-with-parent',
    '--new-session',
    '--hostname',
    'sandbox',
    '--clearenv',
  ];
  for (const [k, v] of Object.entries(env)) args.push('--setenv', k, v);
  args.push('--ro-bind', '/usr', '/usr', ...TOP_LEVEL, '--perms', '0755', '--dir', '/etc');
  for (const f of ['passwd', 'group', 'hosts', 'nsswitch.conf'])
    args.push('--ro-bind', path.join(SANDBOX_ETC, f), `/etc/${f}`);
  for (const p of ['/etc/ld.so.cache', '/etc/alternatives'])
    if (fs.existsSync(p)) args.push('--ro-bind', p, p);
  args.push('--proc', '/proc', '--dev', '/dev');
  for (const dir of [SANDBOX.tmp, SANDBOX.work, '/dev/shm'])
    args.push('--perms', '1777', '--size', scratch, '--tmpfs', dir);
  const mounts = [
    ...spec.mounts,
    { source: stagingDir, target: '/fixpoint/in' },
    { source: RUN_SH, target: '/fixpoint/run.sh' },
  ];
  // bwrap would create missing parents of a mount point 0700 (unreadable to the run's uid).
  for (const dir of parentDirs(mounts.map((m) => m.target)))
    args.push('--perms', '0755', '--dir', dir);
  for (const m of mounts) args.push('--ro-bind', m.source, m.target);
  args.push('--remount-ro', '/', '--chdir', SANDBOX.work);
  args.push(
    '--',
    '/usr/bin/setpriv',
    `--reuid=${SANDBOX_UID}`,
    `--regid=${SANDBOX_UID}`,
    '--clear-groups',
    '--inh-caps=-all',
    '--bounding-set=-all',
    '--no-new-privs',
    '/bin/sh',
    '/fixpoint/run.sh',
    spec.reportPath ?? '-',
    String(maxReportBytes),
    ...spec.argv,
  );
  return args;
}

/** Every ancestor directory of the targets that bwrap's base layout does not already have. */
export function parentDirs(targets: string[]): string[] {
  const base = new Set([
    '/',
    '/usr',
    '/etc',
    '/proc',
    '/dev',
    '/tmp',
    '/work',
    '/bin',
    '/lib',
    '/lib64',
    '/sbin',
  ]);
  const dirs = new Set<string>();
  for (const t of targets) {
    for (let d = path.posix.dirname(t); !base.has(d); d = path.posix.dirname(d)) dirs.add(d);
  }
  return [...dirs].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}
