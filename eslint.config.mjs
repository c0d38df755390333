import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Widgets import only from src/core/, src/feed/ and their own folder, never from each other (what two
// widgets share moves to core/, or to feed/ without Lit); core/ and feed/ import no widget.
const folders = readdirSync(new URL('src', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const widgets = folders.filter((f) => f !== 'core' && f !== 'feed');
const ownImportsOnly = folders.map((w) => {
  const others = `(^|/)(${widgets.filter((o) => o !== w).join('|')})(/|$)`;
  const message =
    'A widget imports only from src/core/, src/feed/ and its own folder: move what widgets share to core/ or feed/.';
  return {
    files: [`src/${w}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: others, message }] }],
      // import('…') too.
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression > Literal[value=/${others.replaceAll('/', '\\/')}/]`, message },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'storybook-static/',
      'custom-elements.json',
      'look-out/',
      'bench/out/',
      'src/feed/contract.generated.ts',
      'src/feed/contract/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(
      Object.keys(litA11y.rules)
        .filter((r) => litA11y.configs.recommended.rules[`lit-a11y/${r}`])
        .map((r) => [`lit-a11y/${r}`, litA11y.configs.recommended.rules[`lit-a11y/${r}`]]),
    ),
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: [
      'server/**/*.js',
      'scripts/**/*.mjs',
      'bench/**/*.mjs',
      'bin/**/*.js',
      'tests/node/**/*.mjs',
      'tests/clock/*.mjs',
      '*.mjs',
      '*.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // chai's `expect(x).to.be.true` is an expression statement by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  ...ownImportsOnly,
);
