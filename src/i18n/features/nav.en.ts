/** English messages of the navigation between pages (merged into the app catalogue by ../en.ts). */
export const navEn = {
  "nav.label": "Pages",
  "nav.explorer": "Explorer",
  "nav.gallery": "Presets",
  "nav.transpose": "Transposing",
  "nav.upsample": "Upsampling lab",
  "nav.checkerboard": "Checkerboard artifacts",
  "nav.learn": "A kernel that learns",
  "nav.applications": "Applications",
  "nav.lesson": "Guided lesson",
  "nav.practice": "Practice",
} as const;
