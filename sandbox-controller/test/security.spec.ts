import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { RUN_UID_BASE, RUN_UID_COUNT } from '../src/drivers/local/uid-pool';
import type { RunResult } from '../src/result';
import { leftoverRunGroups, processesWith, startHarness, type Harness } from './support/harness';

/**
 * The sandbox security suite, through the HTTP API with ad-hoc runs. Each case ends in its
 * documented verdict (see README.md, "Security cases"), leaves no process and no cgroup
 * behind, and the controller serves a normal run correctly right after.
 */
const SECRET_TOKEN = `sandbox-token-${randomUUID()}`;
const SECRET_DB = `postgres://app:${randomUUID()}@127.0.0.1:5432/fixpoint`;

let h: Harness;
beforeAll(async () => {
  // The controller's own secrets, as a real deployment would have them in its environment.
  process.env.SANDBOX_TOKEN_FOR_TEST = SECRET_TOKEN;
  process.env.DATABASE_URL = SECRET_DB;
  h = await startHarness({
    SANDBOX_MAX_OUTPUT_BYTES: String(64 * 1024),
    SANDBOX_MAX_FILE_SIZE_MB: '8',
    SANDBOX_MAX_PROCESSES: '64',
    SANDBOX_MAX_OPEN_FILES: '256',
  });
});
afterAll(async () => {
  await h.close();
  delete process.env.DATABASE_URL;
  delete process.env.SANDBOX_TOKEN_FOR_TEST;
});

const adHoc = (
  runtime: string,
  command: string[],
  files: Record<string, string> = {},
  limits: Record<string, number> = {},
) =>
  h.run({
    runtime,
    files,
    command,
    limits: { cpuSeconds: 5, wallSeconds: 10, memoryMb: 256, ...limits },
  });

const node = (script: string, limits: Record<string, number> = {}) =>
  adHoc('node', ['node', 'main.js'], { 'main.js': script }, limits);

/** After every case: nothing of the run is left, and a normal run still works. */
afterEach(async () => {
  expect(leftoverRunGroups()).toEqual([]);
  const ok = await h.run({ challenge: 'fx-node-range', suite: 'visible' });
  expect(ok.status).toBe('pass');
});

const verdict = (r: RunResult) => ({
  status: r.status,
  limit: r.limitHit?.limit,
  value: r.limitHit?.value,
});

describe('resource exhaustion', () => {
  it('fork bomb: forks are refused at the process limit -> error, limitHit processes', async () => {
    const r = await adHoc(
      'node',
      ['sh', '-c', 'bomb() { bomb | bomb & }; bomb; sleep 2; echo still-here'],
      {},
      { wallSeconds: 8 },
    );
    expect(verdict(r)).toEqual({ status: 'error', limit: 'processes', value: 64 });
  });

  it('thread bomb: threads count as processes -> error, limitHit processes', async () => {
    const script = [
      'import threading, time',
      'n = 0',
      'try:',
      '    while True:',
      '        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()',
      '        n += 1',
      'except RuntimeError as e:',
      '    print("refused after", n, "threads:", e)',
    ].join('\n');
    const r = await adHoc('python', ['python3', 'main.py'], { 'main.py': script });
    expect(verdict(r)).toEqual({ status: 'error', limit: 'processes', value: 64 });
    expect(r.stdout).toMatch(/refused after \d+ threads/);
  });

  it('memory bomb -> error, limitHit memory with its value', async () => {
    const r = await node('const a = []; for (;;) a.push(Buffer.alloc(1 << 20, 1));', {
      memoryMb: 128,
    });
    expect(verdict(r)).toEqual({ status: 'error', limit: 'memory', value: 128 });
    expect(r.message).toContain('128 MB');
  });

  it('CPU loop -> timeout, limitHit cpu with its value, stopped near the limit', async () => {
    const r = await node('for (;;) {}', { cpuSeconds: 1, wallSeconds: 10 });
    expect(verdict(r)).toEqual({ status: 'timeout', limit: 'cpu', value: 1 });
    expect(r.durationMs).toBeLessThan(4000);
  });

  it('CPU loop spread over processes: the total is limited, not each process', async () => {
    const r = await adHoc(
      'node',
      ['sh', '-c', '(while :; do :; done) & (while :; do :; done) & wait'],
      {},
      { cpuSeconds: 1, wallSeconds: 10 },
    );
    expect(verdict(r)).toEqual({ status: 'timeout', limit: 'cpu', value: 1 });
    expect(r.durationMs).toBeLessThan(4000);
  });

  it('sleeper -> timeout, limitHit wall with its value', async () => {
    const r = await adHoc('node', ['sleep', '60'], {}, { wallSeconds: 2 });
    expect(verdict(r)).toEqual({ status: 'timeout', limit: 'wall', value: 2 });
    expect(r.durationMs).toBeLessThan(3500);
  });

  it('output flood -> error, limitHit output; what is kept is capped', async () => {
    const before = process.memoryUsage().rss;
    const r = await node("const s = 'x'.repeat(65536); for (;;) require('fs').writeSync(1, s);", {
      wallSeconds: 10,
    });
    expect(verdict(r)).toEqual({ status: 'error', limit: 'output', value: 65536 });
    expect(r.stdout.length).toBeLessThan(65536 + 200);
    expect(r.stdout).toMatch(/\[output truncated: \d+ more bytes\]$/);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('file-size exhaustion -> error, limitHit fileSize', async () => {
    const r = await adHoc('node', ['sh', '-c', 'head -c 100000000 /dev/zero > big.bin'], {});
    expect(verdict(r)).toEqual({ status: 'error', limit: 'fileSize', value: 8 * 1024 * 1024 });
  });

  it('fd exhaustion: opening files stops at the open-files limit (EMFILE) -> fail, run contained', async () => {
    const r = await node(
      "const fs = require('fs'); let n = 0; try { for (;;) { fs.openSync('/dev/null'); n++; } } catch (e) { console.log(e.code, n); process.exit(1); }",
    );
    expect(r.status).toBe('fail');
    const [code, count] = r.stdout.trim().split(' ');
    expect(code).toBe('EMFILE');
    expect(Number(count)).toBeLessThan(256);
  });
});

describe('escapes', () => {
  it('writes outside the work tree fail; the host is unchanged -> pass (every write refused)', async () => {
    const marker = `fixpoint-escape-${randomUUID()}`;
    const targets = [
      '/usr',
      '/etc',
      '/',
      '/opt/fixpoint',
      '/node_modules',
      '/fixpoint/in',
      '/proc',
      os.tmpdir(),
      '/root',
      '/work/..',
    ];
    const script = targets
      .map(
        (t) =>
          `if echo x > '${t}/${marker}' 2>/dev/null; then echo "WROTE ${t}"; else echo "refused ${t}"; fi`,
      )
      .join('\n');
    const r = await adHoc(
      'node',
      ['sh', '-c', `${script}\n! grep -q WROTE <<EOF\n$(cat /dev/null)\nEOF`],
      {},
    );
    const lines = r.stdout.trim().split('\n');
    // /tmp inside the sandbox is its own tmpfs: writing there is allowed and stays there.
    expect(lines.filter((l) => l.startsWith('WROTE'))).toEqual([`WROTE ${os.tmpdir()}`]);
    for (const t of targets) expect(fs.existsSync(path.join(t, marker))).toBe(false);
  });

  it("cannot read the controller's secrets: environment, /proc/1/environ, the repository, /root", async () => {
    const repo = path.resolve(__dirname, '../..');
    const script = [
      'env',
      'cat /proc/1/environ 2>&1',
      'cat /proc/self/environ | tr "\\0" "\\n"',
      `ls -la ${repo} ${repo}/.data /root /home 2>&1`,
      `cat ${repo}/.data/runtimes/node/ready.json 2>&1`,
      'cat /etc/shadow 2>&1',
      'ls /proc | grep -E "^[0-9]+$" | tr "\\n" " "',
    ].join('; echo ---; ');
    const r = await adHoc('node', ['sh', '-c', script], {});
    const seen = r.stdout + r.stderr;
    expect(seen).not.toContain(SECRET_TOKEN);
    expect(seen).not.toContain(SECRET_DB);
    expect(seen).not.toContain('SANDBOX_');
    expect(seen).not.toContain('nodeBin');
    expect(seen).toMatch(/cat: \/proc\/1\/environ: Permission denied/);
    expect(seen).toMatch(new RegExp(`ls: cannot access '${repo}': No such file or directory`));
    expect(seen).toMatch(/ls: cannot access '\/root': No such file or directory/);
    expect(seen).toMatch(/cat: \/etc\/shadow: No such file or directory/);
    // Its own pid namespace: only the sandbox's few processes are visible.
    expect(r.stdout.trim().split('---').pop()?.trim().split(' ').length).toBeLessThan(10);
  });

  it('cannot reach a TCP server the host runs on loopback; only lo exists', async () => {
    let connections = 0;
    const server = net.createServer((s) => {
      connections++;
      s.end('secret');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const r = await node(
        `const s = require('net').connect(${port}, '127.0.0.1');
         s.on('data', (d) => { console.log('GOT', String(d)); process.exit(2); });
         s.on('error', (e) => { console.log(e.code); console.log(require('fs').readFileSync('/proc/net/dev', 'utf8')); process.exit(0); });`,
      );
      expect(r.status).toBe('pass');
      expect(r.stdout).toMatch(/^ECONNREFUSED/);
      const interfaces = r.stdout
        .split('\n')
        .slice(3)
        .filter((l) => l.includes(':'))
        .map((l) => l.split(':')[0].trim());
      expect(interfaces).toEqual(['lo']);
      expect(connections).toBe(0);
    } finally {
      server.close();
    }
  });

  it('a double-forked daemon does not outlive the run', async () => {
    const marker = `fixpoint-daemon-${randomUUID()}`;
    const r = await adHoc(
      'node',
      [
        'sh',
        '-c',
        `(setsid sh -c 'while :; do sleep 0.05; done' ${marker} > /dev/null 2>&1 &) ; sleep 0.3; echo started`,
      ],
      {},
    );
    expect(r.status).toBe('pass');
    expect(r.stdout).toBe('started\n');
    expect(processesWith(marker)).toEqual([]);
  });

  it('a daemon killed by the wall clock does not survive either', async () => {
    const marker = `fixpoint-daemon-${randomUUID()}`;
    const r = await adHoc(
      'node',
      ['sh', '-c', `(setsid sh -c 'sleep 600' ${marker} &); sleep 600`],
      {},
      { wallSeconds: 1 },
    );
    expect(verdict(r)).toEqual({ status: 'timeout', limit: 'wall', value: 1 });
    expect(processesWith(marker)).toEqual([]);
  });

  it('the harness does not follow a planted link at the report path', async () => {
    // A host file named like a report, which a link-following harness would hand back.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixpoint-secret-'));
    const hostReport = path.join(dir, 'report.xml');
    fs.writeFileSync(hostReport, '<testsuite><testcase name="HOST-SECRET"/></testsuite>');
    try {
      for (const target of [hostReport, '/etc/passwd', '/proc/self/environ']) {
        const r = await adHoc(
          'node',
          [
            'sh',
            '-c',
            `mkdir -p "$(dirname "$FIXPOINT_REPORT")"; ln -sf ${target} "$FIXPOINT_REPORT"; ls -l "$FIXPOINT_REPORT"`,
          ],
          {},
        );
        expect(r.status).toBe('pass');
        expect(r.tests).toEqual([]);
        expect(JSON.stringify(r)).not.toContain('HOST-SECRET');
        expect(JSON.stringify(r)).not.toContain('root:x:0');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('links planted in the work tree are not followed when the run is cleaned up', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixpoint-sentinel-'));
    const sentinel = path.join(dir, 'keep.txt');
    fs.writeFileSync(sentinel, 'still here');
    try {
      const r = await adHoc(
        'node',
        [
          'sh',
          '-c',
          `ln -s ${dir} host-dir; ln -s ${sentinel} keep.txt; ln -s / root-link; echo planted`,
        ],
        {},
      );
      expect(r.status).toBe('pass');
      expect(fs.readFileSync(sentinel, 'utf8')).toBe('still here');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs without privileges: its own uid from the sandbox range, no capabilities, no_new_privs, no setuid escalation', async () => {
    const r = await adHoc(
      'node',
      [
        'sh',
        '-c',
        'id -u; grep -E "^(CapEff|CapBnd|NoNewPrivs)" /proc/self/status; su -c id root 2>&1 || true',
      ],
      {},
    );
    expect(r.stdout).toMatch(/^20\d{8}\nCapEff:\s+0+\nCapBnd:\s+0+\nNoNewPrivs:\s+1\n/);
    const uid = Number(r.stdout.split('\n')[0]);
    expect(uid).toBeGreaterThanOrEqual(RUN_UID_BASE);
    expect(uid).toBeLessThan(RUN_UID_BASE + RUN_UID_COUNT);
    expect(r.stdout).not.toMatch(/uid=0/);
  });
});
