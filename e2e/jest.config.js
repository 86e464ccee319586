const { jestTiers } = require('../tools/test/jest-tiers.js');

// The whole platform in a browser: run in band; starting it takes a while on 2 cores.
/** @type {import('jest').Config} */
module.exports = jestTiers(
  __dirname,
  { browser: ['<rootDir>/test/**/*.spec.ts'] },
  { testTimeout: 120_000 },
);
