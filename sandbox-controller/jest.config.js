const { jestTiers } = require('../tools/test/jest-tiers.js');

// unit: the pure specs beside the code (file policy, limits, report parsers, cgroup files in
// temp dirs); medium: test/, real runs in the bubblewrap sandbox.
/** @type {import('jest').Config} */
module.exports = jestTiers(__dirname, {
  unit: ['<rootDir>/src/**/*.spec.ts'],
  medium: ['<rootDir>/test/**/*.spec.ts'],
});
