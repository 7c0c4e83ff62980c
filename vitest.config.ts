import { defineConfig } from 'vitest/config';

/**
 * Tests live in tests/**\/*.test.ts. Browser tests start Chromium, hence the
 * long timeouts; two workers at most, so that they fit a 2-core CI machine.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
