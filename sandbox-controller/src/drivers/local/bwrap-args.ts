import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../config/config';
import { SANDBOX } from '../../runners/runner';
import type { SandboxSpec } from '../driver';
import { HARNESS_UID } from './uid-pool';

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
 * - the seccomp filter (seccomp/filter.c) read from `ids.seccompFd`, applied by bwrap to the
 *   harness and everything it starts;
 * - two users (passwd and group written per run, see sandboxPasswd): the harness, run.sh, runs
 *   as HARNESS_UID keeping only CAP_SETUID/CAP_SETGID/CAP_SETPCAP (ambient, and nothing else
 *   in its bounding set) so it can start the command as the run's own uid; the command runs as
 *   `ids.runUid` with no capabilities, an empty bounding set and no_new_privs (setuid binaries
 *   cannot raise it). Different uids: the command cannot ptrace, signal or read /proc of the
 *   harness, nor write its fd 3.
 *
 * Nested user namespaces are refused twice: by the seccomp filter (unshare/clone flags EPERM;
 * clone3 ENOSYS) and by the kernel, because the driver starts bwrap in a user namespace whose
 * user.max_user_namespaces is 0 (userns/enter.c, ENOSPC); bwrap checks the latter itself with
 * `--assert-userns-disabled` where it has it (0.8+). Not `--disable-userns`: it needs
 * `--unshare-user`, and bwrap then maps one uid into the sandbox, leaving no second uid for the
 * harness (and, started as root, mapping it to host root).
 */
export interface SandboxIds {
  runUid: number;
  /** A file bwrap reads the compiled seccomp program from (an fd the child inherits); null
   * only when a test switches the filter off. */
  seccompFd: number | null;
  /** Pass `--assert-userns-disabled`: bwrap runs inside the user-namespace lock and checks it. */
  assertUsernsDisabled: boolean;
  /** The folder with this run's passwd and group (sandboxPasswd), mounted at /etc. */
  etcDir: string;
}

export function bwrapArgs(
  spec: SandboxSpec,
  stagingDir: string,
  maxReportBytes: number,
  ids: SandboxIds,
): string[] {
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
  for (const f of ['hosts', 'nsswitch.conf'])
    args.push('--ro-bind', path.join(SANDBOX_ETC, f), `/etc/${f}`);
  for (const f of ['passwd', 'group'])
    args.push('--ro-bind', path.join(ids.etcDir, f), `/etc/${f}`);
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
  if (ids.seccompFd !== null) args.push('--seccomp', String(ids.seccompFd));
  if (ids.assertUsernsDisabled) args.push('--assert-userns-disabled');
  // run.sh needs setuid/setgid to start the command as the run's uid, and setpcap to empty
  // the command's bounding set; it keeps nothing else (no kill, no dac_override, no ptrace).
  const harnessCaps = '-all,+setuid,+setgid,+setpcap';
  args.push(
    '--',
    '/usr/bin/setpriv',
    `--reuid=${HARNESS_UID}`,
    `--regid=${HARNESS_UID}`,
    '--clear-groups',
    `--inh-caps=${harnessCaps}`,
    `--ambient-caps=${harnessCaps}`,
    `--bounding-set=${harnessCaps}`,
    '--no-new-privs',
    '/bin/sh',
    '/fixpoint/run.sh',
    spec.reportPath ?? '-',
    String(maxReportBytes),
    String(ids.runUid),
    String(spec.limits.processes),
    ...spec.argv,
  );
  return args;
}

/** /etc/passwd and /etc/group of one run: the run's uid is named `sandbox`, home /tmp. */
export function sandboxPasswd(runUid: number): { passwd: string; group: string } {
  const users: [string, number, string, string][] = [
    ['root', 0, '/nonexistent', '/usr/sbin/nologin'],
    ['harness', HARNESS_UID, '/nonexistent', '/usr/sbin/nologin'],
    ['sandbox', runUid, SANDBOX.tmp, '/bin/sh'],
    ['nobody', 65534, '/nonexistent', '/usr/sbin/nologin'],
  ];
  return {
    passwd: users
      .map(([n, id, home, shell]) => `${n}:x:${id}:${id}:${n}:${home}:${shell}\n`)
      .join(''),
    group: users.map(([n, id]) => `${n}:x:${id}:\n`).join(''),
  };
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
