import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/artifacts/', 'eslint.config.mjs', 'jest.config.js'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The reader's one progressive script runs in the browser.
  { files: ['src/reader/assets/**/*.js'], languageOptions: { globals: globals.browser } },
  // The workspace bundle (web/, built by scripts/build-workspace.mjs) runs in the browser too.
  { files: ['web/**/*.ts'], languageOptions: { globals: globals.browser } },
);
