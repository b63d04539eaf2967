import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test/artifacts/',
      'eslint.config.mjs',
      'jest.config.js',
    ],
  },
  eslint.configs.recommended,
  // Type-checked: a promise nobody awaits (no-floating-promises) or one passed where a callback's result is
  // ignored (no-misused-promises) loses its errors, and a test that forgets to await can never fail.
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Methods that are async to satisfy an interface (guards, async generators in specs) need no await.
      '@typescript-eslint/require-await': 'off',
      // Nest's HttpStatus is a numeric enum compared with plain status codes throughout.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // `any` arrives from JSON.parse, pg rows and supertest bodies; typing those is its own change. Not yet on:
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  // The reader's one progressive script runs in the browser and is not part of the TypeScript project.
  {
    files: ['src/reader/assets/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.browser },
  },
  // The workspace bundle (web/, built by scripts/build-workspace.mjs) runs in the browser too.
  { files: ['web/**/*.ts'], languageOptions: { globals: globals.browser } },
);
