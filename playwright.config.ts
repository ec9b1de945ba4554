import { defineConfig } from '@playwright/test';

// The run's id, inherited by its workers: policy files carry it (tests/support/policy.ts).
process.env.VIDEOTIME_E2E_RUN ??= String(process.pid);

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  globalTeardown: './tests/e2e/global-teardown.ts',
  // Every test has its own profile and every worker its own server: they run side by side.
  fullyParallel: true,
  // Most of a test's time is Chromium waiting on a page: three workers keep two cores busy.
  workers: 3,
  // Each test starts its own Chromium, some two: on a loaded 2-core machine that takes a while.
  timeout: 60_000,
  // A flaky test is a bug to fix, not to retry.
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
