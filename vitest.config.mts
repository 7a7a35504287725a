import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // e2e files drive one Chromium each; keep the 2-core CI machine from thrashing.
    maxWorkers: 2,
  },
});
