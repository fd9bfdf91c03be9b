import { browserMissing, CHROMIUM } from '../../bench/chromium.js';

export { launchChromium } from '../../bench/chromium.js';

/**
 * Browser tests run wherever chromium is installed. Without it they are skipped on a developer's machine
 * (with a message saying so), but under CI a missing browser is a failure, never a silent skip.
 */
export const skipBrowserTests = browserMissing && !process.env.CI;
if (skipBrowserTests) {
  process.stderr.write(`report browser tests skipped: no chromium at ${CHROMIUM} (install it with .ci/install-browser.sh)\n`);
}
