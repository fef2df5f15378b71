import type { Translation } from "./catalogue";
import { editZh } from "./features/edit.zh-CN";
import { presenterZh } from "./features/presenter.zh-CN";
import { layerResultZh } from "./features/layerResult.zh-CN";
import { layerProblemsZh } from "./features/layerProblems.zh-CN";
import { noticeZh } from "./features/notice.zh-CN";
import { problemsZh } from "./features/problems.zh-CN";
import type { enLater } from "./later.en";

/** 简体中文 messages of refusals and of the link notice (see later.en.ts). */
export const zhLater: Translation<typeof enLater> = {
  ...problemsZh,
  ...layerProblemsZh,
  ...layerResultZh,
  ...presenterZh,
  ...noticeZh,
  ...editZh,
};
