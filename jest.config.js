// Tests run against a real PostgreSQL: test/support/global-setup.ts starts the embedded server once per run
// (or uses TEST_DATABASE_URL), and each test file creates its own databases on it.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node', experimentalDecorators: true, esModuleInterop: true, target: 'ES2022' } }],
    // jose is published as ES modules only (Node loads them with require() itself; jest's module loader does not)
    '/node_modules/jose/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true, module: 'commonjs', target: 'ES2022' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
