import { configDefaults, defineConfig } from 'vitest/config';

// Three projects. The domain's unit and content tests share one module cache per worker (they mock nothing and hold
// no state between files), so the compiled catalogues and the spelling dictionaries load once per worker instead of
// once per file; the service's tests (HTTP, processes, browsers) keep a fresh module graph for each file. Both run
// on every core at once: the content matrices keep one core busy while the service's tests wait on processes,
// browsers and timers. The tests that measure time, memory or a process's queues under load run last and alone
// (`timed`), so that no other test's work moves what they measure.
const domain = ['test/content/**/*.test.ts', 'test/unit/**/*.test.ts'];
const timed = [
  'test/accept-queue.test.ts',
  'test/early-responses.test.ts',
  'test/log-buffer.test.ts',
  'test/memory.test.ts',
  'test/protection.test.ts',
  'test/shutdown.test.ts',
  'test/shutdown-resets.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    maxWorkers: '100%',
    projects: [
      // The templates are precompiled once, before any project's tests (test/global-setup.ts).
      { extends: true, test: { name: 'domain', include: domain, isolate: false, globalSetup: ['test/global-setup.ts'] } },
      { extends: true, test: { name: 'service', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...domain, ...timed] } },
      { extends: true, test: { name: 'timed', include: timed, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
