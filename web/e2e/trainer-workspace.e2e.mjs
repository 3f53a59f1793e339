import { jest } from '@jest/globals';
import JSZip from 'jszip';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAxeChecker } from './support/axe.mjs';
import { openPage } from './support/browser.mjs';
import { register } from './support/journey.mjs';
import { startPlatform, stopPlatform } from './support/server.mjs';
import { answerInAttempt } from './support/quiz-keys.mjs';
import { fillQuestion, QUIZ, responseFor, signIn, TRAINER } from './support/trainer.mjs';

// Issue 8 end to end: a trainer builds and publishes a 5-question quiz of 4 types, enrols a
// trainee through a cohort CSV (a bad CSV first: reported per row, nothing imported), the trainee
// takes the quiz, the trainer reads the item analysis, exports a SCORM 1.2 zip and plays it in the
// preview under scorm-again as an LMS would. One server.
jest.setTimeout(240_000);

const ROOT = resolve(import.meta.dirname, '../..');
const COURSE = 'e2e-policing';
const CURRICULUM_COURSE = 'b3-nudging';
const ADMIN = { email: 'admin@demo.vt-academy.org', password: 'demo-password-1' };
const TRAINEE = { email: 'cohort-trainee@example.org', password: 'a-long-password-1' };
/** A learner the cohort import creates: theirs is the reset link the trainer hands over. */
const RECRUIT = 'new-recruit@example.org';
/** One of QUIZ's answers (right or wrong) as the learner of `attempt` gives it: in its tokens, found by label (decision 0018). */
const responseIn = (attempt, id, spec, right) =>
  answerInAttempt(
    attempt.questions.find((q) => q.id === id),
    { type: spec.type, correct: responseFor(spec, right), labels: { options: spec.options } },
  );
const qid = (n) => `q-${COURSE}-${String(n).padStart(2, '0')}`;
/** The builder numbers new questions of an opened course after its id, apart from the curriculum's own. */
const attachedId = (n) => `q-${CURRICULUM_COURSE}-${String(n).padStart(2, '0')}`;

describe('the trainer workspace', () => {
  let server;
  let browser;
  let trainer;
  let cohortId;
  const axe = createAxeChecker('trainer');
  let coursesDir;
  beforeAll(async () => {
    // The curriculum, with the course an admin adapts reduced to English: a language folder must be
    // complete once it exists (a present language is held to the same standard as English), so
    // attaching questions to a translated course also needs their text in each of its languages —
    // the builder's language tabs, covered by api/test/trainer-translations.spec.ts.
    coursesDir = mkdtempSync(join(tmpdir(), 'vt-e2e-courses-'));
    cpSync(join(ROOT, 'courses/content'), coursesDir, { recursive: true });
    for (const language of ['fr', 'ar', 'ru']) rmSync(join(coursesDir, CURRICULUM_COURSE, language), { recursive: true, force: true });
    ({ server, browser } = await startPlatform({ COURSES_DIR: coursesDir }));
    trainer = await openPage(browser);
    await signIn(trainer.page, server.baseUrl, TRAINER);
  });
  afterAll(async () => {
    await stopPlatform({ server, browser });
    rmSync(coursesDir, { recursive: true, force: true });
    if (axe.checked.length) console.log(`axe checked ${axe.checked.length} trainer pages, zero violations:\n  ${axe.checked.join('\n  ')}`);
  });

  it('is closed to trainees, and open to trainers from the navigation', async () => {
    const { page, context } = await openPage(browser);
    await register(page, server.baseUrl, { email: TRAINEE.email, language: 'en' });
    expect(await page.locator('[data-testid=nav-trainer]').count()).toBe(0);
    await page.goto(`${server.baseUrl}/trainer/cohorts`);
    await page.waitForURL((url) => url.pathname === '/learning');
    await context.close();

    const { page: p } = trainer;
    await p.goto(`${server.baseUrl}/learning`);
    await p.locator('[data-testid=nav-trainer]').click();
    await p.locator('[data-testid=task-builder]').waitFor();
    await axe.check(p, 'workspace');
  });

  it('builds a 5-question quiz of 4 types with a Markdown lesson, validated as it is typed, and publishes it', async () => {
    const { page } = trainer;
    await page.goto(`${server.baseUrl}/trainer/builder`);
    await page.locator('#b-id').fill(COURSE);
    await page.locator('#b-id').dispatchEvent('change');
    await page.locator('#b-title').fill('Protecting a market');
    await page.locator('#b-summary').fill('A short course written in the trainer workspace.');
    await page.locator('#b-objectives').fill('Spot hostile reconnaissance.');
    await page.locator('[data-testid=add-lesson]').click();
    const lesson = `${COURSE}-l1`;
    await page.locator(`[id="${lesson}-title"]`).fill('Markets as soft targets');
    await page.locator(`[id="${lesson}-objectives"]`).fill('Spot hostile reconnaissance.');
    await page
      .locator(`[id="${lesson}-markdown"]`)
      .fill('## What you will be able to do\n\n- Spot hostile reconnaissance.\n\n## Markets\n\nA **market** is busy and open.\n');
    // The live preview is the API's rendering by the course model (POST /api/trainer/lessons/preview).
    await page.locator(`[data-testid=lesson-preview] h2`, { hasText: 'Markets' }).waitFor();
    expect(await page.locator('[data-testid=lesson-preview] strong').innerText()).toBe('market');

    for (const [index, spec] of QUIZ.entries()) {
      await page.locator('#b-type').selectOption(spec.type);
      await page.locator('[data-testid=add-question]').click();
      await fillQuestion(page, qid(index + 1), spec);
    }
    // An empty option text is caught as it is typed, by the course model's validator on the API.
    await page.locator(`[id="ed-${qid(1)}-a-text"]`).fill('');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=validation]')?.getAttribute('data-errors')) > 0);
    expect(await page.locator('[data-testid=save-course]').isDisabled()).toBe(true);
    await page.locator(`[id="ed-${qid(1)}-a-text"]`).fill(QUIZ[0].options.a);
    await page.waitForFunction(() => document.querySelector('[data-testid=validation]')?.getAttribute('data-errors') === '0');

    // Draw by topic: topics are set per question; drawing more than a topic holds is caught by the model.
    for (const n of [1, 2]) await page.locator(`[id="ed-${qid(n)}-topic"]`).fill('signs');
    for (const n of [3, 4, 5]) await page.locator(`[id="ed-${qid(n)}-topic"]`).fill('response');
    await page.locator('[data-testid=draw-mode-topic]').check();
    await page.locator('[id="b-topic-response"]').fill('4');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=validation]')?.getAttribute('data-errors')) > 0);
    await page.locator('[id="b-topic-response"]').fill('2');
    await page.waitForFunction(() => document.querySelector('[data-testid=validation]')?.getAttribute('data-errors') === '0');
    await axe.check(page, 'builder (draw by topic)');
    // The rest of the suite wants every question in the attempt: back to the whole bank.
    await page.locator('[data-testid=draw-mode-all]').check();
    await page.waitForFunction(() => document.querySelector('[data-testid=validation]')?.getAttribute('data-errors') === '0');

    // Another language's text: added whole, edited right to left for Arabic; the model lists what it lacks.
    await page.locator('[data-testid=text-language]').selectOption('ar');
    await page.locator('[data-testid=no-text]').waitFor();
    await page.locator('[data-testid=add-language]').click();
    await page.locator('#b-title').fill('حماية سوق');
    expect(await page.locator('#b-title').evaluate((el) => [el.getAttribute('lang'), el.getAttribute('dir'), getComputedStyle(el).direction])).toEqual([
      'ar',
      'rtl',
      'rtl',
    ]);
    expect(await page.locator(`[id="ed-${qid(1)}-text"]`).getAttribute('dir')).toBe('rtl');
    expect(await page.locator(`[id="ed-${qid(1)}-text"]`).inputValue()).toBe('');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=validation]')?.getAttribute('data-errors')) > 0);
    expect(await page.locator('.problems li', { hasText: 'ar/' }).count()).toBeGreaterThan(0);
    await axe.check(page, 'builder (Arabic text being added)');
    await page.locator('[data-testid=remove-language]').click();
    await page.locator('[data-testid=text-language]').selectOption('en');
    // Rendered on Angular's next change detection, not synchronously with the select's change event.
    await page.waitForFunction(() => document.querySelector('#b-title')?.value === 'Protecting a market');
    await page.waitForFunction(() => document.querySelector('[data-testid=validation]')?.getAttribute('data-errors') === '0');

    await page.locator('[data-testid=show-preview]').click();
    await page.locator('[data-testid=learner-preview] fieldset[data-question]').nth(4).waitFor();
    expect(await page.locator('[data-testid=learner-preview] fieldset[data-question]').count()).toBe(5);
    await axe.check(page, 'builder (5 questions, lesson, preview)');

    await page.locator('[data-testid=save-course]').click();
    await page.waitForURL((url) => url.pathname === `/trainer/builder/${COURSE}`);
    await page.locator('[data-testid=publish-course]:not([disabled])').click();
    await page.locator('[data-testid=builder-status]', { hasText: /1/ }).waitFor();
    const saved = await page.evaluate((id) => fetch(`/api/trainer/courses/${id}`).then((r) => r.json()), COURSE);
    expect(saved.course.questions.map((q) => q.type)).toEqual(QUIZ.map((q) => q.type));
    expect(new Set(saved.course.questions.map((q) => q.type)).size).toBe(4);
    expect(saved.course.questions.map((q) => q.topic)).toEqual(['signs', 'signs', 'response', 'response', 'response']);
    expect(saved.course.settings.quiz.drawByTopic).toBeUndefined();
    expect(saved.publishedVersionId).toBeTruthy();
  });

  it('attaches the 5-question quiz to an existing curriculum course as an admin: publishing makes version 2 of that course; a trainer may not', async () => {
    const { page } = trainer;
    await page.goto(`${server.baseUrl}/trainer/builder`);
    // A trainer is offered their own courses only; the API refuses the curriculum too (403 problem+json).
    await page.locator(`[data-testid=existing-course] option[value="${COURSE}"]`).waitFor({ state: 'attached' });
    expect(await page.locator(`[data-testid=existing-course] option[value="${CURRICULUM_COURSE}"]`).count()).toBe(0);
    const refused = await page.evaluate(
      (id) => fetch(`/api/trainer/courses/${id}/adapt`, { method: 'POST' }).then(async (r) => ({ status: r.status, type: r.headers.get('content-type') })),
      CURRICULUM_COURSE,
    );
    expect(refused).toEqual({ status: 403, type: expect.stringContaining('application/problem+json') });

    const admin = await openPage(browser);
    try {
      await signIn(admin.page, server.baseUrl, ADMIN);
      const { page: a } = admin;
      await a.goto(`${server.baseUrl}/trainer/builder`);
      await a.locator('[data-testid=existing-course]').selectOption(CURRICULUM_COURSE);
      await a.locator('[data-testid=open-existing]').click();
      await a.waitForURL((url) => url.pathname === `/trainer/builder/${CURRICULUM_COURSE}`);
      const before = await a.locator('article[data-question]').count();
      expect(before).toBeGreaterThan(0);
      for (const [index, spec] of QUIZ.entries()) {
        await a.locator('#b-type').selectOption(spec.type);
        await a.locator('[data-testid=add-question]').click();
        await fillQuestion(a, attachedId(index + 1), spec);
      }
      // Every attempt then holds the whole bank, the attached questions included (the course drew 12).
      await a.locator('[data-testid=draw-mode-all]').check();
      await a.waitForFunction(() => document.querySelector('[data-testid=validation]')?.getAttribute('data-errors') === '0');
      await axe.check(a, 'builder (a curriculum course opened, 5 questions attached)');
      await a.locator('[data-testid=save-course]:not([disabled])').click();
      await a.locator('[data-testid=publish-course]:not([disabled])').click();
      await a.locator('[data-testid=builder-status]', { hasText: /2/ }).waitFor();
      // Learners who enrol from now on get version 2, with the attached questions in its bank.
      const served = await a.evaluate((id) => fetch(`/api/courses/${id}`).then((r) => r.json()), CURRICULUM_COURSE);
      expect(served.version).toBe(2);
      const draft = await a.evaluate((id) => fetch(`/api/trainer/courses/${id}`).then((r) => r.json()), CURRICULUM_COURSE);
      expect(draft.course.questions.length).toBe(before + 5);
      expect(draft.course.questions.slice(-5).map((q) => q.type)).toEqual(QUIZ.map((q) => q.type));
    } finally {
      await admin.context?.close?.();
    }
  });

  it('creates a cohort; a bad CSV is reported per row and imports nothing; a good one enrols the trainee; an extension moves one due date', async () => {
    const { page } = trainer;
    await page.goto(`${server.baseUrl}/trainer/cohorts`);
    await page.locator(`#cohort-course option[value="${COURSE}"]:not([disabled])`).waitFor({ state: 'attached' });
    await axe.check(page, 'cohorts');
    await page.locator('#cohort-name').fill('Tunis intake 2026');
    await page.locator('#cohort-organisation').fill('Police academy');
    await page.locator('#cohort-country').fill('tn');
    await page.locator('#cohort-course').selectOption(COURSE);
    await page.locator('#cohort-due').fill('2026-12-31');
    await page.locator('[data-testid=create-cohort]').click();
    await page.waitForURL((url) => /^\/trainer\/cohorts\/[0-9a-f-]{36}$/.test(url.pathname));
    cohortId = new URL(page.url()).pathname.split('/').pop();

    const bad = ['name,email', 'No Email,', `Dup One,${TRAINEE.email}`, `Dup Two,${TRAINEE.email}`, 'Too,many@example.org,en,extra'].join('\n');
    await page.locator('#roster-csv').fill(bad);
    await page.locator('[data-testid=roster-preview]').click();
    await page.locator('[data-testid=roster-result]').waitFor();
    const rows = await page.$$eval('[data-testid=roster-result] tbody tr', (trs) =>
      trs.map((tr) => ({
        line: Number(tr.getAttribute('data-line')),
        errors: [...tr.querySelectorAll('[data-testid=row-errors] li')].map((li) => li.textContent.trim()),
      })),
    );
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(rows[0].errors.join(' ')).toMatch(/email/i);
    expect(rows[1].errors).toEqual([]);
    expect(rows[2].errors.join(' ')).toMatch(/duplicate/i);
    expect(rows[3].errors.join(' ')).toMatch(/column/i);
    expect(await page.locator('[data-testid=roster-commit]').isDisabled()).toBe(true);
    await axe.check(page, 'cohort (CSV preview with errors)');
    const before = await page.evaluate((id) => fetch(`/api/trainer/cohorts/${id}/progress`).then((r) => r.json()), cohortId);
    expect(before.counts.total).toBe(0);

    // The trainee already has an account: the import only invites them. A new email gets an account at once.
    await page.locator('#roster-csv').fill(`name,email\nAmina Learner,${TRAINEE.email}\nNew Recruit,${RECRUIT}\n`);
    await page.locator('[data-testid=roster-preview]').click();
    await page.locator('[data-testid=roster-result][data-invalid="0"]').waitFor();
    await page.locator('[data-testid=roster-commit]').click();
    await page.locator('[data-testid=roster-committed]').waitFor();
    await page.locator(`tr[data-learner="${RECRUIT}"]`).waitFor();
    expect(await page.locator('[data-testid=learner-count]').textContent()).toBe('1');
    // Until the trainee accepts, the trainer sees nothing of them.
    expect(await page.locator(`tr[data-learner="${TRAINEE.email}"]`).count()).toBe(0);
    const invited = await page.evaluate((id) => fetch(`/api/trainer/cohorts/${id}/progress`).then((r) => r.json()), cohortId);
    expect(invited.learners.map((l) => l.email)).toEqual([RECRUIT]);

    // The trainee accepts the invitation on their "My learning" page (a second browser context).
    const learner = await openPage(browser);
    await signIn(learner.page, server.baseUrl, TRAINEE);
    await learner.page.goto(`${server.baseUrl}/learning`);
    await learner.page.locator(`[data-testid=invitations] [data-cohort="${cohortId}"]`).waitFor();
    await axe.check(learner.page, 'my learning (an invitation to accept)');
    await learner.page.locator(`[data-cohort="${cohortId}"] [data-testid=invitation-accept]`).click();
    await learner.page.locator('[data-testid=invitations]').waitFor({ state: 'detached' });
    await learner.context.close();

    await page.reload();
    await page.locator(`tr[data-learner="${TRAINEE.email}"]`).waitFor();
    expect(await page.locator('[data-testid=learner-count]').textContent()).toBe('2');
    const userId = await page.evaluate(
      ([id, email]) =>
        fetch(`/api/trainer/cohorts/${id}/progress`)
          .then((r) => r.json())
          .then((p) => p.learners.find((l) => l.email === email).userId),
      [cohortId, TRAINEE.email],
    );
    await page.locator(`[id="due-${userId}"]`).fill('2027-01-31');
    await page.locator(`tr[data-learner="${TRAINEE.email}"] form button`).click();
    await page.locator(`tr[data-learner="${TRAINEE.email}"] [data-testid=due]`, { hasText: '2027' }).waitFor();
    await axe.check(page, 'cohort (learner enrolled and extended)');

    // The cohort's details are edited in place (PATCH); an emptied date is removed.
    await page.locator('[data-testid=edit-cohort]').click();
    await page.locator('#edit-organisation').fill('National police academy');
    await page.locator('#edit-ends').fill('2027-02-28');
    await page.locator('[data-testid=save-cohort]').click();
    await page.locator('.facts dd', { hasText: 'National police academy' }).waitFor();
    const edited = await page.evaluate((id) => fetch(`/api/trainer/cohorts/${id}`).then((r) => r.json()), cohortId);
    expect(edited).toMatchObject({
      organisation: 'National police academy',
      country: 'TN',
      endsAt: '2027-02-28T23:59:59.000Z',
      dueAt: '2026-12-31T23:59:59.000Z',
    });

    // A one-time password link for the account the import created, shown to copy (POST /api/auth/password-resets).
    await page.locator(`tr[data-learner="${RECRUIT}"] [data-testid=reset-link]`).click();
    const link = page.locator(`tr[data-learner="${RECRUIT}"] [data-testid=reset-url]`);
    await link.waitFor();
    expect(await link.inputValue()).toMatch(/\/reset-password\?token=[A-Za-z0-9_-]{20,}$/);
    await axe.check(page, 'cohort (edited, password link shown)');
  });

  it('lets the trainee take the quiz, then shows the item analysis and results with CSV downloads', async () => {
    const { page, context } = await openPage(browser);
    await signIn(page, server.baseUrl, TRAINEE);
    // The published trainer-made course is in the catalogue: the trainee finds it and reads its lesson.
    await page.goto(`${server.baseUrl}/courses`);
    await page.locator(`a[href="/courses/${COURSE}"]`).first().waitFor();
    await page.goto(`${server.baseUrl}/courses/${COURSE}/lessons/${COURSE}-l1`);
    expect(await page.locator('article.lesson h1').innerText()).toBe('Markets as soft targets');
    expect(await page.locator('article.lesson strong').first().innerText()).toBe('market');
    // Through the enrolment and attempt endpoints the quiz page uses, so the answers are exactly
    // the ones wanted: right on questions 1, 3 and 4; wrong on 2 and 5.
    const started = await page.evaluate(async (course) => {
      const enrolments = await fetch('/api/enrolments/me').then((r) => r.json());
      const enrolment = enrolments.find((e) => e.courseId === course);
      return fetch(`/api/enrolments/${enrolment.id}/attempts`, { method: 'POST' }).then((r) => r.json());
    }, COURSE);
    const responses = Object.fromEntries(QUIZ.map((spec, index) => [qid(index + 1), responseIn(started, qid(index + 1), spec, [0, 2, 3].includes(index))]));
    const attempt = await page.evaluate(
      async ({ id, responses }) => {
        const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responses }) };
        return fetch(`/api/attempts/${id}/submit`, post).then((r) => r.json());
      },
      { id: started.id, responses },
    );
    expect(attempt.result.score).toBe(60);
    await context.close();

    const { page: p } = trainer;
    await p.goto(`${server.baseUrl}/trainer/results?cohortId=${cohortId}`);
    await p.locator('[data-testid=item-analysis] tbody tr').first().waitFor();
    const items = await p.$$eval('[data-testid=item-analysis] tbody tr', (trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-question'),
        uncertain: tr.getAttribute('data-uncertain'),
        marker: !!tr.querySelector('[data-testid=uncertain]'),
      })),
    );
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5].map(qid));
    // One attempt: every index is uncertain, said in words.
    expect(items.every((i) => i.uncertain === 'true' && i.marker)).toBe(true);
    await p.locator('[data-testid=progress-counts] [data-status=completed], [data-testid=progress-counts] [data-status=enrolled]').first().waitFor();
    await p.locator('[data-testid=results-table] tbody tr').first().waitFor();
    await p.locator('[data-testid=groups-gender] tbody tr').first().waitFor();
    expect(await p.locator('[data-testid=groups-gender] tbody tr[data-suppressed=true]').count()).toBeGreaterThan(0);
    await p.locator(`details[data-learner="${TRAINEE.email}"] summary`).click();
    await p.locator(`details[data-learner="${TRAINEE.email}"] ol li`).waitFor();
    await axe.check(p, 'results');

    for (const name of ['items', 'results', 'progress', 'by-gender', 'by-country']) {
      const href = await p.locator(`[data-testid=csv-${name}]`).getAttribute('href');
      const response = await p.evaluate(
        (url) => fetch(url).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), text: await r.text() })),
        href,
      );
      expect({ name, status: response.status, csv: response.type?.startsWith('text/csv') }).toEqual({ name, status: 200, csv: true });
    }
  });

  it('exports a SCORM 1.2 zip with imsmanifest.xml at its root', async () => {
    const { page } = trainer;
    await page.goto(`${server.baseUrl}/trainer/export`);
    await page.locator(`[data-testid=export-course] option[value="${COURSE}"]`).waitFor({ state: 'attached' });
    await page.locator('[data-testid=export-course]').selectOption(COURSE);
    const href = await page.locator('[data-testid=download-en]').getAttribute('href');
    expect(href).toContain('format=scorm12');
    await axe.check(page, 'SCORM export');
    const bytes = await page.evaluate(
      (url) =>
        fetch(url)
          .then((r) => r.arrayBuffer())
          .then((b) => [...new Uint8Array(b)]),
      href,
    );
    const zip = await JSZip.loadAsync(Buffer.from(bytes));
    expect(Buffer.from(bytes.slice(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
    expect(zip.file('imsmanifest.xml')).not.toBeNull();
    const manifest = await zip.file('imsmanifest.xml').async('string');
    expect(manifest).toContain('ADL SCORM');
    expect(manifest).toContain('1.2');
  });

  it("plays the trainer's SCORM 1.2 package in the preview under scorm-again: lesson, quiz, status, score and one interaction per question", async () => {
    const { page } = trainer;
    await page.goto(`${server.baseUrl}/trainer/export`);
    await page.locator(`[data-testid=export-course] option[value="${COURSE}"]`).waitFor({ state: 'attached' });
    await page.locator('[data-testid=export-course]').selectOption(COURSE);
    await page.locator('[data-testid=start-preview]').click();
    const frame = await (await page.locator('[data-testid=scorm-frame]').elementHandle()).contentFrame();
    // The package's player, served unzipped by the API, finds scorm-again as window.parent.API.
    await frame.waitForSelector('main');
    expect(await page.evaluate(() => typeof window.API?.LMSInitialize)).toBe('function');
    // Launched on its only lesson; Next leads to the quiz.
    expect(await frame.locator('main').innerText()).toContain('A market is busy and open.');
    await frame.click('button.next');
    await frame.waitForSelector('form.quiz');
    for (const [index, spec] of QUIZ.entries()) {
      const set = `fieldset[data-question="${qid(index + 1)}"]`;
      if (spec.type === 'short-text') await frame.fill(`${set} input[type="text"]`, spec.accepted);
      else for (const value of [spec.correct].flat()) await frame.check(`${set} > .choice input[value="${value}"]`);
    }
    await frame.click('button.submit');
    await frame.waitForSelector('.summary');
    await page.locator('[data-testid=lms-state][data-status=passed]').waitFor();
    // The CMI record as scorm-again would commit it (interaction ids are write-only through the API).
    const lms = await page.evaluate(() => {
      const cmi = JSON.parse(JSON.stringify(window.API.cmi));
      return {
        status: cmi.core.lesson_status,
        raw: cmi.core.score.raw,
        interactions: Object.values(cmi.interactions ?? {}).map((i) => i.id),
        lastError: window.API.LMSGetLastError(),
      };
    });
    expect(lms).toEqual({ status: 'passed', raw: '100', interactions: expect.any(Array), lastError: '0' });
    expect([...lms.interactions].sort()).toEqual([1, 2, 3, 4, 5].map(qid));
    expect(await frame.evaluate(() => window.vtScormErrors)).toEqual([]);
  });

  it('a trainee takes the adapted curriculum course (version 2); the trainer sees the attached questions in its item analysis and plays its SCORM 1.2 package', async () => {
    const { page, context } = await openPage(browser);
    await signIn(page, server.baseUrl, TRAINEE);
    // Right on the attached questions 1, 2 and 3, wrong on 4 and 5; the curriculum's own left unanswered.
    const started = await page.evaluate(async (course) => {
      const json = { 'content-type': 'application/json' };
      const enrolment = await fetch('/api/enrolments', { method: 'POST', headers: json, body: JSON.stringify({ courseId: course }) }).then((r) => r.json());
      return fetch(`/api/enrolments/${enrolment.id}/attempts`, { method: 'POST' }).then((r) => r.json());
    }, CURRICULUM_COURSE);
    const responses = Object.fromEntries(QUIZ.map((spec, index) => [attachedId(index + 1), responseIn(started, attachedId(index + 1), spec, index < 3)]));
    const taken = await page.evaluate(
      async ({ id, responses }) => {
        const json = { 'content-type': 'application/json' };
        const submitted = await fetch(`/api/attempts/${id}/submit`, { method: 'POST', headers: json, body: JSON.stringify({ responses }) });
        return { status: submitted.status };
      },
      { id: started.id, responses },
    );
    taken.questions = started.questions.map((q) => q.id);
    expect(taken.status).toBe(200);
    expect(taken.questions).toEqual(expect.arrayContaining(Object.keys(responses)));
    await context.close();

    const { page: p } = trainer;
    await p.goto(`${server.baseUrl}/trainer/results?courseId=${CURRICULUM_COURSE}`);
    await p.locator(`[data-testid=item-analysis] tbody tr[data-question="${attachedId(5)}"]`).waitFor();
    const rows = await p.$$eval('[data-testid=item-analysis] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-question')));
    expect(rows).toEqual(expect.arrayContaining(Object.keys(responses)));

    await p.goto(`${server.baseUrl}/trainer/export`);
    await p.locator(`[data-testid=export-course] option[value="${CURRICULUM_COURSE}"]`).waitFor({ state: 'attached' });
    await p.locator('[data-testid=export-course]').selectOption(CURRICULUM_COURSE);
    expect(await p.locator('[data-testid=download-folder]').getAttribute('href')).toBe(`/api/trainer/courses/${CURRICULUM_COURSE}/folder`);
    await p.locator('[data-testid=start-preview]').click();
    const frame = await (await p.locator('[data-testid=scorm-frame]').elementHandle()).contentFrame();
    await frame.waitForSelector('main');
    // Through its lessons to the quiz, which holds the attached questions.
    while (!(await frame.locator('form.quiz').count())) await frame.click('button.next');
    for (const [index, spec] of QUIZ.entries()) {
      const set = `fieldset[data-question="${attachedId(index + 1)}"]`;
      if (spec.type === 'short-text') await frame.fill(`${set} input[type="text"]`, spec.accepted);
      else for (const value of [spec.correct].flat()) await frame.check(`${set} > .choice input[value="${value}"]`);
    }
    await frame.click('button.submit');
    await frame.waitForSelector('.summary');
    await p.locator('[data-testid=lms-state][data-status]').waitFor();
    const interactions = await p.evaluate(() => Object.values(JSON.parse(JSON.stringify(window.API.cmi)).interactions ?? {}).map((i) => i.id));
    expect(interactions).toEqual(expect.arrayContaining(Object.keys(responses)));
    expect(await frame.evaluate(() => window.vtScormErrors)).toEqual([]);
  });

  it('stays usable at 360 px', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await signIn(page, server.baseUrl, TRAINER);
    for (const path of ['/trainer', `/trainer/cohorts/${cohortId}`, `/trainer/results?cohortId=${cohortId}`, '/trainer/builder', '/trainer/export']) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect({ path, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, width: 360 });
    }
    await axe.check(page, 'SCORM export at 360 px');
    await context.close();
  });
});
