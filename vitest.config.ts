import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Emulator tests start real servers on loopback; a generous timeout keeps a busy 2-core CI from flaking.
    testTimeout: 15_000,
    hookTimeout: 15_000,
    allowOnly: false,
    globalSetup: ['./test/kit/build-gadget.ts'],
    reporters: ['default', './test/kit/closing-line-reporter.ts'],
  },
});
