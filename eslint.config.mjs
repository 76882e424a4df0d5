// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'media/vendor/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The core is shared by the extension, the CLI and (one day) a web extension:
    // it must not reach for the editor or for Node's file system.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', 'fs', 'path', 'child_process', 'os'], patterns: ['node:*'] }],
    },
  },
  {
    // The extension host's bundle stays small (activation time) and never parses: it may take
    // only the core's light modules at run time; everything else is asked of the analysis worker.
    files: ['src/extension/**/*.ts'],
    rules: {
      // `import vscode = require('vscode')`: esbuild then emits a plain require. `import * as`
      // made it copy the 300 members of the API into a fresh namespace object in every module,
      // which took 15-20 ms of the extension host while loading (measured with its profiler).
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '(^|/)core(/(index|lint/rules|lint/engine|lint/lintFile|lint/config/(?!types$)|explain|model/(?!panelModel$)|documents/(?!fileKind$|sizeLimit$|fileText$)|knowledge).*)?$',
          allowTypeImports: true,
          message: 'The extension host does not load the core: ask the analysis worker (src/extension/analysis) instead.',
        }],
      }],
    },
  },
  {
    // The worker runs without the editor.
    files: ['src/worker/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode'] }] },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
  },
);
