import * as fs from 'node:fs';

/**
 * Who owns a sandbox left on this host: the controller's pid plus that process's start time
 * (field 22 of /proc/<pid>/stat, in clock ticks since boot). A pid alone is not enough: after
 * a crash the pid may be reused by an unrelated process, and a sweep keyed on the pid would
 * then leave the dead controller's sandboxes running forever.
 */
export interface Instance {
  pid: number;
  startTicks: number;
}

/** The start time of a process, or null when it does not exist. */
export function startTicks(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

export const THIS_INSTANCE: Instance = {
  pid: process.pid,
  startTicks: startTicks(process.pid) ?? 0,
};

/** `<pid>-t<start ticks>`: the prefix of every cgroup and staging dir this controller makes. */
export const instanceMarker = (i: Instance = THIS_INSTANCE): string => `${i.pid}-t${i.startTicks}`;

/**
 * Reads the owner out of a name made by instanceMarker (`<pid>-t<ticks>-...`). Names of the
 * older form `<pid>-<uuid>` give only the pid (startTicks null).
 */
export function ownerOf(name: string): { pid: number; startTicks: number | null } | null {
  const m = /^(\d+)-(?:t(\d+)-)?/.exec(name);
  if (!m) return null;
  return { pid: Number(m[1]), startTicks: m[2] === undefined ? null : Number(m[2]) };
}

/** True while the controller that made `name` still runs (same pid and same start time). */
export function ownerAlive(name: string): boolean {
  const owner = ownerOf(name);
  if (!owner) return true; // not ours to judge: never touch it
  const ticks = startTicks(owner.pid);
  if (ticks === null) return false;
  return owner.startTicks === null || owner.startTicks === ticks;
}
