// The fault suite: one file, in band, against a private stack it starts and restarts itself.
module.exports = {
  ...require('../jest.preset.js'),
  rootDir: __dirname,
  testTimeout: 120_000,
};
