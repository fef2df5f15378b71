import type { PatternName } from "../../../worker/image/protocol";

/** The photos shipped in public/images/ (licences in public/ATTRIBUTION.md). */
export const PHOTOS = {
  chelsea: { file: "images/chelsea.jpg", credit: "Stéfan van der Walt", licence: "CC0" },
  coffee: { file: "images/coffee.jpg", credit: "Rachel Michetti", licence: "CC0" },
  astronaut: { file: "images/astronaut.jpg", credit: "NASA", licence: "public domain" },
  camera: { file: "images/camera.png", credit: "Lav Varshney", licence: "CC0" },
} as const;

export type PhotoId = keyof typeof PHOTOS;
export const PHOTO_IDS = Object.keys(PHOTOS) as PhotoId[];

/** Patterns are drawn in the worker at this size, the photos' 3:2 frame. */
export const PATTERN_SIZE = { width: 384, height: 256 } as const;

/** What a page's image menu offers: a photo, a pattern, or the person's own file. */
export type SourceChoice =
  | { kind: "photo"; id: PhotoId }
  | { kind: "pattern"; pattern: PatternName }
  | { kind: "upload" };

/** The menu value of a choice ("photo:chelsea", "pattern:text", "upload"), and back. */
export function choiceKey(c: SourceChoice): string {
  return c.kind === "photo" ? `photo:${c.id}` : c.kind === "pattern" ? `pattern:${c.pattern}` : "upload";
}

export function parseChoice(key: string): SourceChoice {
  const [kind, name] = key.split(":");
  if (kind === "photo" && name in PHOTOS) return { kind: "photo", id: name as PhotoId };
  if (kind === "pattern" && (name === "zonePlate" || name === "checkerboard" || name === "text" || name === "flat")) {
    return { kind: "pattern", pattern: name };
  }
  return { kind: "upload" };
}

/** A photo or pattern by the name a link uses for it (url/pageSettings.ts): "chelsea", "text", … */
export type SourceName = PhotoId | PatternName;

export function choiceOfName(name: SourceName): SourceChoice {
  return name in PHOTOS ? { kind: "photo", id: name as PhotoId } : { kind: "pattern", pattern: name as PatternName };
}

/** The link name of a choice; null for the person's own file, which no link can carry. */
export function nameOfChoice(c: SourceChoice): SourceName | null {
  return c.kind === "photo" ? c.id : c.kind === "pattern" ? c.pattern : null;
}
