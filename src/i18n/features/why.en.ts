/** English messages of the why feature (merged into the app catalogue by ../en.ts). */
export const whyEn = {} as const;
