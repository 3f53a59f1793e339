import cluster, { type Worker } from 'node:cluster';
import type { ReadyMessage } from './serve.js';

/** How long workers get to finish their requests after SIGTERM before they are killed. */
const SHUTDOWN_GRACE_MS = 30_000;
/** A worker that dies before it listens is replaced after a pause that doubles up to this. */
const MAX_RESTART_DELAY_MS = 30_000;

const isReady = (message: unknown): message is ReadyMessage => (message as ReadyMessage | null)?.vt === 'ready';

/**
 * WORKERS > 1: this process only supervises; `count` workers (node:cluster, each a full API
 * process) serve the one port, which the primary accepts on and hands out round-robin.
 *
 * - Start: one worker first, alone — it migrates and seeds (on SQLite no advisory lock orders
 *   that) — then the others. The first worker's start-up lines are printed once all are up; a
 *   first worker that fails (a bad setting, no database) has printed why, and the primary exits
 *   with its code.
 * - A worker that dies is replaced at once; one that dies before it listens is replaced after a
 *   pause (1 s, doubling up to 30 s), so a database that is down does not spin the machine.
 * - SIGTERM or SIGINT: each worker gets SIGTERM and drains (Nest closes the server: requests in
 *   flight are answered, new connections go to the workers still listening), then exits; the
 *   primary exits when all have, killing any still busy after 30 s.
 */
export function runPrimary(count: number): void {
  let stopping = false;
  let announced = false;
  let restartDelay = 0;
  const ready = new Set<Worker>();
  let announcement: string[] | undefined;

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (!isReady(message)) return;
      ready.add(worker);
      restartDelay = 0;
      if (worker === first) for (let i = 1; i < count; i++) fork();
      if (!announced && worker === first) announcement = message.lines;
      if (!announced && ready.size >= count && announcement) {
        announced = true;
        for (const line of announcement) console.log(line);
      }
    });
    return worker;
  };

  cluster.on('exit', (worker, code, signal) => {
    const wasReady = ready.delete(worker);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // The first worker could not start: it printed why (a setting, the database); so do we stop.
    if (worker === first && !wasReady) process.exit(code ?? 1);
    restartDelay = wasReady ? 0 : Math.min(MAX_RESTART_DELAY_MS, Math.max(1000, restartDelay * 2));
    console.error(`A worker stopped (${signal ?? `exit code ${code}`}); starting another${restartDelay ? ` in ${restartDelay / 1000} s` : ''}.`);
    setTimeout(fork, restartDelay);
  });

  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  // Referred to by the handlers above, which run only once it exists.
  const first = fork();
}
