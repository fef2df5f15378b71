import { useEffect, useMemo } from "react";
import { chapters as allChapters, CHAPTER_COUNT } from "../../model/lesson/chapters";
import { emptyProgress, withAnswer, withChapterDone } from "../../model/lesson/progress";
import { useAppStore, useAppStoreApi } from "../../store";
import { usePresenterKeys } from "../present/usePresenterKeys";
import { useT } from "../useT";
import { ChapterList } from "./ChapterList";
import { ChapterLive } from "./ChapterLive";
import { explorerParamsOf } from "./explorerParamsOf";
import { QuestionForm } from "./QuestionForm";
import { useLessonKeys } from "./useLessonKeys";
import { useProgress } from "./useProgress";
import "./lesson.css";

/**
 * The guided lesson (?lesson=N): the tutorial's ten chapters in order, each a short text beside
 * the live view it configures. Chapters 4–9 ask first: the live view opens once every question
 * of the chapter is answered right or shown. Next/Back are buttons and keys (N or Page Down,
 * B or Page Up); progress stays in this browser's localStorage.
 */
export function LessonPage() {
  const t = useT();
  const api = useAppStoreApi();
  const number = useAppStore((s) => s.lesson.chapter);
  const present = useAppStore((s) => s.present);
  const list = useMemo(() => allChapters(), []);
  const chapter = list[Math.min(CHAPTER_COUNT, Math.max(1, number)) - 1];
  const [progress, update] = useProgress();
  usePresenterKeys(present);

  // The chapter configures the explorer (its own store): the configuration and the views it shows.
  useEffect(() => {
    if (chapter.show.kind !== "explorer") return;
    const s = api.getState();
    s.resetPlayback();
    s.loadParams(explorerParamsOf(chapter.show.config));
    s.setViews([...chapter.show.views]);
    // Set directly: the store clamps the step to the trace once the new result arrives.
    api.setState({ step: chapter.show.step });
  }, [api, chapter]);

  const open = chapter.questions.every((q) => progress.answers[q.id] !== undefined);
  useEffect(() => {
    if (open && chapter.questions.length > 0) update((p) => withChapterDone(p, chapter.number));
  }, [open, chapter, update]);

  const go = (n: number) => {
    if (n < 1 || n > CHAPTER_COUNT) return;
    // Leaving a chapter without questions forward marks it read.
    if (n > chapter.number && chapter.questions.length === 0) update((p) => withChapterDone(p, chapter.number));
    api.getState().openChapter(n);
    document.documentElement.scrollTop = 0;
  };
  useLessonKeys({ n: () => go(chapter.number + 1), PageDown: () => go(chapter.number + 1), b: () => go(chapter.number - 1), PageUp: () => go(chapter.number - 1) });

  return (
    <div className="guided" data-chapter={chapter.number} data-show={chapter.show.kind} data-present={present || undefined}>
      <aside className="guided-side">
        <ChapterList chapters={list} current={chapter.number} done={progress.done} onOpen={go} />
        <p className="guided-progress">{t("lesson.progress", { done: progress.done.length, total: CHAPTER_COUNT })}</p>
        <button type="button" className="guided-reset" onClick={() => update(() => emptyProgress())}>
          {t("lesson.reset")}
        </button>
      </aside>
      <article className="guided-text" aria-labelledby="guided-title">
        <p className="guided-kicker">{t("lesson.chapterOf", { n: chapter.number, total: CHAPTER_COUNT })}</p>
        <h2 id="guided-title">{t(`lesson.ch.${chapter.id}.title`)}</h2>
        <p className="guided-body">{t(`lesson.ch.${chapter.id}.body`)}</p>
        {chapter.id === "checkerboard" ? <p className="guided-source">{t("lesson.source")}</p> : null}
        {chapter.questions.map((q) => (
          <QuestionForm key={q.id} question={q} settled={progress.answers[q.id]} onSettle={(how) => update((p) => withAnswer(p, q.id, how))} />
        ))}
        <div className="guided-steps">
          <button type="button" onClick={() => go(chapter.number - 1)} disabled={chapter.number === 1}>
            ← {t("lesson.back")}
          </button>
          <button type="button" className="guided-next" onClick={() => go(chapter.number + 1)} disabled={chapter.number === CHAPTER_COUNT}>
            {t("lesson.next")} →
          </button>
        </div>
        <p className="guided-keys">{t("lesson.keys")}</p>
      </article>
      <section className="guided-live" aria-label={t("lesson.live")} data-open={open || undefined}>
        {open ? <ChapterLive chapter={chapter} /> : <p className="guided-wait">{t("lesson.answerFirst")}</p>}
      </section>
    </div>
  );
}
