import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'tests/empty-module.ts'),
    },
  },
  test: {
    include: ['db/**/*.test.ts', 'lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Hooks seed databases (the bundled pack: seconds, more on a busy machine) and start servers.
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
