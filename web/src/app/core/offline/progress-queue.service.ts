import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { completesLesson, type ProgressEventName } from '@vt/courses';
import { firstValueFrom } from 'rxjs';
import { ApiProblem } from '../http/api-problem';
import type { Enrolment } from '../models/api.models';

/** `viewed` on opening a lesson; `reached-end` (which completes it, by the course model's rule) when its end is reached. */
export type ProgressEvent = ProgressEventName;

export interface PendingProgress {
  enrolmentId: string;
  /** Client sequence number: the API ignores any update whose seq ≤ its lastSeq. */
  seq: number;
  lessonId: string;
  event: ProgressEvent;
}

const QUEUE_KEY = 'vt.progress.queue';
const SEQ_KEY = 'vt.progress.seq';
/** Enrolment id → time of the last progress recorded on this device (the home page's "Continue"). */
const ACTIVE_KEY = 'vt.progress.active';

/**
 * Progress updates go through a queue kept in localStorage, so that reading on a flaky connection
 * (or with the phone in a tunnel) loses nothing. Each update gets the next sequence number for its
 * enrolment, persisted before sending; the same update may be re-sent any number of times and the
 * API counts it once. Updates are sent in order; a network failure stops the flush until the
 * browser says it is online again, and any other refusal (4xx) drops that update, since resending
 * it would be refused again.
 */
@Injectable({ providedIn: 'root' })
export class ProgressQueue {
  private readonly http = inject(HttpClient);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly queue = signal<PendingProgress[]>(this.read<PendingProgress[]>(QUEUE_KEY, []));
  private readonly latestState = signal<Enrolment | undefined>(undefined);
  private flushing: Promise<void> | undefined;

  readonly pending = this.queue.asReadonly();
  readonly pendingCount = computed(() => this.queue().length);
  /** The newest enrolment state the API returned for a sent update. */
  readonly latest = this.latestState.asReadonly();

  constructor() {
    this.window?.addEventListener('online', () => void this.flush());
  }

  /** Queues an update for this enrolment and tries to send everything queued. */
  record(enrolment: Pick<Enrolment, 'id' | 'lastSeq'>, lessonId: string, event: ProgressEvent): Promise<void> {
    const seq = this.nextSeq(enrolment);
    this.write(ACTIVE_KEY, { ...this.lastActive(), [enrolment.id]: Date.now() });
    this.save([...this.queue(), { enrolmentId: enrolment.id, seq, lessonId, event }]);
    return this.flush();
  }

  /** Lessons completed on this device but not yet acknowledged by the API. */
  pendingCompletions(enrolmentId: string): string[] {
    return this.queue()
      .filter((p) => p.enrolmentId === enrolmentId && completesLesson(p.event))
      .map((p) => p.lessonId);
  }

  /** When this device last recorded progress on each enrolment (ms since 1970), for "Continue". */
  lastActive(): Record<string, number> {
    return this.read<Record<string, number>>(ACTIVE_KEY, {});
  }

  flush(): Promise<void> {
    this.flushing ??= this.sendAll().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async sendAll(): Promise<void> {
    for (;;) {
      const next = this.queue()[0];
      if (!next) return;
      try {
        const state = await firstValueFrom(
          this.http.post<Enrolment>(`/api/enrolments/${encodeURIComponent(next.enrolmentId)}/progress`, {
            seq: next.seq,
            lessonId: next.lessonId,
            event: next.event,
          }),
        );
        this.latestState.set(state);
      } catch (error) {
        if (!(error instanceof ApiProblem) || error.offline) return; // keep it; retry when online
      }
      this.save(this.queue().filter((p) => p !== next));
    }
  }

  private nextSeq(enrolment: Pick<Enrolment, 'id' | 'lastSeq'>): number {
    const counters = this.read<Record<string, number>>(SEQ_KEY, {});
    const queued = this.queue()
      .filter((p) => p.enrolmentId === enrolment.id)
      .map((p) => p.seq);
    const seq = Math.max(enrolment.lastSeq, counters[enrolment.id] ?? 0, ...queued) + 1;
    this.write(SEQ_KEY, { ...counters, [enrolment.id]: seq });
    return seq;
  }

  private save(queue: PendingProgress[]): void {
    this.queue.set(queue);
    this.write(QUEUE_KEY, queue);
  }

  private read<T>(key: string, fallback: T): T {
    try {
      const raw = this.window?.localStorage.getItem(key);
      return raw ? (JSON.parse(raw) as T) : fallback;
    } catch {
      return fallback; // unreadable or disabled storage: start afresh rather than break the page
    }
  }

  private write(key: string, value: unknown): void {
    try {
      this.window?.localStorage.setItem(key, JSON.stringify(value));
    } catch {
      /* storage full or disabled: the in-memory queue still works for this visit */
    }
  }
}
