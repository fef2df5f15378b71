/** English messages of the controls feature (merged into the app catalogue by ../en.ts). */
export const controlsEn = {} as const;
