/** English messages of the matrix feature (merged into the app catalogue by ../en.ts). */
export const matrixEn = {} as const;
