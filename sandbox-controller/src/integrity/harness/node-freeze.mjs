// Loaded by every node process of a graded run (NODE_OPTIONS=--import) before any test or
// solution module: freezes the assertion and test-runner modules so that solution code cannot
// replace their functions (assignments throw in ESM and are ignored in sloppy CommonJS), and in
// the test files' child processes takes away the early exits a forger would use to end a file
// before its tests run. Defence in depth: canaries and the test-set check catch what gets by.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const freezeOwn = (target) => {
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null) return;
  for (const key of Reflect.ownKeys(target)) {
    const d = Object.getOwnPropertyDescriptor(target, key);
    // Touch lazy getters once so their final value is what gets frozen.
    if (d && d.get && d.configurable) {
      try {
        void target[key];
      } catch {
        /* a getter that throws stays as it is */
      }
    }
  }
  Object.freeze(target);
};

for (const id of ['node:assert', 'node:assert/strict', 'node:test']) {
  const m = require(id);
  freezeOwn(m);
  for (const key of Reflect.ownKeys(m)) {
    const v = m[key];
    if (
      typeof v === 'function' &&
      key !== 'mock' &&
      key !== 'CallTracker' &&
      key !== 'AssertionError'
    )
      freezeOwn(v);
  }
}

if (process.env.NODE_TEST_CONTEXT) {
  const refuse = (name) =>
    function blocked() {
      throw new Error(`${name} is not available while graded tests run`);
    };
  for (const name of ['exit', 'reallyExit', 'abort']) {
    Object.defineProperty(process, name, {
      value: refuse(`process.${name}`),
      writable: false,
      configurable: false,
    });
  }
}
