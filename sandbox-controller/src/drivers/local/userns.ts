import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../config/config';

/** The helper's C source and the script that compiles it (userns/build.sh). */
export const USERNS_BUILD = path.join(PROJECT_ROOT, 'userns', 'build.sh');
export const BWRAP = '/usr/bin/bwrap';

/** What the installed bubblewrap offers (read once at start from `--version` and `--help`). */
export interface BwrapSupport {
  /** e.g. "0.8.0"; null when bwrap is missing or does not say. */
  version: string | null;
  /** `--assert-userns-disabled` (0.8): bwrap itself checks that no user namespace can be made. */
  assertUsernsDisabled: boolean;
  /** `--disable-userns` (0.8); not usable here (it needs --unshare-user, see userns/enter.c). */
  disableUserns: boolean;
}

export function bwrapSupport(bwrap = BWRAP): BwrapSupport {
  const read = (arg: string): string => {
    try {
      return execFileSync(bwrap, [arg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      // Older versions print --help to stderr with a non-zero exit.
      const e = err as { stdout?: string; stderr?: string };
      return `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
  };
  const version = /bubblewrap\s+(\d+(?:\.\d+)+)/.exec(read('--version'))?.[1] ?? null;
  const help = read('--help');
  return {
    version,
    assertUsernsDisabled: help.includes('--assert-userns-disabled'),
    disableUserns: help.includes('--disable-userns'),
  };
}

/**
 * The user-namespace lock (userns/enter.c): the path of the helper that starts bwrap in a
 * user namespace of its own with an identity uid map and user.max_user_namespaces = 0, so the
 * kernel refuses nested user namespaces even without the seccomp filter. Built on first use
 * (tools/sandbox/prepare.sh builds it too) and tried once with /bin/true, so a kernel or host
 * that does not allow it is known at start. Returns the helper, or the reason it is unusable.
 */
export function usernsLock(dir: string): { helper: string } | { unavailable: string } {
  let helper: string;
  try {
    helper = execFileSync('/bin/bash', [USERNS_BUILD, dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
    }).trim();
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    return { unavailable: `userns/build.sh failed (needs gcc): ${(e.stderr ?? e.message).trim()}` };
  }
  if (process.getuid?.() !== 0)
    return { unavailable: 'the controller is not root (it writes the uid map of the namespace)' };
  try {
    execFileSync(helper, ['/bin/true'], { stdio: ['ignore', 'ignore', 'pipe'], env: {} });
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string };
    return { unavailable: (e.stderr?.toString() || e.message).trim() };
  }
  return { helper };
}
