/** English messages of the notice feature (merged into the app catalogue by ../en.ts). */
export const noticeEn = {} as const;
