/** English messages of the start page's way into the lesson (the lesson's own are in lesson.en.ts, fetched with it). */
export const lessonEntryEn = {
  "lesson.start": "Start the guided lesson",
  "lesson.startLead": "Ten short chapters in the tutorial's order, each asking you to predict before it shows.",
} as const;
