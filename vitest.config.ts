import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn dist/index.js and an emulator per test; keep the
    // 2-core CI machine from oversubscribing.
    maxWorkers: 2,
    testTimeout: 30_000,
    // The AWS SDK (3.1138.0) warns once per process on Node < 22 that its
    // releases after the first week of January 2027 need Node 22. Node 20 is
    // still supported here (see CONTRIBUTING.md), so the warning says nothing
    // new in test logs; the action itself keeps it (it runs on node24).
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    hookTimeout: 30_000,
  },
});
