// Swagger UI at /api/docs renders the API's operations in a real browser under the app's strict
// Content-Security-Policy, from the server's own assets (nothing fetched from outside).
import { openPage } from './support/browser.mjs';
import { startPlatform, stopPlatform } from './support/server.mjs';

describe('API documentation in the browser', () => {
  let server;
  let browser;
  beforeAll(async () => {
    ({ server, browser } = await startPlatform());
  });
  afterAll(async () => {
    await stopPlatform({ server, browser });
  });

  it('lists every operation of the document, with no CSP error and no outside request', async () => {
    const document = await (await fetch(`${server.baseUrl}/api/docs-json`)).json();
    const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    const { page, outside, consoleErrors, context } = await openPage(browser);
    const cspViolations = [];
    await page.exposeFunction('reportCsp', (text) => cspViolations.push(text));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportCsp(`${e.violatedDirective} ${e.blockedURI}`)));
    await page.goto(`${server.baseUrl}/api/docs`);
    await page.locator('.opblock').first().waitFor();
    // Swagger UI renders every tag section expanded ("list"), one .opblock per operation.
    await page.waitForFunction((n) => document.querySelectorAll('.opblock').length === n, operations);
    expect(await page.locator('.opblock-tag').count()).toBe(10);
    await page.locator('.opblock-summary-path[data-path="/api/auth/password-resets"]').first().waitFor();
    expect(outside).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
