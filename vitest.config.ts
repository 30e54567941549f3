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
    // The SDK warns once per process on Node < 22 (Lambdas run 22+); in every worker and CLI child the
    // suite starts, that is a screenful of the same notice.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
