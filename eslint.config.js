import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      '.local-aws',
      'test-results',
      'playwright-report',
      '**/cdk.out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.json'],
          tsconfig: { configFile: './tsconfig.json' },
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
    // common/ is a leaf that the build, local-aws and deploy/ share: it imports none of them.
    files: ['common/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './common',
              from: ['./src', './local-aws', './deploy', './e2e', './scripts', './bench'],
            },
          ],
        },
      ],
    },
  },
  {
    // The CDK app reads local-aws's policy file and the shared list, never the console's code.
    files: ['deploy/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: './deploy', from: ['./src', './local-aws', './e2e'] }] },
      ],
    },
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
