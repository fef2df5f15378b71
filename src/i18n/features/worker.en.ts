/** English messages about the workers: a result still coming, a worker the watchdog restarted (merged by ../en.ts). */
export const workerEn = {
  "worker.pending": "Computing the result for input {now}… The views below still show the previous one, for input {then}.",
  "worker.pendingFirst": "Computing the result for input {now}…",
  "worker.unavailable": "The result could not be computed right now",
  "worker.retry": "Try again",
  "worker.restarted":
    "The compute worker stopped answering, so it was restarted and asked again: the views show its fresh result.",
} as const;
