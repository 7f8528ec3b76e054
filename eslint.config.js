import js from '@eslint/js';
import { fileURLToPath, URL } from 'node:url';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.local-aws', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript files and the `@/` alias resolved as tsc resolves them: an import the
      // resolver cannot follow is invisible to the import-x rules (boundaries, cycles).
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.node'],
          tsconfig: { configFile: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-duplicates': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
          message: 'No focused tests.',
        },
      ],
    },
  },
  {
    // Imports go one way: lib/config → features → app. A feature never imports another feature.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/features/auth', from: './src/features', except: ['./auth'] },
            {
              target: './src/features/create-job',
              from: './src/features',
              except: ['./create-job'],
            },
            { target: './src/features/jobs', from: './src/features', except: ['./jobs'] },
            {
              target: './src/features/job-details',
              from: './src/features',
              except: ['./job-details'],
            },
            { target: './src/features', from: './src/app' },
            { target: './src/lib', from: ['./src/features', './src/app'] },
            {
              // The KMS key panel's parts are used through lib/kms-key/kms-key-panel.tsx.
              target: ['./src/features', './src/app'],
              from: './src/lib/kms-key/components',
              message: 'Use KmsKeyPanel (lib/kms-key/kms-key-panel.tsx), not its parts.',
            },
            { target: './src/config', from: ['./src/features', './src/app'] },
            { target: './src', from: ['./local-aws', './e2e'] },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures destructure nothing from `{}` by design.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['local-aws/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: './local-aws', from: './src' }] },
      ],
    },
  },
);
