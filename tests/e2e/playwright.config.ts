// End-to-end tests in Debian's Chromium (no browser download): the config builds the app
// and serves the production bundle with `vite preview` on a fixed port.
//   PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm run test:e2e
// CHROMIUM_PATH overrides /usr/bin/chromium; E2E_PORT overrides the port (4174) and
// E2E_OUT_DIR the build folder (dist-e2e).
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 4174);
// Separate build folders let several suites run side by side (E2E_OUT_DIR, default dist-e2e).
const outDir = process.env.E2E_OUT_DIR ?? 'dist-e2e';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${root}test-results/e2e`,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 720 },
    headless: true,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Flags that work on this kind of machine (no GPU: WebGL runs on SwiftShader).
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --port ${port} --strictPort`,
    cwd: root,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
