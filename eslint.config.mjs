// One lint config for every TypeScript project in the workspace.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-plugin-prettier/recommended';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-bench/**',
      '**/node_modules/**',
      '**/generated/**',
      'challenges/**',
      '.data/**',
      '.nx/**',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    // Config files and small tools in CommonJS.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Issue 16: GraphQL is declared once, in *.graphql.ts documents typed by `npm run codegen`,
    // and sent with send()/execute(); no GraphQL text is written (or built by interpolation)
    // anywhere else in the front ends.
    files: ['{learner-app/,}src/**/*.{ts,tsx}', 'tenant-portal/src/app/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.spec.ts',
      '**/*.graphql.ts',
      '**/generated/**',
      '{learner-app/,}src/test/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Literal[value=/^\\s*(query|mutation|subscription|fragment)\\b|^\\s*\\{\\s*\\w+[\\s({]/]',
          message:
            'GraphQL documents are declared in a *.graphql.ts file with graphql() (npm run codegen).',
        },
        {
          selector:
            'TemplateLiteral > TemplateElement:first-child[value.raw=/^\\s*(query|mutation|subscription|fragment)\\b|^\\s*\\{\\s*\\w+[\\s({]/]',
          message:
            'GraphQL documents are declared in a *.graphql.ts file with graphql() (npm run codegen).',
        },
      ],
    },
  },
  {
    // The portal's documents: each text stands alone as a /* GraphQL */ template for the
    // generator, and the file exports the generated XxxDocument constant (no gql.ts map).
    files: ['tenant-portal/src/**/*.graphql.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Issue 16: no `any` in client code (the generated documents type every answer).
    files: ['{learner-app/,}src/**/*.{ts,tsx}', 'contracts/src/client/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // Scripts and tests print on purpose.
    files: ['**/scripts/**', '**/bench/**', 'tools/**'],
    rules: { 'no-console': 'off' },
  },
);
