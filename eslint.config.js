// Lint and format rules: neostandard (the Fastify projects' own style) with TypeScript, keeping three conventions
// this code base has always had and TypeScript's own tooling writes: semicolons, trailing commas on multi-line
// lists, and no space before a function's parentheses. `void` stays allowed: it marks a promise deliberately left
// to run, or a value deliberately discarded by a one-line callback.
import globals from 'globals';
import neostandard from 'neostandard';

export default [
  // Built output, generated client types, local data and scratch files are not ours to lint.
  { ignores: ['dist/**', 'coverage/**', 'clients/typescript/dist/**', 'clients/typescript/src/schema.ts', 'scratch/**', 'data/**'] },
  ...neostandard({ ts: true, semi: true }),
  {
    rules: {
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/space-before-function-paren': ['error', { anonymous: 'always', named: 'never', asyncArrow: 'always' }],
      'no-void': 'off',
    },
  },
  {
    files: ['preview/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
];
