/** Unit specs live beside the code; e2e specs under test/ share one PostgreSQL started in globalSetup. */
const transform = {
  // Transpile-only (isolatedModules): fast, and tsc checks types in the build and lint steps.
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json' }],
  // @fastify/static requires content-disposition, shipped only as an ES module; jest's CommonJS runtime needs it compiled.
  '/node_modules/content-disposition/.+\\.js$': [
    'ts-jest',
    { tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node', isolatedModules: true } },
  ],
};
const transformIgnorePatterns = ['/node_modules/(?!content-disposition/)'];

module.exports = {
  testTimeout: 60000,
  // A handle left open by a failed test must fail the run, not hang it (CI has a hard time limit);
  // `npx jest --detectOpenHandles` finds such leaks locally.
  forceExit: true,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
