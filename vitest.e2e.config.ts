import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's headless Chromium against fixture workbenches on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The 1 s default is one stalled frame on a busy 2-core machine; a passing poll returns as soon as it holds.
    expect: { poll: { timeout: 5_000 } },
  },
});
