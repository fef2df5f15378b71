/** English messages of the Copy link control (merged by ../en.ts). */
export const shareEn = {
  "share.copy": "Copy link",
  "share.copyTitle": "Copy a link that opens exactly this view",
  "share.copied": "Link copied",
  "share.copyFailed": "Could not copy: select the link and press Ctrl+C",
  "share.label": "Link to this view",
} as const;
