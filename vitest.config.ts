import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: the pure core under utils/ plus the entry points' handlers against WXT's fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Some tests run the CLI as a child process (tsx start-up takes seconds on a busy 2-core machine).
    testTimeout: 20_000,
  },
});
