import { editEn } from "./features/edit.en";
import { presenterEn } from "./features/presenter.en";
import { layerResultEn } from "./features/layerResult.en";
import { layerProblemsEn } from "./features/layerProblems.en";
import { noticeEn } from "./features/notice.en";
import { problemsEn } from "./features/problems.en";

/**
 * English messages the start page shows only when something is refused or repaired, or a value
 * is edited: every problem's words, the link notice's and the value editors'. Their own chunk
 * (about 6 KB gzip), fetched once the start page has its first result, or at once by a view that
 * needs one sooner (i18n/problems.ts, the cell editor, the edit toolbars, the other pages).
 */
export const enLater = {
  ...problemsEn,
  ...layerProblemsEn,
  ...layerResultEn,
  ...presenterEn,
  ...noticeEn,
  ...editEn,
} as const;
