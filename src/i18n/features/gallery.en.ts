/** English messages of the gallery feature (merged into the app catalogue by ../en.ts). */
export const galleryEn = {} as const;
