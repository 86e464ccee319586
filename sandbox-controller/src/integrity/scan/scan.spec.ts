import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../config/config';
import type { FileTree } from '../../files/file-tree';
import { readTree } from '../../files/tree-io';
import { scanChange } from './scan';

const tree = (files: Record<string, string>): FileTree =>
  new Map(Object.entries(files).map(([p, c]) => [p, Buffer.from(c)]));
const codes = (starter: Record<string, string>, submitted: Record<string, string>) =>
  scanChange(tree(starter), tree(submitted)).map((f) => `${f.code}@${f.line ?? '-'}`);

describe('scanChange', () => {
  const catalog = path.join(REPO_ROOT, 'challenges');
  const slugs = fs
    .readdirSync(catalog)
    .filter((s) => fs.existsSync(path.join(catalog, s, 'challenge.yaml')));

  it('finds nothing in any reference solution of the catalog', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(38);
    const found = slugs.flatMap((slug) => {
      // The folders as on disk (the scan needs nothing else of the challenge format).
      const starter = readTree(path.join(catalog, slug, 'starter'));
      const solution = readTree(path.join(catalog, slug, 'solution'));
      return scanChange(starter, solution).map((f) => ({ slug, ...f }));
    });
    expect(found).toEqual([]);
  });

  it('only reads the lines the solver changed', () => {
    const starter = { 'a.py': 'import sys\nprint("starter prints")\nx = 1\n' };
    expect(codes(starter, starter)).toEqual([]);
    expect(codes(starter, { 'a.py': `${starter['a.py']}print("mine")\n` })).toEqual([
      'scan-load-time-output@4',
    ]);
  });

  it('sees through string concatenation, computed members and comments (JavaScript)', () => {
    expect(codes({}, { 'src/a.js': "assert['strict' + 'Equal'] = () => {};" })).toContain(
      'scan-test-framework@1',
    );
    expect(codes({}, { 'src/a.js': "const a = require('node:' + 'assert');" })).toContain(
      'scan-test-framework@1',
    );
    expect(codes({}, { 'src/a.js': 'const m = "node:as" /* x */ + "sert/strict";' })).toContain(
      'scan-test-framework@1',
    );
    expect(codes({}, { 'src/a.js': 'const n = ["as", "sert"].join("");\nrequire(n);' })).toContain(
      'scan-dynamic-code@2',
    );
    expect(codes({}, { 'src/a.js': 'await import(name);' })).toContain('scan-dynamic-code@1');
    expect(codes({}, { 'src/a.js': "process['ex' + 'it'](0);" })).toContain('scan-process-exit@1');
    expect(
      codes({}, { 'src/a.ts': '// process.exit is mentioned in prose only\nexport const x = 1;' }),
    ).toEqual([]);
  });

  it('sees getattr, __import__, importlib and module-level exits (Python)', () => {
    expect(codes({}, { 'm.py': "p = __import__('_py' 'test')" })).toEqual(
      expect.arrayContaining(['scan-test-framework@1', 'scan-dynamic-code@1']),
    );
    expect(codes({}, { 'm.py': 'import importlib\nm = importlib.import_module(name)' })).toContain(
      'scan-dynamic-code@1',
    );
    expect(codes({}, { 'm.py': "f = getattr(mod, 'set' + name)" })).toContain(
      'scan-dynamic-code@1',
    );
    expect(codes({}, { 'm.py': 'import os\nos._exit(0)' })).toContain('scan-process-exit@2');
    expect(codes({}, { 'm.py': 'import sys\nsys.exit(0)' })).toEqual(
      expect.arrayContaining(['scan-process-exit@2']),
    );
    expect(codes({}, { 'm.py': 'def f():\n    return sys.modules' })).toContain(
      'scan-runtime-internals@2',
    );
    expect(codes({}, { 'conftest.py': 'x = 1' })).toContain('scan-test-file@-');
    // How a forger finds the planted canaries' values in the loaded test module.
    for (const line of ['k = f.__code__.co_consts', 'src = inspect.getsource(mod)'])
      expect(codes({}, { 'm.py': `def f(mod):\n    ${line}` })).toContain(
        'scan-runtime-internals@2',
      );
  });

  it('sees init functions, exits and printing (Go)', () => {
    const src =
      'package text\n\nimport ("fmt"; "os")\n\nfunc init() {\n\tfmt.Println("--- PASS: TestX")\n\tos.Exit(0)\n}\n';
    expect(codes({}, { 'text/x.go': src })).toEqual(
      expect.arrayContaining([
        'scan-load-time-code@5',
        'scan-load-time-output@6',
        'scan-process-exit@7',
      ]),
    );
    expect(codes({}, { 'text/x_test.go': 'package text' })).toContain('scan-test-file@-');
  });

  it('sees JUnit, exits and reflection (Java), exits and ctors (Rust), gtest internals (C++)', () => {
    expect(codes({}, { 'A.java': 'static {\n  System.exit(0);\n}' })).toEqual(
      expect.arrayContaining(['scan-load-time-code@1', 'scan-process-exit@2']),
    );
    expect(
      codes(
        {},
        {
          'A.java': 'Class.forName("org.jun" + "it.X").getDeclaredField("f").setAccessible(true);',
        },
      ),
    ).toEqual(expect.arrayContaining(['scan-test-framework@1', 'scan-dynamic-code@1']));
    expect(codes({}, { 'src/lib.rs': 'fn f() { std::process::exit(0) }' })).toContain(
      'scan-process-exit@1',
    );
    expect(
      codes({}, { 'src/lib.rs': '#[used]\n#[link_section = ".init_array"]\nstatic X: fn() = f;' }),
    ).toContain('scan-load-time-code@1');
    expect(
      codes({}, { 'src/a.cpp': '#undef EXPECT_EQ\n#define EXPECT_EQ(a, b) (void)0' }),
    ).toContain('scan-test-framework@1');
    expect(codes({}, { 'src/a.cpp': 'static int x = [] { std::exit(0); return 0; }();' })).toEqual(
      expect.arrayContaining(['scan-load-time-code@1', 'scan-process-exit@1']),
    );
  });
});
