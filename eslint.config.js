// Lint: typescript-eslint's recommended rules (flat config), nothing stricter, so every helper's
// code can pass. TypeScript itself checks names and types. Generated folders are ignored.
// Import cycles are checked by test/lint/import-cycles.test.ts (type-only imports included, which
// import-x/no-cycle ignores).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'coverage/**', '.*/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter kept for the signature (placeholders, callbacks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Code that ships in the extension runs in a page or a service worker, where `process` does not exist: an
    // experiment switch read from process.env would throw on every article.
    files: ['utils/**', 'entrypoints/**', 'components/**'],
    rules: { 'no-restricted-globals': ['error', { name: 'process', message: 'No process in shipped code.' }] },
  },
);
