// Lint and layer rules (run by `npm run lint` and .ci/run). The layers: routes are thin edges over
// services and never reach a repository; services know nothing of Fastify; only repositories and the
// database module talk to Prisma.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'generated/**', 'node_modules/**', 'web/dist/**', 'prisma/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      'no-control-regex': 'off',
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['src/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/*.repository.js', '**/db/*'], message: 'Routes call services, never repositories or the database.' }]),
    },
  },
  {
    files: ['src/**/*.service.ts', 'src/features/**/!(*.routes|*.plugin).ts'],
    ignores: [
      'src/**/*.repository.ts',
      'src/features/**/*.routes.ts',
      'src/features/**/*.plugin.ts',
      'src/features/realtime/connection.ts',
      'src/features/realtime/ws.routes.ts',
    ],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['fastify', 'fastify-plugin', '@fastify/*'],
          message: 'Services do not depend on Fastify: edges adapt requests to them.',
          allowTypeImports: true,
        },
        { group: ['@prisma/*', '**/generated/**'], message: 'Only repositories (and src/db) talk to Prisma.', allowTypeImports: true },
      ]),
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.repository.ts', 'src/db/**', 'src/features/**/*.service.ts', 'src/features/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['@prisma/*', '**/generated/**'], message: 'Only repositories (and src/db) talk to Prisma.', allowTypeImports: true },
      ]),
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
