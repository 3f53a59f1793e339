// Slow links: the JavaScript a phone must download before the first page is usable (the
// production build's initial files, as index.html references them) stays within 150 kB gzip.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BROWSER_DIR = resolve(import.meta.dirname, '../dist/browser');
const BUDGET_GZIP_BYTES = 150 * 1024;

function initialScripts() {
  const html = readFileSync(join(BROWSER_DIR, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set([...scripts, ...preloads])];
}

describe('initial bundle of the production build', () => {
  beforeAll(() => {
    if (!existsSync(join(BROWSER_DIR, 'index.html'))) throw new Error('web/dist/browser/index.html missing: run `nx run web:build` first');
  });

  it('is at most 150 kB gzip', () => {
    const files = initialScripts();
    expect(files.length).toBeGreaterThan(0);
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = readFileSync(join(BROWSER_DIR, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    console.log(`initial JS: ${files.length} files, ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip`);
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('loads no script or font from another origin', () => {
    const html = readFileSync(join(BROWSER_DIR, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const file of initialScripts()) expect(file).not.toMatch(/^(https?:)?\/\//);
  });

  it('leaves the course model’s server-side code (the lesson sanitiser) out of the bundle', () => {
    for (const file of initialScripts()) {
      expect(readFileSync(join(BROWSER_DIR, file), 'utf8')).not.toContain('allowedSchemesByTag');
    }
  });
});
