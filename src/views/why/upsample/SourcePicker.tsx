import { useId, useRef } from "react";
import type { PatternName } from "../../../worker/image/protocol";
import { useT } from "../../useT";
import { PHOTO_IDS, PHOTOS, choiceKey, parseChoice, type SourceChoice } from "./sources";
import type { Upload, UploadProblem } from "./useUpload";
import { MAX_SIDE, MIN_SIDE } from "./useUpload";

export interface SourcePickerProps {
  choice: SourceChoice;
  onChoice: (c: SourceChoice) => void;
  patterns: readonly PatternName[];
  /** Offer the file picker (and show the upload's name and notices). */
  upload?: {
    current: Upload | null;
    problem: UploadProblem | null;
    loading: boolean;
    onFile: (file: File) => void;
  };
}

/** The image menu: bundled photos, test patterns and, where offered, the person's own file. */
export function SourcePicker({ choice, onChoice, patterns, upload }: SourcePickerProps) {
  const t = useT();
  const selectId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const photo = choice.kind === "photo" ? PHOTOS[choice.id] : null;
  const problem = upload?.problem;
  return (
    <div className="source-picker">
      <label htmlFor={selectId} className="field-label">
        {t("why.source.label")}
      </label>
      <select id={selectId} value={choiceKey(choice)} onChange={(e) => onChoice(parseChoice(e.target.value))}>
        <optgroup label={t("why.source.photos")}>
          {PHOTO_IDS.map((id) => (
            <option key={id} value={choiceKey({ kind: "photo", id })}>
              {t(`why.photo.${id}`)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t("why.source.patterns")}>
          {patterns.map((p) => (
            <option key={p} value={choiceKey({ kind: "pattern", pattern: p })}>
              {t(`why.pattern.${p}`)}
            </option>
          ))}
        </optgroup>
        {upload?.current && (
          <optgroup label={t("why.source.yours")}>
            <option value="upload">{upload.current.name}</option>
          </optgroup>
        )}
      </select>
      {photo && (
        <p className="source-credit">{t("why.source.credit", { author: photo.credit, licence: photo.licence })}</p>
      )}
      {upload && (
        <>
          <div className="file-row">
            <button type="button" className="why-button" onClick={() => fileRef.current?.click()}>
              {t("why.file.open")}
            </button>
            <input
              ref={fileRef}
              type="file"
              accept="image/*"
              className="visually-hidden"
              tabIndex={-1}
              aria-label={t("why.file.open")}
              data-testid="image-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) upload.onFile(file);
                e.target.value = "";
              }}
            />
            <span className="file-hint">{t("why.file.drop")}</span>
          </div>
          <p className="file-private">{t("why.file.private", { max: MAX_SIDE })}</p>
          <div aria-live="polite" className="file-messages">
            {upload.loading && <p className="status-text">{t("why.file.loading")}</p>}
            {problem && (
              <p className="why-error" role="alert" data-testid="file-error">
                {problem.code === "notImage"
                  ? t("why.file.notImage", { name: problem.name, type: problem.detail })
                  : problem.code === "tooSmall"
                    ? t("why.file.tooSmall", { name: problem.name, size: problem.detail, min: MIN_SIDE })
                    : problem.code === "unsupported"
                      ? t("why.file.unsupported")
                      : t("why.file.decode", { name: problem.name })}
              </p>
            )}
            {choice.kind === "upload" && upload.current?.downscaledFrom && (
              <p className="why-notice" data-testid="file-downscaled">
                {t("why.file.downscaled", {
                  from: upload.current.downscaledFrom,
                  to: `${upload.current.picture.width}×${upload.current.picture.height}`,
                })}
              </p>
            )}
          </div>
        </>
      )}
    </div>
  );
}
