const { jestTiers } = require('../tools/test/jest-tiers.js');

// unit: the pure specs beside the code; medium: test/, against the real PostgreSQL, Redis,
// Temporal and sandbox.
/** @type {import('jest').Config} */
module.exports = jestTiers(__dirname, {
  unit: ['<rootDir>/src/**/*.spec.ts'],
  medium: ['<rootDir>/test/**/*.spec.ts'],
});
