import { setTimeout as sleep } from 'node:timers/promises';
import { CatalogueService } from '../src/catalogue/catalogue.service.js';
import { CURRICULUM } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

/** The courses the curriculum holds, as the API loaded them. */
const curriculumSize = (t: TestApp): number => t.app.get(CatalogueService).listCourses().length;

interface EnrolmentBody {
  id: string;
  lastSeq: number;
  lessonsCompleted: string[];
}

/** Keeps the event loop busy for `ms`: no timer, socket or request can run meanwhile. */
function blockEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    /* busy */
  }
}

/**
 * Loads this process (the app runs in it) as a CPU-bound server is loaded: 150 ms of work per
 * turn of the event loop, I/O still served between turns, so the lag stays high over every
 * sample for as long as `during` runs, rather than one long block that a sample's mean dilutes.
 */
async function underCpuPressure<T>(during: () => Promise<T>): Promise<T> {
  let busy = true;
  const turns = (async () => {
    while (busy) {
      blockEventLoop(150);
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  try {
    // A few samples (100 ms each) for the measured lag to pass the threshold.
    await sleep(600);
    return await during();
  } finally {
    busy = false;
    await turns;
  }
}

/** Waits until health says the server no longer sheds (the lag is sampled every 100 ms). */
async function recovered(t: TestApp): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (((await t.request('GET', '/api/health')).body as { status: string }).status === 'ok') return;
    await sleep(100);
  }
  throw new Error('still shedding 5 s after the load stopped');
}

describe.each(DATABASES)('load shedding by event-loop lag on %s', (database, url) => {
  let t: TestApp;
  let learner: TestUser;
  let enrolment: EnrolmentBody;
  beforeAll(async () => {
    // 50 ms of mean lag over a 100 ms sample: underCpuPressure's ~150 ms is far past it, ordinary test traffic far below.
    t = await startTestApp(url, { ...CURRICULUM, SHED_EVENT_LOOP_DELAY_MS: '50', SHED_SAMPLE_INTERVAL_MS: '100' });
    learner = await t.signUp();
    enrolment = (await t.request('POST', '/api/enrolments', { headers: learner.auth, body: { courseId: 'a1-foundations' } })).body as EnrolmentBody;
  });
  afterAll(() => t?.close());

  const progress = (seq: number) =>
    t.request('POST', `/api/enrolments/${enrolment.id}/progress`, { headers: learner.auth, body: { seq, lessonId: 'a1-l1', event: 'completed' } });
  const stored = async () => (await t.request('GET', `/api/enrolments/${enrolment.id}`, { headers: learner.auth })).body as EnrolmentBody;

  it('answers normally while the event loop keeps up', async () => {
    await recovered(t);
    expect((await t.request('GET', '/api/health')).body).toEqual({ status: 'ok', database, courses: curriculumSize(t), arabicDigits: 'latn' });
    expect(await stored()).toMatchObject({ lastSeq: 0, lessonsCompleted: [] });
  });

  it('refuses a write with 503 problem+json and Retry-After after the loop lagged, stores nothing, keeps health up, and recovers', async () => {
    const [refused, health] = await underCpuPressure(() => Promise.all([progress(1), t.request('GET', '/api/health')]));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe('1');
    // Shed answers still carry the security headers.
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(refused.body).toEqual({
      type: 'about:blank',
      title: 'service unavailable',
      status: 503,
      detail: 'The server is busy; nothing was saved. Try again shortly.',
      instance: `/api/enrolments/${enrolment.id}/progress`,
    });
    // Health is never shed: it answers, and says the server is degraded.
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'degraded', database, courses: curriculumSize(t), arabicDigits: 'latn' });

    // A few quiet samples later the lag is gone and requests go through again.
    await recovered(t);
    expect(await stored()).toMatchObject({ lastSeq: 0, lessonsCompleted: [] });
    const retried = await progress(1);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ lastSeq: 1, lessonsCompleted: ['a1-l1'] });
  });

  it('does not shed the web app itself, only the API', async () => {
    const [page, api] = await underCpuPressure(() => Promise.all([t.request('GET', '/some/deep/link'), t.request('GET', '/api/courses')]));
    expect(api.status).toBe(503);
    // No web build in the tests: the unknown path gets the ordinary 404, not the shed 503.
    expect(page.status).toBe(404);
    await recovered(t);
  });
});

describe('load shedding by event-loop utilisation', () => {
  let t: TestApp;
  let learner: TestUser;
  beforeAll(async () => {
    // Lag shedding off: only the share of each 100 ms sample the loop was busy counts.
    t = await startTestApp(undefined, { ...CURRICULUM, SHED_EVENT_LOOP_DELAY_MS: '0', SHED_EVENT_LOOP_UTILIZATION: '0.8', SHED_SAMPLE_INTERVAL_MS: '100' });
    learner = await t.signUp();
  });
  afterAll(() => t?.close());

  it('answers while the loop is mostly idle, sheds with 503 while it is busy nearly all the time, and recovers', async () => {
    await recovered(t);
    expect((await t.request('GET', '/api/courses', { headers: learner.auth })).status).toBe(200);
    const refused = await underCpuPressure(() => t.request('GET', '/api/courses', { headers: learner.auth }));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    await recovered(t);
    expect((await t.request('GET', '/api/courses', { headers: learner.auth })).status).toBe(200);
  });
});
