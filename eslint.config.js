import js from '@eslint/js';
import { fileURLToPath, URL } from 'node:url';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
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
      // TypeScript sources, and the console's `@/` alias, resolved as tsc resolves them: an
      // import the resolver cannot follow is invisible to the import-x rules (boundaries, cycles).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.node'],
          tsconfig: { configFile: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) },
        }),
      ],
    },
    rules: {
      // No module reaches itself through its imports (type-only imports aside).
      'import-x/no-cycle': 'error',
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
    // local-aws's layers, lowest first: seed/ids.ts (imports nothing), core/, protocols/,
    // the services, then seed/seed.ts, the services' list, control-routes.ts, server.ts and
    // main.ts, which compose them. Imports go down only. A service reaches another only
    // through that service's interface.ts. Tests may reach anything.
    files: ['local-aws/**/*.ts'],
    ignores: ['local-aws/**/*.test.ts', 'local-aws/test/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './local-aws', from: './src' },
            {
              target: ['./local-aws/core', './local-aws/protocols'],
              from: [
                './local-aws/services',
                './local-aws/seed',
                './local-aws/control-routes.ts',
                './local-aws/server.ts',
                './local-aws/main.ts',
              ],
              message:
                'core/ and protocols/ serve any service: they import no service, seed or server.',
            },
            {
              target: './local-aws/core',
              from: './local-aws/protocols',
              message: 'core/ sits below the protocols.',
            },
            {
              target: './local-aws/services',
              from: [
                './local-aws/seed/seed.ts',
                './local-aws/services/index.ts',
                './local-aws/control-routes.ts',
                './local-aws/server.ts',
                './local-aws/main.ts',
              ],
              message:
                'A service describes itself in its own index.ts; it never imports the list of services, the seed composer or the server.',
            },
            ...['sts', 'kms', 's3', 'transcribe', 'cognito-idp', 'cognito-identity'].map(
              (service) => ({
                target: `./local-aws/services/${service}`,
                from: './local-aws/services',
                except: [
                  `./${service}`,
                  './index.ts',
                  './kms/interface.ts',
                  './s3/interface.ts',
                  './cognito-idp/interface.ts',
                ],
                message: "Another service's internals: go through its interface.ts.",
              }),
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['local-aws/seed/ids.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['*'], message: 'seed/ids.ts is a leaf: it imports nothing.' }] },
      ],
    },
  },
);
