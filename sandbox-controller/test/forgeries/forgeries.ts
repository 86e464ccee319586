import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/harness';

/**
 * Forgeries a candidate could try on the fixture challenges (test/fixtures/challenges): each
 * leaves the bug in place and adds lines to the starter files that try to make the hidden tests
 * look passed. Patterns from issue 11 and the study it cites (evasion, injection, redirection),
 * plus variants written to slip past the static scan.
 */
export interface Forgery {
  slug: string;
  name: string;
  /** The starter file and how the forger edits it (the bug stays). */
  file: string;
  edit: (starter: string) => string;
  /** True when the static scan is expected to miss it (the other layers must catch it). */
  slipsScan?: boolean;
}

/** Each fixture's validated hidden tests: its tests.json, the one source (never a copy). */
export const HIDDEN_TESTS: Record<string, string[]> = Object.fromEntries(
  [
    'fx-node-range',
    'fx-python-mean',
    'fx-go-reverse',
    'fx-java-max',
    'fx-rust-clamp',
    'fx-cpp-abs',
  ].map((slug) => [
    slug,
    (JSON.parse(readFileSync(join(FIXTURES, slug, 'tests.json'), 'utf8')) as { hidden: string[] })
      .hidden,
  ]),
);

const appended =
  (slug: string, file: string) =>
  (name: string, append: string, slipsScan = false): Forgery => ({
    slug,
    name,
    file,
    edit: (s) => `${s}\n${append}`,
    slipsScan,
  });
/**
 * Python: a finaliser (run at exit, after pytest wrote its JUnit file) parses the planted
 * canaries out of the readable hidden test file, keeps exactly the must-fail ones failing and
 * marks every other test passed: canaries, test set and freeze all look right afterwards.
 */
const CANARY_REPRODUCER = `
import weakref as _w, re as _re, glob as _g, sys as _s

class _Keep:
    pass

_keep = _Keep()

def _rewrite():
    import xml.etree.ElementTree as ET
    src = "".join(open(p).read() for p in _g.glob("**/test_*.py", recursive=True))
    must_fail = set()
    for m in _re.finditer(r"def (test_\\w+)\\(\\):\\n    value = (\\d+)\\n    assert value \\+ (\\d+) == (\\d+)", src):
        if int(m.group(2)) + int(m.group(3)) != int(m.group(4)):
            must_fail.add(m.group(1))
    report = [a.split("=", 1)[1] for a in _s.argv if a.startswith("--junitxml=")][0]
    tree = ET.parse(report)
    for case in tree.iter("testcase"):
        if case.get("name") in must_fail:
            continue
        for child in list(case):
            if child.tag in ("failure", "error"):
                case.remove(child)
    tree.write(report)

_w.finalize(_keep, _rewrite)
`;
const node = appended('fx-node-range', 'src/range.js');
const python = appended('fx-python-mean', 'stats.py');
/** Go: the imports go after the package clause, the code at the end. */
const go = (name: string, imports: string[], append: string, slipsScan = false): Forgery => ({
  slug: 'fx-go-reverse',
  name,
  file: 'text/reverse.go',
  edit: (s) =>
    `${s.replace(/^package text\n/, `package text\n\nimport (${imports.map((i) => `"${i}"`).join('; ')})\n`)}\n${append}`,
  slipsScan,
});
/** Java: a static block in the class under test runs when the first test loads it. */
const java = (name: string, block: string): Forgery => ({
  slug: 'fx-java-max',
  name,
  file: 'src/main/java/fx/Numbers.java',
  edit: (s) =>
    s.replace('private Numbers() {}', `private Numbers() {}\n\n  static {\n${block}\n  }`),
});
const rust = (name: string, append: string, callFromClamp = false): Forgery => ({
  slug: 'fx-rust-clamp',
  name,
  file: 'src/lib.rs',
  edit: (s) =>
    `${callFromClamp ? s.replace(/-> i32 \{/, '-> i32 {\n    forged();') : s}\n${append}`,
});
const cpp = appended('fx-cpp-abs', 'src/absdiff.cpp');

export const FORGERIES: Forgery[] = [
  node(
    'replaces node:assert/strict functions with no-ops',
    `import assert from 'node:assert/strict';\nfor (const k of ['equal', 'deepEqual', 'strictEqual', 'deepStrictEqual']) assert[k] = () => {};\n`,
  ),
  node('exits 0 when the module loads', `process.exit(0);\n`),
  node(
    'prints passing spec lines and exits',
    `process.stdout.write('✔ range > includes both ends\\n✔ range > starts at from\\n');\nprocess.exit(0);\n`,
  ),
  node(
    'no-ops the assertions through getBuiltinModule and a joined name',
    `const a = process.getBuiltinModule(['as', 'sert'].join('') + '/strict');\nObject.assign(a, { equal() {}, deepEqual() {} });\n`,
    true,
  ),
  python(
    'patches pytest reports so every outcome is passed',
    `import _pytest.reports\n_init = _pytest.reports.TestReport.__init__\ndef _passed(self, *a, **k):\n    _init(self, *a, **k)\n    self.outcome = "passed"\n_pytest.reports.TestReport.__init__ = _passed\n`,
  ),
  python('exits 0 when the module is imported', `import os\nos._exit(0)\n`),
  python(
    'registers a hook wrapper that rewrites every report',
    `import gc\nimport pytest\nfrom _pytest.config import Config\nclass _Pass:\n    @pytest.hookimpl(hookwrapper=True)\n    def pytest_runtest_makereport(self, item, call):\n        out = yield\n        out.get_result().outcome = "passed"\nfor _o in gc.get_objects():\n    if isinstance(_o, Config):\n        _o.pluginmanager.register(_Pass())\n        break\n`,
  ),
  python(
    'finds TestReport through __subclasses__ and a joined name',
    `def _walk(c):\n    for s in c.__subclasses__():\n        yield s\n        yield from _walk(s)\nfor _c in list(_walk(object)):\n    if _c.__name__ == "".join(["Test", "Report"]):\n        _orig = _c.__init__\n        def _ok(self, *a, _o=_orig, **k):\n            _o(self, *a, **k)\n            self.outcome = "passed"\n        _c.__init__ = _ok\n`,
    true,
  ),
  python(
    'reads the canaries from the hidden test file and rewrites the report at exit to match them',
    CANARY_REPRODUCER,
    true,
  ),
  python(
    'does the same and prints its own integrity line listing every test passed',
    // At exit, when pytest's capture no longer holds stderr.
    `${CANARY_REPRODUCER}\nimport json as _j\ndef _claim():\n    _s.stderr.write("FIXPOINT-" + "INTEGRITY " + _j.dumps({"findings": [], "tests": 5}) + "\\n")\n_w.finalize(_Keep, _claim)\n`,
    true,
  ),
  python(
    "also closes the integrity plugin's descriptor at import so it cannot report",
    `import os as _o, stat as _st\nfor _fd in range(3, 64):\n    try:\n        _m = _o.fstat(_fd).st_mode\n    except OSError:\n        continue\n    if _st.S_ISSOCK(_m) or _st.S_ISFIFO(_m):\n        _o.close(_fd)\n        break\n${CANARY_REPRODUCER}`,
    true,
  ),
  go(
    'init prints RUN/PASS lines for the hidden tests and exits 0',
    ['fmt', 'os'],
    `\nfunc init() {\n\tfmt.Println("=== RUN   TestReverseUnicode")\n\tfmt.Println("--- PASS: TestReverseUnicode (0.00s)")\n\tfmt.Println("PASS")\n\tos.Exit(0)\n}\n`,
  ),
  go(
    'prints framed (0x16) PASS lines and exits through a raw syscall from an array initialiser',
    ['os', 'syscall'],
    `var checked = [1]int{forge()}\n\nfunc forge() int {\n\tf := os.NewFile(1, "o")\n\tf.WriteString("\\x16--- PASS: TestReverseUnicode (0.00s)\\n\\x16PASS\\n")\n\tsyscall.RawSyscall(syscall.SYS_EXIT_GROUP, 0, 0, 0)\n\treturn 0\n}\n`,
    true,
  ),
  go(
    'exits 0 from a package variable initialiser',
    ['os'],
    `var _ = func() int { os.Exit(0); return 0 }()\n`,
  ),
  java('static initialiser exits 0', '    System.exit(0);'),
  java(
    'a shutdown hook rewrites the JUnit report as all passed',
    `    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/.fixpoint/reports/TEST-junit-jupiter.xml"),
          "<testsuite><testcase classname=\\"fx.NumbersHiddenTest\\" name=\\"findsTheLargestNegative()\\"/></testsuite>");
      } catch (Exception e) { }
    }));`,
  ),
  java(
    'prints a passing tree and halts',
    '    System.out.println("[OK] findsTheLargestNegative()");\n    Runtime.getRuntime().halt(0);',
  ),
  rust(
    'prints libtest ok lines and exits 0 from the code under test',
    `pub fn forged() {\n    println!("test keeps_values_inside ... ok\\ntest lowers_high_values ... ok\\n\\ntest result: ok. 2 passed; 0 failed");\n    std::process::exit(0);\n}\n`,
    true,
  ),
  rust(
    'a constructor section exits 0 before main',
    `#[used]\n#[link_section = ".init_array"]\nstatic QUIT: extern "C" fn() = quit;\nextern "C" fn quit() { std::process::exit(0) }\n`,
  ),
  rust(
    'a panic hook set before main exits 0 on the first failure',
    `#[used]\n#[link_section = ".init_array"]\nstatic HOOK: extern "C" fn() = hook;\nextern "C" fn hook() { std::panic::set_hook(Box::new(|_| std::process::exit(0))) }\n`,
  ),
  cpp(
    'a static initialiser prints passing gtest lines and exits 0',
    `#include <cstdio>\n#include <cstdlib>\nstatic int forged = [] { std::puts("[       OK ] AbsDiffHidden.SmallerFirst (0 ms)"); std::exit(0); return 0; }();\n`,
  ),
  cpp(
    'a constructor attribute _exits before the tests',
    `#include <unistd.h>\n__attribute__((constructor)) static void quit() { _exit(0); }\n`,
  ),
  cpp(
    'an atexit handler rewrites the XML report as all passed',
    `#include <cstdio>\n#include <cstdlib>\nstatic void rewrite() { if (FILE* f = std::fopen("/tmp/.fixpoint/gtest.xml", "w")) { std::fputs("<testsuites><testsuite name=\\"AbsDiffHidden\\"><testcase name=\\"SmallerFirst\\" classname=\\"AbsDiffHidden\\"/></testsuite></testsuites>", f); std::fclose(f); } }\n__attribute__((constructor)) static void arm() { std::atexit(rewrite); }\n`,
  ),
];
