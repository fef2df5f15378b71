import { useEffect, useMemo, useState } from "react";
import type { ImageSource, Picture } from "../../../worker/image/protocol";
import { ImageFileError, loadBundled, type ImageFileProblem } from "./decodePicture";
import { PATTERN_SIZE, PHOTOS, type SourceChoice } from "./sources";

export interface SourceState {
  /** What to send to the worker, or null while a photo loads or after it failed. */
  source: ImageSource | null;
  loading: boolean;
  problem: ImageFileProblem | null;
}

/**
 * The image source of a menu choice: a pattern at once, a bundled photo once fetched and decoded,
 * or the person's own upload. The returned object keeps its identity while nothing changes, so a
 * job built from it does not rerun.
 */
export function useSource(choice: SourceChoice, upload: Picture | null): SourceState {
  const photoFile = choice.kind === "photo" ? PHOTOS[choice.id].file : null;
  const [photo, setPhoto] = useState<{ file: string; picture: Picture | null; problem: ImageFileProblem | null } | null>(null);

  useEffect(() => {
    if (!photoFile) return;
    let live = true;
    loadBundled(photoFile).then(
      (d) => live && setPhoto({ file: photoFile, picture: d.picture, problem: null }),
      (e: unknown) => live && setPhoto({ file: photoFile, picture: null, problem: e instanceof ImageFileError ? e.code : "decode" }),
    );
    return () => {
      live = false;
    };
  }, [photoFile]);

  const pattern = choice.kind === "pattern" ? choice.pattern : null;
  return useMemo((): SourceState => {
    if (pattern) return { source: { kind: "pattern", pattern, ...PATTERN_SIZE }, loading: false, problem: null };
    if (photoFile) {
      if (!photo || photo.file !== photoFile) return { source: null, loading: true, problem: null };
      return photo.picture
        ? { source: { kind: "pixels", picture: photo.picture }, loading: false, problem: null }
        : { source: null, loading: false, problem: photo.problem };
    }
    return upload ? { source: { kind: "pixels", picture: upload }, loading: false, problem: null } : { source: null, loading: false, problem: null };
  }, [pattern, photoFile, photo, upload]);
}
