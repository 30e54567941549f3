import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Integration tests start dynalite and local HTTP servers; CDK synth tests bundle with esbuild.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The CI machine has 2 cores; more workers only contend.
    maxWorkers: 2,
  },
});
