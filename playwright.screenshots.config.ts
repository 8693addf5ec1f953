import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run screenshots`: the README's pictures (docs/*.png), taken from the browser build. Not part of
 * `npm test`, so running the tests never rewrites files in docs/.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  retries: 0,
});
