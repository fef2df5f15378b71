/** English messages of the code feature (merged into the app catalogue by ../en.ts). */
export const codeEn = {} as const;
