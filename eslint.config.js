// ESLint 9 flat configuration: typescript-eslint's recommended rules for every
// layer, plus the import boundaries between layers (docs/ARCHITECTURE.md):
//   src/core                       imports only src/core
//   src/functions, src/server, src/platform   import src/core and src/platform (and their own folder)
//   src/main.ts                    imports the adapters
//   sidebar                        imports sidebar, src/core, and only types from src/server
//   nothing in src/ or sidebar/    imports tools/, tests/ or scripts/
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns no product file may use: the development folders. */
const DEV_FOLDERS = ['**/tools/**', '**/tests/**', '**/scripts/**'].map((group) => ({
  group: [group],
  message: 'The product (src/, sidebar/) must not import development tools, tests or build scripts.',
}));

/** Patterns, relative to a file in src/core or below, that leave the core. */
const OUTSIDE_CORE = {
  group: ['**/server/**', '**/server', '**/functions/**', '**/platform/**', '**/main', '**/sidebar/**'],
  message: 'src/core is pure: it imports only from src/core (adapters and UI depend on the core, never the reverse).',
};

/** Patterns that reach the sidebar from the Apps Script adapters. */
const SIDEBAR = {
  group: ['**/sidebar/**'],
  message: 'The Apps Script side does not import the sidebar: the sidebar is built into a separate HTML page.',
};

/** A config object forbidding, in `files`, the imports matching `patterns`. */
function importBoundary(files, ...patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.tsbuild/', 'coverage/', 'test-results/', 'tools/preview/page/vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // In TypeScript, unused names are the compiler's job (noUnusedLocals, noUnusedParameters).
    files: ['**/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  importBoundary(['src/core/**/*.ts'], OUTSIDE_CORE, ...DEV_FOLDERS),
  importBoundary(['src/main.ts'], SIDEBAR, ...DEV_FOLDERS),
  importBoundary(['src/platform/**/*.ts'], SIDEBAR, ...DEV_FOLDERS, {
    group: ['**/server/**', '**/functions/**'],
    message: 'src/platform serves the adapters; it imports only src/core.',
  }),
  importBoundary(['src/functions/**/*.ts'], SIDEBAR, ...DEV_FOLDERS, {
    group: ['**/server/**'],
    message: 'Custom functions import src/core and src/platform, not the sidebar server.',
  }),
  importBoundary(['src/server/**/*.ts'], SIDEBAR, ...DEV_FOLDERS, {
    group: ['**/functions/**'],
    message: 'The sidebar server imports src/core and src/platform, not the custom functions.',
  }),
  importBoundary(
    ['sidebar/**/*.ts'],
    ...DEV_FOLDERS,
    {
      group: ['**/src/server/**', '**/src/main'],
      allowTypeImports: true,
      message:
        'The sidebar runs in the browser: it may import only types from src/server and src/main (the call contract).',
    },
    {
      group: ['**/src/functions/**', '**/src/platform/**'],
      message: 'The sidebar runs in the browser: it imports sidebar/, src/core and types from src/server only.',
    },
  ),
  {
    files: ['tools/**', 'tests/**', 'scripts/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Injected into the sidebar page by the sidebar host as one function expression, called with its arguments.
    files: ['tools/sidebar-host/pageShim.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
