// One lint configuration for the workspace. Module boundaries are real constraints:
// the course model depends on nothing of ours and on no framework; nothing depends on api or web.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', 'tmp/**', 'data/**', '.nx/**', '.angular/**', '**/*.d.ts'] },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.cjs', '**/*.js'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:model',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: ['@nestjs/*', '@angular/*', 'typeorm', 'rxjs'],
            },
            { sourceTag: 'scope:packager', onlyDependOnLibsWithTags: ['scope:model'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:model', 'scope:packager'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:model'] },
          ],
        },
      ],
    },
  },
  {
    // End-to-end suites and workspace scripts share tools/ helpers by path: they are not libraries.
    files: ['**/e2e/**', 'scorm-packager/test/**', 'tools/**', 'bench/**'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', 'tools/**', '.ci/**', 'bench/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
      },
    },
  },
];
