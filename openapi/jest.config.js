const { jestTiers } = require('../tools/test/jest-tiers.js');

// The ATS document, its linter and generated types: no stack.
/** @type {import('jest').Config} */
module.exports = jestTiers(__dirname, {
  unit: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
});
