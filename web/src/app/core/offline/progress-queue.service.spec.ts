import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { problemInterceptor } from '../http/problem.interceptor';
import { ProgressQueue } from './progress-queue.service';

const enrolment = { id: 'e1', lastSeq: 4 };
const progressUrl = '/api/enrolments/e1/progress';

function setup() {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(withInterceptors([problemInterceptor])), provideHttpClientTesting()],
  });
  return { queue: TestBed.inject(ProgressQueue), http: TestBed.inject(HttpTestingController) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ProgressQueue', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.resetTestingModule());

  it('numbers updates after the enrolment’s lastSeq and forgets them once the API has them', async () => {
    const { queue, http } = setup();
    const sent = queue.record(enrolment, 'l1', 'viewed');
    const request = http.expectOne(progressUrl);
    expect(request.request.body).toEqual({ seq: 5, lessonId: 'l1', event: 'viewed' });
    request.flush({ ...enrolment, lastSeq: 5 });
    await sent;
    expect(queue.pendingCount()).toBe(0);
    expect(JSON.parse(localStorage.getItem('vt.progress.queue') ?? '[]')).toEqual([]);
  });

  it('keeps an update made offline in localStorage and re-sends it, with the same seq, when back online', async () => {
    const first = setup();
    const sent = first.queue.record(enrolment, 'l2', 'reached-end');
    first.http.expectOne(progressUrl).error(new ProgressEvent('error')); // status 0: the network is down
    await sent;
    expect(first.queue.pendingCompletions('e1')).toEqual(['l2']);
    const stored = JSON.parse(localStorage.getItem('vt.progress.queue') ?? '[]');
    expect(stored).toEqual([{ enrolmentId: 'e1', seq: 5, lessonId: 'l2', event: 'reached-end' }]);

    // A reload while offline: a new service reads the queue back; "online" sends it again.
    TestBed.resetTestingModule();
    const second = setup();
    expect(second.queue.pendingCount()).toBe(1);
    window.dispatchEvent(new Event('online'));
    await settle();
    const resent = second.http.expectOne(progressUrl);
    expect(resent.request.body).toEqual({ seq: 5, lessonId: 'l2', event: 'reached-end' });
    resent.flush({ ...enrolment, lastSeq: 5, lessonsCompleted: ['l2'] });
    await second.queue.flush();
    expect(second.queue.pendingCount()).toBe(0);
  });

  it('never reuses a sequence number, even when the server’s lastSeq is stale', async () => {
    const { queue, http } = setup();
    const a = queue.record(enrolment, 'l1', 'viewed');
    http.expectOne(progressUrl).flush({ ...enrolment, lastSeq: 5 });
    await a;
    // The page still holds the old enrolment (lastSeq 4): the next update must still be 6.
    const b = queue.record(enrolment, 'l1', 'completed');
    expect(http.expectOne(progressUrl).request.body.seq).toBe(6);
    await settle();
    void b;
  });

  it('sends queued updates in order, one at a time', async () => {
    const { queue, http } = setup();
    const a = queue.record(enrolment, 'l1', 'viewed');
    http.expectOne(progressUrl).error(new ProgressEvent('error'));
    await a;
    void queue.record(enrolment, 'l1', 'completed'); // joins the queue behind the first
    await settle();
    const requests = http.match(progressUrl);
    expect(requests.map((r) => r.request.body.seq)).toEqual([5]);
    requests[0].flush({ ...enrolment, lastSeq: 5 });
    await settle();
    const next = http.expectOne(progressUrl);
    expect(next.request.body).toEqual({ seq: 6, lessonId: 'l1', event: 'completed' });
    next.flush({ ...enrolment, lastSeq: 6 });
    await queue.flush();
    expect(queue.pendingCount()).toBe(0);
  });

  it('drops an update the API refuses (4xx): resending it could never succeed', async () => {
    const { queue, http } = setup();
    const sent = queue.record(enrolment, 'nope', 'viewed');
    http.expectOne(progressUrl).flush({ title: 'bad request', status: 400 }, { status: 400, statusText: 'Bad Request' });
    await sent;
    expect(queue.pendingCount()).toBe(0);
  });
});
