import { useMemo, useState } from "react";
import { practiceQuestion, PRACTICE_LEVELS, type PracticeLevel } from "../../model/lesson/practice";
import { withAnswer, withPracticeResult } from "../../model/lesson/progress";
import { useAppStore, useAppStoreApi } from "../../store";
import { usePresenterKeys } from "../present/usePresenterKeys";
import { useT } from "../useT";
import { answerText } from "./answerText";
import { explorerParamsOf } from "./explorerParamsOf";
import { QuestionForm } from "./QuestionForm";
import { useLessonKeys } from "./useLessonKeys";
import { useProgress } from "./useProgress";
import "./lesson.css";

const LEVEL_LABEL = { 1: "practice.level1", 2: "practice.level2", 3: "practice.level3" } as const;

/**
 * Practice without end (?practice=SEED&plevel=L&pq=N): question N of a seeded generator, one at a
 * time, with score and streak kept in this browser. "Show in the explorer" opens the question's
 * configuration there. In presenter mode the question fills the screen and R reveals the answer
 * (N asks the next), for an instructor who projects it to a class.
 */
export function PracticePage() {
  const t = useT();
  const api = useAppStoreApi();
  const { seed, level, index } = useAppStore((s) => s.lesson);
  const present = useAppStore((s) => s.present);
  const question = useMemo(() => practiceQuestion(seed, level, index), [seed, level, index]);
  const [progress, update] = useProgress();
  const [revealed, setRevealed] = useState<string | null>(null);
  const key = `${seed}/${level}/${index}`;
  usePresenterKeys(present);

  const next = () => api.getState().setPractice({ index: index + 1 });
  const reveal = () => setRevealed(key);
  useLessonKeys({ n: next, r: reveal });
  const score = progress.practice;

  return (
    <div className="practice" data-present={present || undefined}>
      <header className="practice-head">
        <h2>{t("practice.title")}</h2>
        <p className="practice-lead">{t("practice.lead")}</p>
        <fieldset className="practice-levels">
          <legend>{t("practice.level")}</legend>
          {PRACTICE_LEVELS.map((l: PracticeLevel) => (
            <label key={l}>
              <input type="radio" name="practice-level" checked={l === level} onChange={() => api.getState().setPractice({ level: l, index: 0 })} />
              {l} · {t(LEVEL_LABEL[l])}
            </label>
          ))}
        </fieldset>
      </header>
      <p className="practice-number">{t("practice.questionOf", { n: index + 1, seed })}</p>
      <QuestionForm
        key={key}
        question={question}
        settled={undefined}
        onSettle={(how) => {
          // "Show me" before a right answer is a miss: it ends the streak, once per question.
          if (how === "shown" && !(`practice/${key}` in progress.answers)) update((p) => withPracticeResult(p, false));
          update((p) => withAnswer(p, `practice/${key}`, how));
        }}
        onAnswer={(v) => update((p) => withPracticeResult(p, v.verdict === "correct"))}
      />
      {revealed === key ? (
        <p className="practice-revealed" role="status">
          {t("lesson.shown", { answer: answerText(question, t) })}
        </p>
      ) : null}
      <div className="practice-actions">
        <button type="button" className="guided-next" onClick={next}>
          {t("practice.next")} →
        </button>
        <button
          type="button"
          onClick={() => {
            const s = api.getState();
            s.resetPlayback();
            s.loadParams(explorerParamsOf(question.config));
            s.setPage("explorer");
          }}
        >
          {t("practice.showInExplorer")}
        </button>
        <button type="button" onClick={reveal}>
          {t("practice.reveal")}
        </button>
      </div>
      <p className="practice-score">{t("practice.score", { right: score.right, asked: score.asked, streak: score.streak, best: score.best })}</p>
      <button type="button" className="guided-reset" onClick={() => update((p) => ({ ...p, practice: { asked: 0, right: 0, streak: 0, best: 0 } }))}>
        {t("practice.resetScore")}
      </button>
      <p className="guided-keys">{t("practice.keys")}</p>
    </div>
  );
}
