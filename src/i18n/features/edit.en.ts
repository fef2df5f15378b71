/** English messages of the edit feature (merged into the app catalogue by ../en.ts). */
export const editEn = {} as const;
