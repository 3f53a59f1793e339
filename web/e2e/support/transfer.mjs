// What a page costs on a slow link: every response the first load of a page downloads, as Chromium
// itself counts it (the DevTools protocol's encodedDataLength: bytes that crossed the network,
// headers included, after any Content-Encoding). Used by the compression suite and by
// bench/transfer.bench.mjs, so the test and the benchmark measure the same thing.

/** Registers a trainee through the API and enrols them on a course; returns their session token. */
export async function enrolledLearnerToken(baseUrl, courseId) {
  const email = `learner-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
  const registered = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a-long-password-1', displayName: 'Amina Learner', language: 'en' }),
  });
  if (!registered.ok) throw new Error(`register: ${registered.status} ${await registered.text()}`);
  const { token } = await registered.json();
  const enrolled = await fetch(`${baseUrl}/api/enrolments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ courseId }),
  });
  if (!enrolled.ok) throw new Error(`enrol: ${enrolled.status} ${await enrolled.text()}`);
  return token;
}

/**
 * Signs `context` in as a new trainee enrolled on a course: the session cookie, and the app's "this
 * browser signed in" hint (without it the app does not ask who is signed in).
 */
export async function signInEnrolledLearner(context, baseUrl, courseId) {
  const token = await enrolledLearnerToken(baseUrl, courseId);
  await context.addCookies([{ name: 'vt_session', value: token, url: baseUrl }]);
  await context.addInitScript(() => localStorage.setItem('vt.signed-in', '1'));
  return token;
}

/**
 * Opens `url` in a fresh page of `context` and returns every response of the load, once the
 * network has been idle. The HTTP cache is off unless `cache` is true (a repeat visit: what the
 * cache holds costs 0 bytes, a revalidated file a 304). `acceptEncoding` replaces the browser's own
 * Accept-Encoding header (say 'identity', for a client that takes no compression).
 */
export async function measurePageLoad(context, url, { acceptEncoding, ready, cache = false } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache });
  if (acceptEncoding) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': acceptEncoding } });
  const byId = new Map();
  cdp.on('Network.requestWillBeSent', (event) => byId.set(event.requestId, { ...byId.get(event.requestId), url: event.request.url }));
  // The headers as sent (Accept-Encoding is added by the network stack, after requestWillBeSent).
  cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
    const sent = Object.entries(event.headers).find(([name]) => name.toLowerCase() === 'accept-encoding')?.[1];
    byId.set(event.requestId, { ...byId.get(event.requestId), sentEncoding: sent });
  });
  cdp.on('Network.responseReceived', (event) => {
    const entry = byId.get(event.requestId);
    if (!entry) return;
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]));
    Object.assign(entry, { status: event.response.status, type: event.type, headers, contentEncoding: headers['content-encoding'] });
  });
  // The status line that crossed the wire: a revalidated response is reported as its cached 200
  // by responseReceived, but arrived as a 304.
  cdp.on('Network.responseReceivedExtraInfo', (event) => byId.set(event.requestId, { ...byId.get(event.requestId), wireStatus: event.statusCode }));
  cdp.on('Network.loadingFinished', (event) => {
    const entry = byId.get(event.requestId);
    if (entry) entry.bytes = event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (ready) await ready(page);
  await page.waitForLoadState('networkidle');
  const responses = [...byId.values()].filter((entry) => entry.url && entry.bytes !== undefined);
  await page.close();
  return { responses, bytes: responses.reduce((sum, entry) => sum + entry.bytes, 0) };
}

/** One line per response, for a failure message or a log. */
export function describeLoad({ responses, bytes }) {
  const lines = responses.map((r) => `${String(r.bytes).padStart(8)}  ${r.contentEncoding ?? '-'}  ${r.status} ${new URL(r.url).pathname}`);
  return [...lines, `${String(bytes).padStart(8)}  total`].join('\n');
}
