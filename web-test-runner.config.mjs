import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, ensureChromium } from './scripts/chromium.mjs';

const executablePath = ensureChromium();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, headless: true, args: chromiumArgs } })],
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // LEAD_KIT_GREP: only the tests whose names match (npm run contract runs the contract suite).
  testFramework: { config: { timeout: 20000, ...(process.env.LEAD_KIT_GREP ? { grep: process.env.LEAD_KIT_GREP } : {}) } },
  // Where scripts/test.mjs started the reference server and the CRM stand-ins (test/helpers/server.ts).
  testRunnerHtml: (testFramework) =>
    `<html><head><script>window.LEAD_KIT_TEST = ${process.env.LEAD_KIT_TEST ?? '{}'};</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 10 * 60 * 1000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcovonly'],
  },
};
