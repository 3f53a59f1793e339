// Runs axe-core (from node_modules, never a CDN) on the current page and records what was checked.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const AXE_PATH = resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js');
let axeSource;

/** Checks the page against WCAG 2.x A/AA rules; returns the violations (rule id and offending nodes). */
export async function axeViolations(page) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  // Evaluated through the DevTools protocol rather than added as a <script>: the app's strict CSP
  // (script-src 'self', no inline) rightly refuses an injected inline script.
  axeSource ??= readFileSync(AXE_PATH, 'utf8');
  if (!hasAxe) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** A checker that remembers every page it saw, so a suite can report them. */
export function createAxeChecker(label) {
  const checked = [];
  return {
    checked,
    async check(page, name) {
      // Let pending renders settle so axe sees the page as the learner does.
      await page.waitForLoadState('networkidle');
      const violations = await axeViolations(page);
      checked.push(`${label}: ${name} (${new URL(page.url()).pathname})`);
      expect({ page: name, violations }).toEqual({ page: name, violations: [] });
    },
  };
}
