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
    await page.getByText(/Platform online · \d+ courses available/).waitFor();
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
});
