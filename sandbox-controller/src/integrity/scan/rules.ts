import type { RuntimeId } from '../../challenges/challenge.schema';

/** One scan rule: a pattern over a normalised line of the solver's change. */
export interface ScanRule {
  code: string;
  message: string;
  pattern: RegExp;
  /** Only at module level (no indentation): code that runs when the module loads. */
  moduleLevel?: boolean;
}

const rule = (code: string, message: string, pattern: RegExp, moduleLevel = false): ScanRule => ({
  code,
  message,
  pattern,
  moduleLevel,
});

// Shared by every language: the harness's own files and variables are none of a solver's business.
const HARNESS: ScanRule[] = [
  rule(
    'scan-harness',
    'Touches the test harness (its report, its folders or its variables).',
    /\.fixpoint|FIXPOINT_|node-junit|pytest-junit|gtest\.xml|TEST-junit|fixpoint_integrity/,
  ),
];

const JS: ScanRule[] = [
  rule(
    'scan-test-framework',
    'Uses the test framework or the assertion module from solution code.',
    /['"`](node:)?(test|assert(\/strict)?|test\/reporters)['"`]|\bnode:test\b/,
  ),
  rule(
    'scan-test-framework',
    'Assigns to an assertion function.',
    /\b(strictEqual|deepStrictEqual|notStrictEqual|equal|deepEqual|ok|throws|rejects|match|fail|AssertionError)['"`]?\s*\]?\s*=[^=>]/,
  ),
  rule(
    'scan-process-exit',
    'Ends or signals the process from solution code.',
    /\bprocess\s*(\.|\[\s*['"`])\s*(exit|reallyExit|abort|kill|exitCode|_exiting|_rawDebug|binding|dlopen)\b/,
  ),
  rule(
    'scan-load-time-output',
    'Writes to the process output (what a report reader may parse).',
    /\bprocess\s*(\.|\[\s*['"`])\s*(stdout|stderr)\b|\bwriteSync\s*\(\s*[12]\b|\/dev\/(stdout|stderr|fd)|\/proc\/self/,
  ),
  rule(
    'scan-load-time-output',
    'Prints when the module loads.',
    /^(console\.(log|info|error|warn)|process\.stdout)/,
    true,
  ),
  rule(
    'scan-dynamic-code',
    'Loads or runs code chosen at run time (dynamic require/import, eval, Function).',
    /\brequire\s*\(\s*[^'"`\s)]|\bimport\s*\(\s*[^'"`\s)]|\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|\brequire\s*\.\s*cache\b|\bModule\s*\.\s*_(load|resolveFilename|cache)|\bcreateRequire\b|\bmodule\s*\.\s*constructor\b|\bprocess\s*\.\s*mainModule\b|\bglobalThis\s*\[|\bglobal\s*\[|\bReflect\s*\.\s*(set|defineProperty)\b|\bObject\s*\.\s*defineProperty\s*\(\s*(globalThis|global|process|assert)\b/,
  ),
  rule(
    'scan-obfuscation',
    'Decodes text at run time (a common way to hide names from a reader).',
    /\batob\s*\(|\bfromCharCode\b|['"`]base64['"`]|['"`]hex['"`]\s*\)/,
  ),
  rule(
    'scan-subprocess',
    'Starts other processes or workers from solution code.',
    /['"`](node:)?(child_process|worker_threads|cluster|vm|inspector|module|v8)['"`]/,
  ),
  ...HARNESS,
];

const PYTHON: ScanRule[] = [
  rule(
    'scan-test-framework',
    'Uses the test framework from solution code.',
    /\b_pytest\b|\bpytest\b|\bunittest\b|\bpluggy\b|\bTestReport\b|\bpytest_\w+/,
  ),
  rule(
    'scan-runtime-internals',
    'Reaches into the interpreter (modules, builtins, frames, code objects, the garbage collector).',
    /\b__code__\b|\bco_consts\b|\binspect\s*\.\s*(getsource\w*|getmembers)\b|\bsys\s*\.\s*(modules|meta_path|path_hooks|settrace|setprofile|_getframe|excepthook|stdout|stderr|__stdout__)\b|\b__builtins__\b|\bbuiltins\b|\b(globals|locals|vars)\s*\(\s*\)\s*\[|\bgc\s*\.\s*get_(objects|referrers)\b|\binspect\s*\.\s*(stack|currentframe)\b|\bctypes\b|\bf_back\b|\bf_globals\b/,
  ),
  rule(
    'scan-process-exit',
    'Ends the process, or runs code at exit.',
    /\bos\s*\.\s*(_exit|kill|abort)\b|\batexit\b|\bsignal\s*\.|\bfaulthandler\b/,
  ),
  rule(
    'scan-process-exit',
    'Exits when the module loads.',
    /^(sys\s*\.\s*exit|exit|quit)\s*\(/,
    true,
  ),
  rule(
    'scan-load-time-output',
    'Prints when the module loads.',
    /^print\s*\(|^os\s*\.\s*write\s*\(/,
    true,
  ),
  rule(
    'scan-load-time-output',
    'Writes to a raw file descriptor of the process.',
    /\bos\s*\.\s*(write|dup2?|fdopen)\s*\(|\/dev\/(stdout|stderr|fd)|\/proc\/self/,
  ),
  rule(
    'scan-dynamic-code',
    'Imports or runs code chosen at run time (__import__, importlib, exec, eval, getattr by a computed name).',
    /\b__import__\b|\bimportlib\b|\bexec\s*\(|\beval\s*\(|\bcompile\s*\(|\b(getattr|setattr|delattr)\s*\(\s*[^,]+,\s*(?!['"][^'"]*['"]\s*[,)])|\bsetattr\s*\(\s*(sys|os|builtins|__builtins__)\b|\b__dict__\s*\[|\b__class__\s*\.\s*__\w+__\s*=/,
  ),
  rule(
    'scan-obfuscation',
    'Decodes text at run time (a common way to hide names from a reader).',
    /\bb(64|32|16|85)decode\b|\bcodecs\b|\bfromhex\b|\bchr\s*\(|['"]rot13['"]|\bzlib\b|\bmarshal\b|\bpickle\b/,
  ),
  rule(
    'scan-subprocess',
    'Starts other processes from solution code.',
    /\bsubprocess\b|\bos\s*\.\s*(system|popen|exec\w*|spawn\w*|fork)\b|\bmultiprocessing\b/,
  ),
  ...HARNESS,
];

const GO: ScanRule[] = [
  rule(
    'scan-load-time-code',
    'Adds an init function (code that runs before any test).',
    /^func\s+init\s*\(/,
  ),
  rule(
    'scan-load-time-code',
    'Runs code when the package loads (a package-level variable set by a call).',
    /^var\s+[\w\s,]+=\s*(func\s*\(.*\)\s*\w*\s*\{|\w+\s*\()|^var\s+_\s*=/,
  ),
  rule(
    'scan-process-exit',
    'Ends the process from solution code.',
    /\bos\s*\.\s*Exit\b|\bsyscall\s*\.\s*(Exit|Kill|Dup\d?)\b|\bruntime\s*\.\s*Goexit\b|\bunix\s*\.\s*Exit\b/,
  ),
  rule(
    'scan-load-time-output',
    'Writes to the process output (what the test report is read from).',
    /\bos\s*\.\s*(Stdout|Stderr)\b|\bfmt\s*\.\s*Print|^\s*print(ln)?\s*\(|\/dev\/(stdout|stderr|fd)|\/proc\/self/,
  ),
  rule(
    'scan-test-framework',
    'Uses the testing package, test flags or linker tricks from solution code.',
    /["`]testing["`]|\btesting\s*\.\s*\w+|\bTestMain\b|-test\.|\bflag\s*\.\s*(Set|CommandLine)\b|\bgo:linkname\b|["`]unsafe["`]|["`]reflect["`]|\bos\s*\.\s*Args\b/,
  ),
  rule(
    'scan-subprocess',
    'Starts other processes from solution code.',
    /["`]os\/exec["`]|["`]plugin["`]/,
  ),
  ...HARNESS,
];

const JAVA: ScanRule[] = [
  rule(
    'scan-test-framework',
    'Uses JUnit or its reporting from solution code.',
    /\borg\s*\.\s*(junit|opentest4j|apiguardian)\b|\bjunit\b|\bTestExecutionListener\b|\bLauncherSession\b/i,
  ),
  rule(
    'scan-process-exit',
    'Ends the process or runs code at exit.',
    /\bSystem\s*\.\s*exit\b|\.\s*halt\s*\(|\bRuntime\s*\.\s*getRuntime\s*\(\s*\)\s*\.\s*(exit|halt|exec|addShutdownHook)\b|\baddShutdownHook\b/,
  ),
  rule(
    'scan-load-time-code',
    'Adds a static initialiser (code that runs when the class loads).',
    /^\s*static\s*\{/,
  ),
  rule(
    'scan-load-time-output',
    'Replaces or writes the process streams.',
    /\bSystem\s*\.\s*(setOut|setErr|setIn)\b|\bFileDescriptor\s*\.\s*(out|err)\b|\/dev\/(stdout|stderr|fd)|\/proc\/self/,
  ),
  rule(
    'scan-dynamic-code',
    'Uses reflection, class loading or method handles (how test internals are reached).',
    /\bjava\s*\.\s*lang\s*\.\s*(reflect|invoke)\b|\bsetAccessible\b|\bClass\s*\.\s*forName\b|\bgetDeclared(Field|Method|Constructor)s?\b|\bClassLoader\b|\bMethodHandles\b|\bUnsafe\b|\bServiceLoader\b|\bjava\s*\.\s*lang\s*\.\s*instrument\b/,
  ),
  rule(
    'scan-subprocess',
    'Starts other processes from solution code.',
    /\bProcessBuilder\b|\bProcessHandle\b/,
  ),
  ...HARNESS,
];

const RUST: ScanRule[] = [
  rule(
    'scan-process-exit',
    'Ends the process from solution code.',
    /\bprocess\s*::\s*(exit|abort)\b|\blibc\s*::\s*_?exit\b|\bstd\s*::\s*process\b/,
  ),
  rule(
    'scan-load-time-code',
    'Runs code before main (constructor sections, ctor crates).',
    /#\s*\[\s*(ctor|dtor|used|link_section|no_mangle|export_name)\b|\.init_array|\bctor\s*::|#!\s*\[\s*feature/,
  ),
  rule(
    'scan-test-framework',
    'Uses libtest internals or the panic machinery from solution code.',
    /\bextern\s+crate\s+test\b|\btest\s*::\s*\w+|\bpanic\s*::\s*(set_hook|take_hook|catch_unwind|resume_unwind)\b|\bRUST_TEST_|--test-threads|\benv\s*::\s*args\b/,
  ),
  rule(
    'scan-load-time-output',
    'Writes to the raw process output.',
    /\bio\s*::\s*stdout\s*\(\s*\)\s*\.\s*(lock|write)|\bFromRawFd\b|\bfrom_raw_fd\b|\/dev\/(stdout|stderr|fd)|\/proc\/self/,
  ),
  rule(
    'scan-subprocess',
    'Starts other processes from solution code.',
    /\bprocess\s*::\s*Command\b|\bCommand\s*::\s*new\b/,
  ),
  rule(
    'scan-dynamic-code',
    'Uses macros that read files or code at compile time.',
    /\binclude(_str|_bytes)?\s*!/,
  ),
  ...HARNESS,
];

const CPP: ScanRule[] = [
  rule(
    'scan-test-framework',
    'Uses GoogleTest internals or redefines its macros from solution code.',
    /\btesting\s*::|\bgtest\b|\bgmock\b|#\s*(define|undef)\s+(TEST|EXPECT_|ASSERT_|RUN_ALL_TESTS|GTEST)|\bRUN_ALL_TESTS\b|\bUnitTest\b|\bTestEventListener\b|\bInitGoogleTest\b/,
  ),
  rule(
    'scan-process-exit',
    'Ends the process or runs code at exit.',
    /\b(std\s*::\s*)?(exit|_exit|_Exit|quick_exit|abort|atexit|at_quick_exit|raise)\s*\(|\bkill\s*\(\s*getpid/,
  ),
  rule(
    'scan-load-time-code',
    'Runs code before main (constructor attributes, initialisers that call code).',
    /__attribute__\s*\(\s*\(\s*(constructor|destructor)|\.init_array|^\s*static\s+[\w:<>,\s*&]+=\s*\[[^\]]*\]\s*\(|^\s*(static\s+)?(const\s+)?(bool|int|auto)\s+\w+\s*=\s*\[[^\]]*\]|^\s*(static\s+)?(const\s+)?(bool|int|auto)\s+\w+\s*=\s*\w+\s*\(\s*\)\s*;/,
  ),
  rule(
    'scan-load-time-output',
    'Replaces or writes the process streams.',
    /\bfreopen\s*\(|\bdup2?\s*\(|\brdbuf\s*\(|\bsetvbuf\b|\bSTDOUT_FILENO\b|\/dev\/(stdout|stderr|fd)|\/proc\/self|\bwrite\s*\(\s*[12]\s*,/,
  ),
  rule(
    'scan-subprocess',
    'Starts other processes or loads code from solution code.',
    /\b(system|popen|fork|vfork|execv\w*|execl\w*|dlopen|dlsym|posix_spawn\w*)\s*\(/,
  ),
  ...HARNESS,
];

export const RULES: Record<RuntimeId, ScanRule[]> = {
  node: JS,
  python: PYTHON,
  go: GO,
  java: JAVA,
  rust: RUST,
  cpp: CPP,
};
