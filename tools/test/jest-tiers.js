// Test tiers for a Jest project: one Jest "project" per tier, named by its displayName, so an Nx
// target runs one tier with `jest --selectProjects <tier>` and a plain `jest` (or
// `npx jest some/file.spec.ts`) still runs every tier. Tiers (see README, "Tests"):
//   unit    - no stack: no PostgreSQL, Redis, Temporal or sandbox;
//   medium  - real servers: the shared stack, the sandbox, Temporal's test server, the fault
//             suite's private stack;
//   browser - the whole platform in Chromium.
// tools/test/check-tiers.mjs proves every spec file belongs to exactly one tier.
const preset = require('../../jest.preset.js');

const TIERS = ['unit', 'medium', 'browser'];

/**
 * @param {string} rootDir the project's folder (its jest.config.js's __dirname)
 * @param {Partial<Record<'unit' | 'medium' | 'browser', string[]>>} testMatchByTier
 * @param {import('jest').Config} [options] on top of the preset: testTimeout for the whole run,
 *   anything else for every tier
 * @returns {import('jest').Config}
 */
function jestTiers(rootDir, testMatchByTier, options = {}) {
  const { reporters, testTimeout, ...projectPreset } = preset;
  const { testTimeout: ownTimeout, ...projectOptions } = options;
  return {
    rootDir,
    // Global options stay at the top: the reporters write one summary file per tier, and Jest
    // reads testTimeout only here (inside a project it is ignored and the 5 s default applies).
    reporters,
    testTimeout: ownTimeout ?? testTimeout,
    projects: Object.entries(testMatchByTier).map(([tier, testMatch]) => {
      if (!TIERS.includes(tier)) throw new Error(`unknown test tier ${tier}`);
      return { ...projectPreset, ...projectOptions, rootDir, displayName: tier, testMatch };
    }),
  };
}

module.exports = { jestTiers, TIERS };
