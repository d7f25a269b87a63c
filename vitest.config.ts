import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: the domain's unit and content tests share one module cache per worker (they mock nothing and hold no
// state between files), so the compiled catalogues and the spelling dictionaries load once per worker instead of
// once per file; the service's tests (HTTP, processes, browsers) keep a fresh module graph for each file.
const domain = ['test/content/**/*.test.ts', 'test/unit/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      // The templates are precompiled once, before any project's tests (test/global-setup.ts).
      { extends: true, test: { name: 'domain', include: domain, isolate: false, globalSetup: ['test/global-setup.ts'] } },
      { extends: true, test: { name: 'service', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...domain] } },
    ],
  },
});
