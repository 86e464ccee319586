import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, PROJECT_ROOT } from '../../config/config';

/** The filter's C source and the script that compiles and exports it (seccomp/build.sh). */
export const SECCOMP_BUILD = path.join(PROJECT_ROOT, 'seccomp', 'build.sh');

/**
 * The path of the compiled seccomp program for the current filter source, building it first
 * when this version has not been built yet (tools/sandbox/prepare.sh builds it too). Built
 * files are keyed by a hash of the source, so an edited filter is never served stale.
 * Throws a ConfigError (exit 78) when it cannot be built: runs never go without the filter.
 */
export function seccompProgram(dir: string): string {
  try {
    const out = execFileSync('/bin/bash', [SECCOMP_BUILD, dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
    }).trim();
    if (!fs.statSync(out).isFile()) throw new Error(`${out} is not a file`);
    return out;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new ConfigError(
      `The sandbox's seccomp filter could not be built into ${dir} (run tools/sandbox/prepare.sh; it needs gcc and libseccomp-dev): ${(e.stderr ?? e.message).trim()}`,
    );
  }
}
