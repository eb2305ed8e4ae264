// A bounded line for answer work. Answers run a few at a time, the rest wait in order, and when
// the line is full the caller is told at once (it then says "busy, try again" where it was asked).
// When an answer may start on the event loop is turns.ts's business (takeQuietTurn).

interface QueuePlace {
  /** Resolves when this answer may run. */
  turn: Promise<void>;
  /** Gives the place up (after the answer, or instead of it); the next in line then starts. */
  leave(): void;
}

export interface AnswerQueue {
  /** A place in line, or undefined when `concurrency` answers run and `limit` more wait. */
  enter(): QueuePlace | undefined;
  /** Answers running now and waiting for a turn (logs, the load script). */
  stats(): { running: number; waiting: number };
}

export interface AnswerQueueOptions {
  /** Answers that may run at the same time. */
  concurrency: number;
  /** Answers that may wait for a turn; one more is refused. */
  limit: number;
}

export function createAnswerQueue(options: AnswerQueueOptions): AnswerQueue {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const limit = Math.max(0, Math.floor(options.limit));
  let running = 0;
  const waiting: { start: () => void }[] = [];

  const startNext = () => {
    while (running < concurrency && waiting.length) {
      running++;
      (waiting.shift() as { start: () => void }).start();
    }
  };

  return {
    enter() {
      if (running + waiting.length >= concurrency + limit) return undefined;
      let state: "waiting" | "running" | "left" = "waiting";
      let start!: () => void;
      const turn = new Promise<void>((resolve) => {
        start = () => {
          state = "running";
          resolve();
        };
      });
      const entry = { start: () => start() };
      waiting.push(entry);
      startNext();
      return {
        turn,
        leave() {
          if (state === "left") return;
          if (state === "running") running--;
          else waiting.splice(waiting.indexOf(entry), 1);
          state = "left";
          startNext();
        },
      };
    },
    stats: () => ({ running, waiting: waiting.length }),
  };
}
