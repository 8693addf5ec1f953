import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run bench:ui`: how long the main thread is busy while the app trains (bench/ui/). Not part of
 * `npm test`: its figures depend on the machine and its load, so it prints them instead of failing on them.
 */
export default defineConfig({
  ...base,
  testDir: 'bench/ui',
  timeout: 240_000,
  retries: 0,
});
