import { startTestApp, type TestApp, type TestUser } from './test-app.js';

/** The builder's live preview renders with the model's renderer: sanitised, bounded, nothing stored. */
describe('POST /api/trainer/lessons/preview', () => {
  let t: TestApp;
  let trainer: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    trainer = await t.signUp('trainer');
  });
  afterAll(() => t?.close());

  it('renders Markdown as the lesson page would', async () => {
    const res = await t.request('POST', '/api/trainer/lessons/preview', { headers: trainer.auth, body: { markdown: '## Key points\n\n- Stay **alert**.\n' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ html: '<h2>Key points</h2>\n<ul>\n<li>Stay <strong>alert</strong>.</li>\n</ul>\n' });
  });

  it('never returns live markup from authored text', async () => {
    const markdown = '<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const res = await t.request('POST', '/api/trainer/lessons/preview', { headers: trainer.auth, body: { markdown } });
    expect(res.status).toBe(200);
    const { html } = res.body as { html: string };
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it.each([
    ['no markdown', {}],
    ['markdown that is not text', { markdown: 42 }],
    ['markdown past the limit', { markdown: 'x'.repeat(32_001) }],
  ])('refuses %s with 400 problem+json', async (_name, body) => {
    const res = await t.request('POST', '/api/trainer/lessons/preview', { headers: trainer.auth, body });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('markdown');
  });
});
