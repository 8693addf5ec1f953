import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-i18n.ts'],
    // The WebAssembly SIMD kernels are a build output; build them if missing (scripts/build-wasm.mjs).
    globalSetup: ['tests/unit/build-wasm.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
