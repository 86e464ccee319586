const { jestTiers } = require('../tools/test/jest-tiers.js');

// unit: the pure specs beside the code; medium: test/, workflows under Temporal's
// time-skipping test server and against the stack's own, and the worker as a process.
/** @type {import('jest').Config} */
module.exports = jestTiers(__dirname, {
  unit: ['<rootDir>/src/**/*.spec.ts'],
  medium: ['<rootDir>/test/**/*.spec.ts'],
});
