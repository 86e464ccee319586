const { jestTiers } = require('../../tools/test/jest-tiers.js');

// A connector is tested against local servers speaking the vendor's wire format: no stack.
/** @type {import('jest').Config} */
module.exports = jestTiers(__dirname, { unit: ['<rootDir>/src/**/*.spec.ts'] });
