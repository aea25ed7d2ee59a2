// ESLint flat config: JS recommended + typescript-eslint recommended (syntax-only, no type info)
// + Lit template rules + web-component best practices.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'custom-elements.json',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      '.cache/**',
      // Written by scripts/framework-types.mjs from the manifest (a node test keeps them current).
      'src/frameworks/*.generated.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/best-practice'],
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      // Let eslint-plugin-wc recognise Lit elements as custom elements.
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      // LitElement always implements connectedCallback & co.; guarding super calls is noise.
      'wc/guard-super-call': 'off',
      // `_`-prefixed names mark intentionally unused parameters (event handlers, overrides).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests use mocha globals, and chai's property assertions (`expect(x).to.be.true`,
    // `.and.not.empty`) are expressions by design.
    files: ['test/**/*.ts', 'stories/**/*.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
