import { Writable } from 'node:stream';
import pino from 'pino';
import { ChallengeCatalog } from '../src/challenges/challenge-catalog';
import { ConfigError, loadConfig } from '../src/config/config';
import { LocalDriver, type KernelLayers } from '../src/drivers/local/local.driver';
import type { RunResult } from '../src/result';
import { RunService } from '../src/runs/run-service';
import { loadToolchains } from '../src/toolchains/toolchains';
import { FIXTURES, TOKEN, leftoverRunGroups } from './support/harness';

/**
 * Issue 12: nested user namespaces are refused by two independent layers, the seccomp filter
 * (EPERM) and the user-namespace lock the driver starts bwrap in (user.max_user_namespaces = 0
 * in the sandbox's own user namespace: ENOSPC). Each layer is tested with the other switched
 * off, and with both off the same probes succeed, so each probe really can tell. After every
 * configuration a normal challenge run still passes.
 */
const config = loadConfig({
  SANDBOX_TOKEN: TOKEN,
  SANDBOX_CHALLENGES_DIR: FIXTURES,
  ...(process.env.SANDBOX_DATA_DIR ? { SANDBOX_DATA_DIR: process.env.SANDBOX_DATA_DIR } : {}),
});
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const toolchains = loadToolchains(config.dataDir);
const catalog = new ChallengeCatalog(config.challengesDir);
const serviceWith = (layers: KernelLayers) => {
  const driver = new LocalDriver({
    concurrency: config.concurrency,
    logger,
    ...config.localDriver,
    layers,
  });
  return { driver, service: new RunService(config, catalog, driver, toolchains, logger) };
};

const limits = { cpuSeconds: 10, wallSeconds: 30, memoryMb: 256 };
const lastJson = (r: RunResult) => {
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new Error(`no JSON in the run's output: ${JSON.stringify(r).slice(0, 2000)}`);
  }
};

// unshare(CLONE_NEWUSER) in a child (so the probe itself never changes namespace), then
// util-linux's `unshare --user --map-root-user`, as an attacker's script would.
const PYTHON_PROBE = [
  'import ctypes, errno, json, os, subprocess',
  'libc = ctypes.CDLL(None, use_errno=True)',
  'pid = os.fork()',
  'if pid == 0:',
  '    r = libc.unshare(0x10000000)',
  '    os._exit(0 if r == 0 else ctypes.get_errno())',
  'code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])',
  'p = subprocess.run(["unshare", "--user", "--map-root-user", "id", "-u"], capture_output=True, text=True)',
  'print(json.dumps({"unshare": "ok" if code == 0 else errno.errorcode[code], "cli": p.returncode, "cliOut": p.stdout.strip(), "cliErr": p.stderr.strip()}))',
].join('\n');

const GO_PROBE = [
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
  '\tfmt.Println("plain:", exec.Command("/bin/true").Run())',
  '}',
].join('\n');

const EPERM = 'Operation not permitted';
const ENOSPC = 'No space left on device';

describe.each([
  {
    name: 'both layers',
    layers: { seccomp: true, usernsLock: true },
    errno: 'EPERM',
    message: EPERM,
  },
  {
    name: 'the seccomp filter alone',
    layers: { seccomp: true, usernsLock: false },
    errno: 'EPERM',
    message: EPERM,
  },
  {
    name: 'the user-namespace lock alone',
    layers: { seccomp: false, usernsLock: true },
    errno: 'ENOSPC',
    message: ENOSPC,
  },
])('nested user namespaces with $name', ({ layers, errno, message }) => {
  const { driver, service } = serviceWith(layers);

  afterAll(async () => {
    expect(leftoverRunGroups()).toEqual([]);
    const ok = await service.runChallenge(catalog.get('fx-node-range'), new Map(), 'visible', {
      checkEditable: true,
    });
    expect(ok.status).toBe('pass');
  }, 60_000);

  it('says which layers are active', () => {
    expect(driver.info().features).toMatchObject({
      seccomp: layers.seccomp,
      usernsLock: layers.usernsLock,
      usernsLockAsserted: layers.usernsLock,
    });
  });

  it('refuses them from Python: unshare(2) and unshare(1)', async () => {
    const r = await service.runAdHoc(
      'python',
      new Map([['probe.py', Buffer.from(PYTHON_PROBE)]]),
      ['python3', 'probe.py'],
      limits,
    );
    expect(lastJson(r)).toEqual({
      unshare: errno,
      cli: 1,
      cliOut: '',
      cliErr: `unshare: unshare failed: ${message}`,
    });
  }, 60_000);

  it("refuses them from Go's os/exec (SysProcAttr.Cloneflags); a plain exec still works", async () => {
    const r = await service.runAdHoc(
      'go',
      new Map([
        ['go.mod', Buffer.from('module probe\n\ngo 1.22\n')],
        ['main.go', Buffer.from(GO_PROBE)],
      ]),
      ['sh', '-c', 'go build -o /tmp/probe . && /tmp/probe'],
      limits,
    );
    expect(r.stdout).toBe(`newuser: fork/exec /bin/true: ${message.toLowerCase()}\nplain: <nil>\n`);
  }, 60_000);
});

describe('nested user namespaces with neither layer (what the layers take away)', () => {
  const { driver, service } = serviceWith({ seccomp: false, usernsLock: false });

  it('the same probes succeed: each layer above is what refuses them', async () => {
    expect(driver.info().features).toMatchObject({ seccomp: false, usernsLock: false });
    const py = await service.runAdHoc(
      'python',
      new Map([['probe.py', Buffer.from(PYTHON_PROBE)]]),
      ['python3', 'probe.py'],
      limits,
    );
    expect(lastJson(py)).toMatchObject({ unshare: 'ok', cli: 0, cliOut: '0' });
    const go = await service.runAdHoc(
      'go',
      new Map([
        ['go.mod', Buffer.from('module probe\n\ngo 1.22\n')],
        ['main.go', Buffer.from(GO_PROBE)],
      ]),
      ['sh', '-c', 'go build -o /tmp/probe . && /tmp/probe'],
      limits,
    );
    expect(go.stdout).toBe('newuser: <nil>\nplain: <nil>\n');
  }, 60_000);
});

describe('at start', () => {
  const capture = () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    return { lines, logger: pino({ level: 'info' }, stream) };
  };

  it('logs which protections are active, with the bubblewrap version', async () => {
    const { lines, logger: log } = capture();
    new LocalDriver({ concurrency: 1, logger: log, ...config.localDriver });
    await new Promise((r) => setImmediate(r));
    const start = lines.find((l) => l.msg === 'sandbox protections');
    expect(start).toMatchObject({
      bubblewrap: expect.stringMatching(/^\d+\.\d+/),
      protections: { seccomp: true, usernsLock: true, usernsLockAsserted: true, uidPerRun: true },
    });
  });

  it('refuses to start without the lock when it is required (production), and warns otherwise', async () => {
    // A helper that cannot be built (its folder cannot exist) stands for a host without it.
    const broken = { concurrency: 1, seccompDir: '/dev/null/nowhere', layers: { seccomp: false } };
    expect(() => new LocalDriver({ ...broken, requireUsernsLock: true })).toThrow(ConfigError);
    expect(() => new LocalDriver({ ...broken, requireUsernsLock: true })).toThrow(
      /Nested user namespaces cannot be locked out of the sandbox/,
    );
    const { lines, logger: log } = capture();
    const lenient = new LocalDriver({ ...broken, logger: log });
    await new Promise((r) => setImmediate(r));
    expect(lenient.info().features).toMatchObject({ usernsLock: false, seccomp: false });
    expect(lines.map((l) => l.msg)).toContain('no user-namespace lock');
  });
});
