import { useCallback, useRef, useState } from "react";
import type { Picture } from "../../../worker/image/protocol";
import { decodePicture, ImageFileError, MAX_SIDE, MIN_SIDE, type ImageFileProblem } from "./decodePicture";

export interface Upload {
  name: string;
  picture: Picture;
  /** "4000×3000" when the file was downscaled to fit MAX_SIDE, else null. */
  downscaledFrom: string | null;
}

export interface UploadProblem {
  code: ImageFileProblem;
  name: string;
  /** The file's MIME type, or its size for "tooSmall". */
  detail: string;
}

export { MAX_SIDE, MIN_SIDE };

/**
 * The person's own image: `accept(file)` decodes it in the browser (nothing is sent anywhere) and
 * either sets `upload` or `problem`. A newer file wins over one still decoding.
 */
export function useUpload(onLoaded: () => void) {
  const [upload, setUpload] = useState<Upload | null>(null);
  const [problem, setProblem] = useState<UploadProblem | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  const accept = useCallback(
    (file: File) => {
      const ticket = ++latest.current;
      setLoading(true);
      decodePicture(file, file.name).then(
        (d) => {
          if (ticket !== latest.current) return;
          setLoading(false);
          setProblem(null);
          setUpload({
            name: file.name,
            picture: d.picture,
            downscaledFrom: d.downscaled ? `${d.originalWidth}×${d.originalHeight}` : null,
          });
          onLoaded();
        },
        (e: unknown) => {
          if (ticket !== latest.current) return;
          setLoading(false);
          const code = e instanceof ImageFileError ? e.code : "decode";
          const detail = code === "tooSmall" && e instanceof Error ? e.message : file.type || "?";
          setProblem({ code, name: file.name, detail });
        },
      );
    },
    [onLoaded],
  );

  return { upload, problem, loading, accept, clearProblem: () => setProblem(null) };
}
