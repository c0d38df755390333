import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'custom-elements.json', 'look-out/', 'bench/out/', 'src/feed/contract.generated.ts', 'src/feed/contract/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(Object.keys(litA11y.rules).filter((r) => litA11y.configs.recommended.rules[`lit-a11y/${r}`]).map((r) => [`lit-a11y/${r}`, litA11y.configs.recommended.rules[`lit-a11y/${r}`]])),
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['server/**/*.js', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'bin/**/*.js', 'tests/node/**/*.mjs', 'tests/clock/*.mjs', '*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // chai's `expect(x).to.be.true` is an expression statement by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
