/** English messages of the app shell: parts loaded on demand, offline use and updates (merged by ../en.ts). */
export const shellEn = {
  "chunk.loading": "Loading…",
  "chunk.failed": "This part of the app could not be loaded. Check the connection and try again.",
  "chunk.retry": "Try again",
} as const;
