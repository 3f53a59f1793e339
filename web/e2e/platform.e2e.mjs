import { openPage } from './support/browser.mjs';
import { startPlatform, stopPlatform } from './support/server.mjs';

describe('the platform on one port', () => {
  let server;
  let browser;
  beforeAll(async () => {
    ({ server, browser } = await startPlatform());
  });
  afterAll(async () => {
    await stopPlatform({ server, browser });
  });

  it('serves the web app at / and it reaches the API', async () => {
    const { page, outside, consoleErrors, context } = await openPage(browser);
    await page.goto(server.baseUrl + '/');
    await page.getByRole('heading', { name: 'VT Academy' }).waitFor();
    // The catalogue on the home page comes from the API.
    await page.getByText(/See all \d+ courses/).waitFor();
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('serves the app for deep links and problem+json for unknown API routes', async () => {
    const deep = await fetch(server.baseUrl + '/courses/a1-foundations');
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<vt-root>');
    const api = await fetch(server.baseUrl + '/api/nothing-here');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('printed the demo accounts on the first start', () => {
    expect(server.output.join('')).toMatch(/admin\s+admin@demo\.vt-academy\.org\s+password: demo-password-1/);
  });

  // Swagger UI runs under the app's strict Content-Security-Policy, from the server's own assets.
  it('renders every operation of the API at /api/docs, with no CSP error and no outside request', async () => {
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
