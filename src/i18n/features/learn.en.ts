/** English messages of the learn feature (merged into the app catalogue by ../en.ts). */
export const learnEn = {} as const;
