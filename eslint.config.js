// ESLint (flat config). `npm run lint` runs it with --max-warnings 0, and `npm test` runs lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/**
 * The rules for the code that ships to visitors (src/, tests excepted): no raw HTML, no string
 * evaluation, no network request and no cookie of its own, and every translated message with
 * a stable id.
 */
const shippedCodeRules = {
  // Written for readers: no line a reviewer must scroll to read.
  'max-len': ['error', { code: 120 }],
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'Shipped code never renders raw HTML.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Shipped code never renders raw SVG.' },
        { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'Shipped code never renders raw HTML.' },
        {
          name: '@lit/localize',
          importNames: ['configureLocalization'],
          message: 'Only src/page-locale.ts configures @lit/localize (a host app that uses it would throw).',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Image', 'importScripts'].map((name) => ({
      name,
      message: 'The widgets make no network request of their own.',
    })),
  ],
  'no-restricted-properties': [
    'error',
    { property: 'sendBeacon', message: 'The widgets make no network request of their own.' },
    { object: 'document', property: 'cookie', message: 'The widgets set no cookies.' },
    { object: 'window', property: 'fetch', message: 'The widgets make no network request of their own.' },
    { object: 'globalThis', property: 'fetch', message: 'The widgets make no network request of their own.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "CallExpression[callee.name='msg'][arguments.length<2]",
      message: 'Every msg() call names its id: msg(text, { id: "element.key" }).',
    },
    {
      selector: "CallExpression[callee.name='msg'] > ObjectExpression:not(:has(Property[key.name='id']))",
      message: 'Every msg() call names its id: msg(text, { id: "element.key" }).',
    },
    {
      selector: "CallExpression[callee.property.name=/^(setHTMLUnsafe|createContextualFragment)$/]",
      message: 'Shipped code never parses HTML strings.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-test/',
      'site/',
      'src/generated/',
      'node_modules/',
      'test/interop/apps/',
      'wordpress/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      eqeqeq: ['error', 'always'],
      // `_unused` parameters and rest siblings are the documented way to ignore a value.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts'],
    ...noUnsanitized.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: shippedCodeRules,
  },
  {
    files: ['src/page-locale.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**', 'build/**', 'bin/**', 'test/node/**', 'test/interop/*.mjs', '*.config.*', '.size-limit.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests reach into shadow roots and stub globals: non-null assertions and `any` are allowed there.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // The hostile-input suites feed the elements raw markup, entities and control characters on purpose.
      'no-unsanitized/property': 'off',
      'no-unsanitized/method': 'off',
      'lit/attribute-value-entities': 'off',
      'no-control-regex': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
);
