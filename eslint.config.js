import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'bench/node_modules/',
      'consumers/node_modules/',
      'consumers/.apps/',
      'integrations/**/assets/',
      'dist/',
      'storybook-static/',
      'node_modules/',
      'coverage/',
      '.scratch/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'demo/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      // Registration goes through the guarded `defineElement`, on purpose.
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='unsafeHTML']",
          message: 'Feed content is text: never render it as HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'No HTML string sinks.',
        },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A leading underscore marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Node scripts; the end-to-end suites and benchmarks also hold browser code run through
    // page.evaluate, so they see both sets of globals.
    files: [
      '*.js',
      '*.mjs',
      '*.ts',
      '.storybook/*.ts',
      'scripts/**/*.{js,mjs}',
      'test/support/*.js',
      'test/e2e/**/*.mjs',
      'test/node/**/*.mjs',
      'test/wordpress/**/*.{js,mjs}',
      'bench/**/*.{js,mjs}',
      'consumers/**/*.{js,mjs}',
      'integrations/**/*.js',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
