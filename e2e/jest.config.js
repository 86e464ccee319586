// The whole platform in a browser: one file, run in band; starting it takes a while on 2 cores.
module.exports = {
  ...require('../jest.preset.js'),
  rootDir: __dirname,
  testTimeout: 120_000,
};
