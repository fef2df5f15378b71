/** What exportKit.ts offers, typed without importing it (which would put it in the start-up chunk). */
export type ExportKit = typeof import("./exportKit");

let kit: Promise<ExportKit> | null = null;

/** Fetches the export code once, at the first export; a failed fetch is tried again at the next one. */
export function loadExportKit(): Promise<ExportKit> {
  kit ??= import("./exportKit").catch((error: unknown) => {
    kit = null;
    throw error;
  });
  return kit;
}
