/** English messages of the app shell: parts loaded on demand, offline use and updates (merged by ../en.ts). */
export const shellEn = {
  "chunk.loading": "Loading…",
  "chunk.failed": "This part of the app could not be loaded. Check the connection and try again.",
  "chunk.retry": "Try again",
  "sw.offlineReady": "Ready to work offline: this app now opens without a network.",
  "sw.updateWaiting": "A new version is ready: it opens the next time you visit.",
  "sw.updateNow": "Use it now",
  "sw.dismiss": "Dismiss",
  "sw.dismissLabel": "Dismiss this notice",
} as const;
