const { jestTiers } = require('../tools/test/jest-tiers.js');

// The fault suite: one file, in band, against a private stack it starts and restarts itself
// (real servers, so the medium tier; not the shared stack).
/** @type {import('jest').Config} */
module.exports = jestTiers(
  __dirname,
  { medium: ['<rootDir>/test/**/*.spec.ts'] },
  { testTimeout: 120_000 },
);
