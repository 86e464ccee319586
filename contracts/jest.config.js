const { jestTiers } = require('../tools/test/jest-tiers.js');

// The contracts and the generated documents, type-checked in place: no stack.
/** @type {import('jest').Config} */
module.exports = jestTiers(__dirname, {
  unit: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
});
