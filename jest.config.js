/**
 * One real Neo4j per run (tests/support/globalSetup.ts). Test files share it,
 * so they run one after another, each starting from a clean graph.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
};
