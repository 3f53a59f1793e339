/**
 * Headless Chromium driving the test LMS (lms-harness.ts): one browser per test file, a context
 * whose every request off 127.0.0.1 is refused and recorded, and helpers to launch a package in a
 * fresh iframe and read what scorm-again recorded.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { startHarness, type Harness } from './lms-harness.js';

export interface LogEntry {
  launch: string;
  call: string;
  element?: string;
  value?: string;
  error: string;
}
export type Cmi = Record<string, unknown>;
export type ScormRuntime = '1.2' | '2004';

interface ChromiumTools {
  CHROMIUM_ARGS: string[];
  findChromium: () => string | undefined;
}

export interface LmsBrowser {
  browser: Browser;
  harness: Harness;
  close(): Promise<void>;
}

export async function startLmsBrowser(): Promise<LmsBrowser> {
  // The workspace's shared launcher (CHROMIUM_PATH or Debian's /usr/bin/chromium, closed-network flags).
  const { CHROMIUM_ARGS, findChromium } = (await import(new URL('../../tools/chromium.mjs', import.meta.url).href)) as ChromiumTools;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
  const [browser, harness] = await Promise.all([chromium.launch({ executablePath, args: CHROMIUM_ARGS }), startHarness()]);
  return {
    browser,
    harness,
    close: async () => {
      await browser.close();
      await harness.close();
    },
  };
}

export interface LaunchOptions {
  /** Saved CMI data replayed with `loadFromJSON` before Initialize (launch data, or a resume). */
  saved?: Cmi;
  /** Make scorm-again post commits to the harness (its final one by sendBeacon). */
  commit?: boolean;
  /** Fill the viewport with the SCO frame (phone tests). */
  fill?: boolean;
  /** A fixed SCO frame size, as Moodle's player gives (650×666 on a laptop, 367×666 on a phone). */
  frame?: { width: number; height: number };
}

export interface LmsPage {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave 127.0.0.1 (all refused). */
  outside: string[];
  launch(name: string, version: ScormRuntime, options?: LaunchOptions): Promise<Frame>;
  /** Navigates the SCO frame away, as closing an LMS's player does: the SCO sees pagehide. */
  closeSco(): Promise<void>;
  /** The LMS call log from entry `from` on (the whole session's log grows with every launch). */
  lmsLog(from?: number): Promise<LogEntry[]>;
  /** How many entries the log holds: take it before a launch to read that launch's calls. */
  logLength(): Promise<number>;
  /** scorm-again's whole CMI record of the current launch. */
  cmi(): Promise<Cmi>;
  close(): Promise<void>;
}

export async function openLmsPage(lms: LmsBrowser, viewport = { width: 1280, height: 900 }, options: BrowserContextOptions = {}): Promise<LmsPage> {
  const context = await lms.browser.newContext({ ...options, viewport });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`${lms.harness.baseUrl}/harness.html`);
  await page.waitForFunction(() => (window as unknown as { harnessReady?: boolean }).harnessReady === true);
  const lmsLog = (from = 0): Promise<LogEntry[]> => page.evaluate((start) => (window as unknown as { lmsLog: LogEntry[] }).lmsLog.slice(start), from);
  const logLength = (): Promise<number> => page.evaluate(() => (window as unknown as { lmsLog: LogEntry[] }).lmsLog.length);
  return {
    context,
    page,
    outside,
    async launch(name, version, options = {}) {
      const settings = { commitUrl: options.commit ? lms.harness.commitUrl : undefined, fill: options.fill, frame: options.frame };
      await page.evaluate(([pkg, v, data, opts]) => (window as unknown as { launch: (...a: unknown[]) => string }).launch(pkg, v, data, opts), [
        name,
        version,
        options.saved,
        settings,
      ] as const);
      const frame = await (await page.waitForSelector('iframe[name="sco"]')).contentFrame();
      if (!frame) throw new Error('no SCO frame');
      await frame.waitForSelector('main h1');
      return frame;
    },
    async closeSco() {
      const from = await logLength();
      await page.evaluate(() => (window as unknown as { closeSco: () => void }).closeSco());
      await page.waitForFunction(
        (start) => (window as unknown as { lmsLog: { call: string }[] }).lmsLog.slice(start).some((e) => /Finish|Terminate/.test(e.call)),
        from,
      );
    },
    lmsLog,
    logLength,
    cmi: () => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { currentApi: { cmi: unknown } }).currentApi.cmi)) as Cmi),
    close: () => context.close(),
  };
}

/** What the SCO itself saw refused by the LMS (the player keeps them for support staff). */
export const scoErrors = (frame: Frame): Promise<string[]> => frame.evaluate(() => (window as unknown as { vtScormErrors: string[] }).vtScormErrors);

/** Every CMI element the launch set, with the last value written. */
export function valuesSet(log: LogEntry[]): Map<string, string | undefined> {
  return new Map(log.filter((e) => e.element).map((e) => [e.element as string, e.value]));
}

/** A phone held upright, as the player must fit it. */
export const PHONE = { width: 360, height: 740 };

/** What would scroll sideways: the page's overflow and the elements sticking out of the viewport. */
export const sidewaysOverflow = (frame: Frame): Promise<{ scrollWidth: number; clientWidth: number; outside: string[] }> =>
  frame.evaluate(() => {
    const root = document.documentElement;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
      })
      .filter((el) => !el.closest('.lesson-body table')) // wide tables scroll inside their own box
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, outside };
  });

export async function expectNoSidewaysScroll(frame: Frame, where: string): Promise<void> {
  const overflow = await sidewaysOverflow(frame);
  expect({ where, ...overflow }).toEqual({ where, scrollWidth: overflow.clientWidth, clientWidth: overflow.clientWidth, outside: [] });
}

/**
 * One browser for the spec file and a fresh LMS page for each test, with the Jest hooks that
 * open and close them. Read `suite.lms` / `suite.tab` inside tests (they change per test).
 */
export function useLmsSuite(
  viewport?: { width: number; height: number },
  options: BrowserContextOptions = {},
): { readonly lms: LmsBrowser; readonly tab: LmsPage } {
  let lms: LmsBrowser | undefined;
  let tab: LmsPage | undefined;
  beforeAll(async () => {
    lms = await startLmsBrowser();
  });
  afterAll(async () => lms?.close());
  beforeEach(async () => {
    tab = await openLmsPage(lms as LmsBrowser, viewport, options);
  });
  afterEach(async () => tab?.close());
  return {
    get lms() {
      if (!lms) throw new Error('the LMS browser is not started yet');
      return lms;
    },
    get tab() {
      if (!tab) throw new Error('no LMS page outside a test');
      return tab;
    },
  };
}
