import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores on CI: threads would fight over them for little gain on a small suite.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
