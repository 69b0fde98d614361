const { unitTests } = require('./tests/support/projects');

/**
 * Two projects. `unit`: tests that need no Neo4j (pure functions, a driver
 * pointed at nothing, code generation); `npm run test:unit` runs them in
 * seconds. `graph`: everything else, against one real Neo4j per run
 * (tests/support/globalSetup.ts), started only when a graph test runs; its
 * test files share it, so they run one after another, each from a clean graph.
 * Which is which is read from each test's imports (tests/support/projects.js):
 * no list to keep by hand.
 */
const UNIT = unitTests(__dirname);

const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
};

module.exports = {
  maxWorkers: 1,
  // Generous, and global (Jest reads it here, not from a project): a loaded
  // 2-core machine has taken over 60 s to seed the graph in a beforeAll.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: UNIT.map((file) => `<rootDir>/${file}`) },
    {
      ...common,
      displayName: 'graph',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: UNIT.map((file) => `<rootDir>/${file}`),
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
  ],
};
