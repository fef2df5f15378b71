/** English messages of the timeline feature (merged into the app catalogue by ../en.ts). */
export const timelineEn = {} as const;
