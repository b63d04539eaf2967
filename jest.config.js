/** Unit specs live beside the code; e2e specs under test/ share one PostgreSQL started in globalSetup. */
// Transpile-only (isolatedModules): fast, and tsc checks types in the build and lint steps.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json' }] };

module.exports = {
  testTimeout: 60000,
  // A handle left open by a failed test must fail the run, not hang it (CI has a hard time limit);
  // `npx jest --detectOpenHandles` finds such leaks locally.
  forceExit: true,
  // One test file at a time: the e2e specs start PostgreSQL servers, worker threads and processes of their own,
  // and several abuse specs bound how long the service may take to answer; on a 2-core machine two files at once
  // oversubscribe it and those bounds measure the neighbour instead.
  maxWorkers: 1,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: '.',
      // The bench corpora's generators too: the benchmarks rely on their shape.
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts'],
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
