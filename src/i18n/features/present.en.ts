/** English messages of presenter mode's button and the narration region (merged by ../en.ts; the rest is in presenter.en.ts). */
export const presentEn = {
  "present.enter": "Present",
  "present.enterTitle": "Presenter mode: large type for a projector. Esc leaves, F toggles full screen.",
  "present.leave": "Leave presenter mode (Esc)",
  "present.fullscreen": "Full screen (F)",
  "present.narration": "Step narration",
  "share.heading": "Share and export",
} as const;
