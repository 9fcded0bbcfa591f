import { afterEach, expect } from 'vitest';
import { cspViolations } from './chromium.ts';

// Set up for every browser test file (vite.config.ts): a Content-Security-Policy violation in any
// page fails the test during which it happened.
afterEach(() => {
  expect(cspViolations.splice(0), 'Content-Security-Policy violations').toEqual([]);
});
