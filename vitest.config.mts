import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // e2e files drive one Chromium each; keep the 2-core CI machine from thrashing.
    maxWorkers: 2,
    // A page waiting on a job in the worker thread can take more than expect.poll's default 1 s on a
    // busy 2-core machine; 10 s keeps a slow machine from failing a check that is right.
    expect: { poll: { timeout: 10_000 } },
  },
});
