/** English messages of the explorer feature (merged into the app catalogue by ../en.ts). */
export const explorerEn = {} as const;
