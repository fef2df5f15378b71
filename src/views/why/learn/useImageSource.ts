import { useEffect, useState } from "react";
import type { ImageSource } from "../../../worker/train/protocol";
import { isPhoto, loadPhoto } from "./photos";

export interface ImageSourceState {
  /** null while a photo loads. */
  source: ImageSource | null;
  /** Set when a photo could not be loaded and the synthetic 1/f noise stands in for it. */
  fallback: string | null;
}

/**
 * The source of a named image: a bundled photo, decoded here (it stays in the browser), or a
 * synthetic image the worker generates. A photo that cannot be loaded (no image decoding under
 * jsdom, a missing file) falls back to the 1/f noise, which has a photo's spectrum, with a note.
 */
export function useImageSource(name: string): ImageSourceState {
  const [state, setState] = useState<ImageSourceState & { name: string }>(() => initial(name));
  useEffect(() => {
    if (!isPhoto(name)) {
      setState((s) => (s.name === name ? s : initial(name)));
      return;
    }
    let live = true;
    setState({ name, source: null, fallback: null });
    loadPhoto(name).then(
      (image) => live && setState({ name, source: { kind: "pixels", image }, fallback: null }),
      (error: unknown) =>
        live &&
        setState({
          name,
          source: { kind: "synthetic", name: "noise" },
          fallback: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [name]);
  return state.name === name ? state : { source: null, fallback: null };
}

function initial(name: string): ImageSourceState & { name: string } {
  if (isPhoto(name)) return { name, source: null, fallback: null };
  const synthetic = name === "zone" || name === "shapes" ? name : "noise";
  return { name, source: { kind: "synthetic", name: synthetic }, fallback: null };
}
