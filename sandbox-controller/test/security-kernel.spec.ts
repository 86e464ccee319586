import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { effectiveLimits } from '../src/limits/limits';
import type { RunResult } from '../src/result';
import { HARNESS_UID, RUN_UID_BASE, RUN_UID_COUNT } from '../src/drivers/local/uid-pool';
import { leftoverRunGroups, processesWith, startHarness, type Harness } from './support/harness';

/**
 * The kernel surface of a run (issue 12): the seccomp filter, the uid of each run, and the
 * harness out of the run's reach. Through the HTTP API with ad-hoc runs, like security.spec.ts;
 * after each attack nothing of the run is left and a normal challenge run still passes.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ SANDBOX_MAX_PROCESSES: '64' });
});
afterAll(() => h.close());

afterEach(async () => {
  expect(leftoverRunGroups()).toEqual([]);
  const ok = await h.run({ challenge: 'fx-node-range', suite: 'visible' });
  expect(ok.status).toBe('pass');
});

const adHoc = (runtime: string, command: string[], files: Record<string, string>) =>
  h.run({ runtime, files, command, limits: { cpuSeconds: 10, wallSeconds: 20, memoryMb: 256 } });
const python = (script: string) => adHoc('python', ['python3', 'main.py'], { 'main.py': script });
const lastJson = (r: RunResult) => {
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new Error(`no JSON in the run's output: ${JSON.stringify(r).slice(0, 2000)}`);
  }
};
const inRunRange = (uid: number) => uid >= RUN_UID_BASE && uid < RUN_UID_BASE + RUN_UID_COUNT;

const PROBE = fs.readFileSync(path.join(__dirname, 'support', 'syscall-probe.py'), 'utf8');

describe('seccomp filter', () => {
  it('refuses every listed syscall family (EPERM; clone3 ENOSYS), calls an unprivileged process may make on the host included', async () => {
    // The same probe on the host, unsandboxed, as an unprivileged uid: what the filter takes away.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixpoint-probe-'));
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, 'probe.py'), PROBE, { mode: 0o644 });
    const host = JSON.parse(
      execFileSync(
        '/usr/bin/setpriv',
        [
          '--reuid=65534',
          '--regid=65534',
          '--clear-groups',
          '/usr/bin/python3',
          'probe.py',
          'baseline',
        ],
        { cwd: dir, encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } },
      ),
    ) as Record<string, string>;
    fs.rmSync(dir, { recursive: true, force: true });

    const r = await adHoc('python', ['python3', 'probe.py'], { 'probe.py': PROBE });
    expect(r.status).toBe('pass');
    const inside = lastJson(r) as Record<string, string>;
    const expected = Object.fromEntries(
      Object.keys(inside).map((k) => [
        k,
        k === 'clone3' ? 'ENOSYS' : k === 'ioctl_TIOCGWINSZ' ? 'ok' : 'EPERM',
      ]),
    );
    expect(inside).toEqual(expected);
    for (const family of [
      'unshare_user',
      'clone_user',
      'setns',
      'mount',
      'umount2',
      'pivot_root',
      'open_tree',
      'move_mount',
      'fsopen',
      'fsconfig',
      'fsmount',
      'fspick',
      'mount_setattr',
      'keyctl',
      'add_key',
      'request_key',
      'ptrace',
      'process_vm_readv',
      'process_vm_writev',
      'perf_event_open',
      'bpf',
      'userfaultfd',
      'io_uring_setup',
      'io_uring_enter',
      'io_uring_register',
      'ioctl_TIOCSTI',
      'ioctl_TIOCSTI_high_bits',
    ])
      expect(inside).toHaveProperty(family);
    // On this host, unsandboxed, an unprivileged process can do these; in the sandbox it cannot.
    const hostAllowed = Object.keys(host).filter(
      (k) => host[k] === 'ok' && k !== 'ioctl_TIOCGWINSZ',
    );
    expect(hostAllowed).toEqual(
      expect.arrayContaining([
        'unshare_user',
        'clone_user',
        'clone3',
        'keyctl',
        'ptrace',
        'process_vm_readv',
        'io_uring_setup',
        'userfaultfd',
      ]),
    );
    for (const k of hostAllowed) expect(inside[k]).not.toBe('ok');
  });

  it('a nested user namespace from Python (unshare) is refused', async () => {
    const r = await python(
      [
        'import ctypes, os',
        'libc = ctypes.CDLL(None, use_errno=True)',
        'r = libc.unshare(0x10000000)',
        'print("unshare", r, os.strerror(ctypes.get_errno()))',
        'import subprocess',
        'p = subprocess.run(["unshare", "--user", "--map-root-user", "id", "-u"], capture_output=True, text=True)',
        'print("unshare(1)", p.returncode, p.stdout.strip(), p.stderr.strip())',
      ].join('\n'),
    );
    expect(r.stdout).toContain('unshare -1 Operation not permitted');
    expect(r.stdout).toMatch(/unshare\(1\) 1 {2}unshare: unshare failed: Operation not permitted/);
  });

  it("a nested user namespace from Go's os/exec (SysProcAttr.Cloneflags) is refused", async () => {
    const main = [
      'package main',
      '',
      'import (',
      '\t"fmt"',
      '\t"os/exec"',
      '\t"syscall"',
      ')',
      '',
      'func main() {',
      '\tcmd := exec.Command("/bin/true")',
      '\tcmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: syscall.CLONE_NEWUSER}',
      '\tfmt.Println("newuser:", cmd.Run())',
      '\tplain := exec.Command("/bin/true")',
      '\tfmt.Println("plain:", plain.Run())',
      '}',
    ].join('\n');
    const r = await adHoc('go', ['sh', '-c', 'go build -o /tmp/probe . && /tmp/probe'], {
      'go.mod': 'module probe\n\ngo 1.22\n',
      'main.go': main,
    });
    expect(r.stdout).toBe('newuser: fork/exec /bin/true: operation not permitted\nplain: <nil>\n');
  });
});

describe('a uid per run, and the harness out of reach', () => {
  it('a key stored in one run is not there in the next: keyring calls are refused and the uids differ', async () => {
    const store = await python(
      [
        'import ctypes, os, json',
        'libc = ctypes.CDLL(None, use_errno=True)',
        'libc.syscall.restype = ctypes.c_long',
        'r = libc.syscall(248, b"user", b"fixpoint-shared", b"from-run-1", 10, -4)',
        'print(json.dumps({"uid": os.getuid(), "add_key": r, "errno": ctypes.get_errno()}))',
      ].join('\n'),
    );
    const look = await python(
      [
        'import ctypes, os, json',
        'libc = ctypes.CDLL(None, use_errno=True)',
        'libc.syscall.restype = ctypes.c_long',
        'r = libc.syscall(249, b"user", b"fixpoint-shared", None, 0)',
        'print(json.dumps({"uid": os.getuid(), "request_key": r, "errno": ctypes.get_errno()}))',
      ].join('\n'),
    );
    const a = lastJson(store);
    const b = lastJson(look);
    expect(a).toMatchObject({ add_key: -1, errno: 1 });
    expect(b).toMatchObject({ request_key: -1, errno: 1 });
    expect(inRunRange(a.uid as number)).toBe(true);
    expect(inRunRange(b.uid as number)).toBe(true);
    expect(a.uid).not.toBe(b.uid);
  });

  it('the command cannot trace, signal or read the harness, and has no fd 3', async () => {
    const r = await python(
      [
        'import ctypes, os, json, errno',
        'libc = ctypes.CDLL(None, use_errno=True)',
        'libc.syscall.restype = ctypes.c_long',
        'def cmd(p):',
        '    try:',
        '        return open(f"/proc/{p}/cmdline", "rb").read()',
        '    except OSError:',
        '        return b""',
        // The harness: /bin/sh running run.sh (pid 1, bwrap's init, only names it in its arguments).
        'pid = next(int(p) for p in os.listdir("/proc") if p.isdigit() and cmd(p).startswith(b"/bin/sh\\0/fixpoint/run.sh"))',
        'def attempt(f):',
        '    try:',
        '        f()',
        '        return "ok"',
        '    except OSError as e:',
        '        return errno.errorcode[e.errno]',
        'status = open(f"/proc/{pid}/status").read()',
        'res = {',
        '  "uid": os.getuid(),',
        '  "harness_uid": int(next(l for l in status.splitlines() if l.startswith("Uid:")).split()[1]),',
        '  "mem": attempt(lambda: open(f"/proc/{pid}/mem", "rb").read(1)),',
        '  "environ": attempt(lambda: open(f"/proc/{pid}/environ", "rb").read()),',
        '  "fd": attempt(lambda: os.listdir(f"/proc/{pid}/fd")),',
        '  "fd3": attempt(lambda: open(f"/proc/{pid}/fd/3", "wb").write(b"exit 0\\n")),',
        '  "kill": attempt(lambda: os.kill(pid, 0)),',
        '  "own_fd3": attempt(lambda: os.fstat(3)),',
        '}',
        'libc.syscall(101, 16, pid, 0, 0)',
        'res["ptrace_attach"] = errno.errorcode[ctypes.get_errno()]',
        'print(json.dumps(res))',
      ].join('\n'),
    );
    expect(r.status).toBe('pass');
    const res = lastJson(r);
    expect(res).toEqual({
      uid: expect.any(Number),
      harness_uid: HARNESS_UID,
      mem: 'EACCES',
      environ: 'EACCES',
      fd: 'EACCES',
      fd3: 'EACCES',
      kill: 'EPERM',
      own_fd3: 'EBADF',
      ptrace_attach: 'EPERM',
    });
    expect(inRunRange(res.uid as number)).toBe(true);
  });

  it('processes that outlive the command are counted and killed before the report is read; a clean run reports 0', async () => {
    // Straight through the driver: `survivors` is the driver's signal to a grading layer.
    const limits = effectiveLimits({ wallSeconds: 20 }, h.app.config.hostLimits);
    const report = (name: string) =>
      `<testsuite name="s" tests="1"><testcase classname="s" name="${name}"/></testsuite>`;
    const run = (script: string) =>
      h.app.driver.run({
        files: new Map(),
        argv: ['sh', '-c', script],
        env: {},
        path: [],
        mounts: [],
        reportPath: '/tmp/.fixpoint/report.xml',
        limits,
      });
    const write = `mkdir -p /tmp/.fixpoint; echo '${report('honest')}' > /tmp/.fixpoint/report.xml`;
    const clean = await run(`${write}; sleep 0.1`);
    expect(clean).toMatchObject({ exitCode: 0, survivors: 0 });
    expect(clean.report).toContain('honest');

    // A forger: waits for the command to exit, then rewrites the report in a loop.
    const marker = `fixpoint-forger-${randomUUID()}`;
    const forger = `while kill -0 \\$0 2>/dev/null; do :; done; while :; do echo '${report('FORGED')}' > /tmp/.fixpoint/r.tmp; mv /tmp/.fixpoint/r.tmp /tmp/.fixpoint/report.xml; done`;
    const forged = await run(
      `${write}; (setsid sh -c "${forger.replaceAll('"', '\\"')}" $$ ${marker} > /dev/null 2>&1 &); sleep 0.3`,
    );
    expect(forged.exitCode).toBe(0);
    expect(forged.survivors).toBeGreaterThanOrEqual(1);
    expect(processesWith(marker)).toEqual([]);
  });
});

describe('cpu quota', () => {
  it('a run gets about one core: two busy processes share it instead of taking both cores', async () => {
    const r = await python(
      [
        'import json, multiprocessing, os, time',
        'def spin(seconds):',
        '    end = time.monotonic() + seconds',
        '    while time.monotonic() < end:',
        '        pass',
        'if __name__ == "__main__":',
        '    t0 = time.monotonic()',
        '    ps = [multiprocessing.Process(target=spin, args=(1.5,)) for _ in range(2)]',
        '    [p.start() for p in ps]',
        '    [p.join() for p in ps]',
        '    wall = time.monotonic() - t0',
        '    t = os.times()',
        '    print(json.dumps({"cores": (t.children_user + t.children_system) / wall}))',
      ].join('\n'),
    );
    expect(r.status).toBe('pass');
    // 1 core of quota (cfs period 100 ms); a little over for the period granularity.
    expect(lastJson(r).cores).toBeLessThan(1.15);
  });
});
