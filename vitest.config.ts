import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts', 'test/ifc/**/*.test.ts'],
          testTimeout: 60_000,
          setupFiles: ['test/setup/fast-check.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Software-GL Chromium on a shared 2-core machine: one retry absorbs a frame that came late; a test whose
          // behaviour is wrong fails both times and the report still lists the first failure.
          retry: 1,
        },
      },
    ],
  },
});
