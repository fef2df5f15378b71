/** English messages of the export feature (merged into the app catalogue by ../en.ts). */
export const exportEn = {} as const;
