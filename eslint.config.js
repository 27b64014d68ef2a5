import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

/** Folders of src/ and the folders each may import from (besides its own files). */
const LAYERS = {
  i18n: [],
  data: ['i18n'],
  cli: ['data', 'i18n'],
  shared: ['data', 'i18n'],
  // The map of France: drawn by the counter and the feed, loaded on demand (a chunk of its own).
  map: ['i18n', 'shared'],
  placement: ['data', 'i18n', 'shared'],
  loader: ['data', 'i18n', 'shared'],
  embed: [],
  oembed: [],
  feed: ['data', 'i18n', 'shared'],
  banner: ['data', 'i18n', 'shared'],
  'event-calendar': ['data', 'i18n', 'shared'],
  'initiative-feed': ['data', 'i18n', 'shared', 'map'],
  'territory-counter': ['data', 'i18n', 'shared', 'map'],
};
/** Every folder of src/, so that a new one is outside every layer's allowed list. */
const FOLDERS = readdirSync(new URL('./src/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** Layers with no DOM rendering: no Lit either. */
const NO_LIT = new Set(['i18n', 'data', 'cli']);

function layerRules() {
  return Object.entries(LAYERS).map(([folder, allowed]) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FOLDERS.filter((name) => name !== folder && !allowed.includes(name)).map(
                (name) => `../${name}/*`,
              ),
              message: `src/${folder}/ may import only from ${allowed.length ? allowed.map((name) => `src/${name}/`).join(', ') : 'its own folder'} (layers: i18n ← data ← shared ← elements; see eslint.config.js).`,
            },
            ...(NO_LIT.has(folder)
              ? [
                  {
                    group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-element'],
                    message: `src/${folder}/ has no DOM rendering: no Lit.`,
                  },
                ]
              : []),
          ],
        },
      ],
    },
  }));
}

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
  // Layers, bottom to top: i18n ← data ← shared ← the elements; the CLI stands on data and i18n.
  // Nothing imports a layer above its own, and no element imports another (the loader and the
  // entry points reach the elements by dynamic import or from the top of src/).
  ...layerRules(),
  {
    // The elements' members in one order, as Shoelace's contributing guide has it: static members,
    // private fields and controllers, internal state (@state), public properties (@property),
    // then the constructor and the methods (lifecycle, handlers, public methods, render).
    files: ['src/*/*.ts'],
    ignores: ['src/*/*.styles.ts', 'src/*/messages.ts', 'src/*/define.ts', 'src/*/index.ts'],
    rules: {
      '@typescript-eslint/member-ordering': [
        'error',
        {
          classes: [
            'signature',
            'static-field',
            'static-method',
            ['private-instance-field', 'protected-instance-field'],
            ['private-decorated-field', 'protected-decorated-field'],
            'public-decorated-field',
            'constructor',
            'method',
          ],
        },
      ],
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
