/** English messages of the present feature (merged into the app catalogue by ../en.ts). */
export const presentEn = {} as const;
