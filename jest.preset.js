// Shared Jest settings: TypeScript through SWC (fast, keeps decorator metadata for NestJS).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2023',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // TypeScript sources (ours and Prisma's generated client) import siblings as './x.js'.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // The aggregate 'N passed, N failed' line across projects is printed by tools/test.sh.
  reporters: ['default', require.resolve('./tools/test/summary-reporter.js')],
  // Integration tests boot real services; 5 s is too tight on 2 cores.
  testTimeout: 30_000,
};
