// One headless Chromium for a suite; pages refuse any request that leaves localhost, and record
// it, so a test can assert that nothing is fetched from outside (no CDN, no fonts).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../tools/chromium.mjs';

export async function launchBrowser() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const outside = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  return { context, page, outside, consoleErrors };
}
