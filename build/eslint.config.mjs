// Lint rules, including the folder boundaries of ARCHITECTURE.md §1: which folder may import what.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const bareBuiltins = ['fs', 'path', 'os', 'crypto', 'http', 'https', 'child_process', 'url', 'stream', 'zlib', 'worker_threads'];
const nodeBuiltins = ['node:*'];

// Bare built-in names are matched exactly, so `../shared/crypto/x` is not mistaken for `crypto`.
const restrict = (patterns) => {
  const banNode = patterns.find((p) => p.group === nodeBuiltins);
  return {
    'no-restricted-imports': [
      'error',
      { patterns, paths: banNode ? bareBuiltins.map((name) => ({ name, message: banNode.message })) : [] },
    ],
  };
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: new URL('..', import.meta.url).pathname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      { group: ['react', 'react-dom', 'react/*', 'dexie', 'electron', 'exceljs'], message: 'shared/ is pure TypeScript: no UI, store, Electron or Excel library.' },
      { group: nodeBuiltins, message: 'shared/ runs in the browser too: no node built-ins.' },
      { group: ['**/renderer/**', '**/electron/**', '**/central/**'], message: 'shared/ must not depend on a side.' },
    ]),
  },
  {
    // The one adapter of the Excel library: same rules as shared/, exceljs allowed.
    files: ['shared/xlsx/**/*.ts'],
    rules: restrict([
      { group: ['react', 'react-dom', 'react/*', 'dexie', 'electron'], message: 'shared/ is pure TypeScript: no UI, store or Electron.' },
      { group: nodeBuiltins, message: 'shared/ runs in the browser too: no node built-ins.' },
      { group: ['**/renderer/**', '**/electron/**', '**/central/**'], message: 'shared/ must not depend on a side.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/store/**'],
    rules: restrict([
      { group: ['dexie'], message: 'Only renderer/store/ talks to IndexedDB.' },
      { group: ['electron'], message: 'The renderer reaches the host only through renderer/host/.' },
      { group: nodeBuiltins, message: 'The renderer is sandboxed: no node built-ins.' },
      { group: ['**/electron/**', '**/central/**'], message: 'The renderer must not import host or central code.' },
    ]),
  },
  {
    files: ['renderer/store/**/*.ts'],
    rules: restrict([
      { group: ['electron', 'react', 'react-dom'], message: 'The store is UI- and host-free.' },
      { group: nodeBuiltins, message: 'The store runs in the sandboxed renderer.' },
      { group: ['**/electron/**', '**/central/**', '**/features/**', '**/ui/**'], message: 'The store must not import UI or host code.' },
    ]),
  },
  {
    files: ['electron/host/**/*.ts', 'electron/web-host/**/*.ts'],
    rules: restrict([
      { group: ['electron'], message: 'Host core and web host must run without Electron.' },
      { group: ['react', 'react-dom', 'dexie'], message: 'The host has no UI and no IndexedDB.' },
      { group: ['**/renderer/**'], message: 'The host must not import renderer code.' },
    ]),
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict([
      { group: ['react', 'react-dom', 'dexie'], message: 'The host has no UI and no IndexedDB.' },
      { group: ['**/renderer/**'], message: 'The host must not import renderer code.' },
    ]),
  },
  {
    files: ['central/**/*.ts'],
    rules: restrict([
      { group: ['electron', 'react', 'react-dom', 'dexie'], message: 'central/ is a server.' },
      { group: ['**/renderer/**', '**/electron/**'], message: 'central/ shares only shared/ with the app.' },
    ]),
  },
);
