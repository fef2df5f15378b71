import { useId, useState, type FormEvent } from "react";
import { checkAnswer, type Question, type Verdict } from "../../model/lesson/question";
import type { Settled } from "../../model/lesson/progress";
import { useT } from "../useT";
import { formatNumber } from "../../format/number";
import { answerText } from "./answerText";
import { QuestionFigure } from "./QuestionFigure";
import { useMessage } from "./useMessage";

/**
 * One predict-then-check question: a form (data-lesson-question) whose input is named by the
 * question, a Check button and "Show me", and a live region that says right, or wrong with the
 * hint for that mistake (data-verdict="correct" | "wrong"). `settled` is how the question was
 * settled before (stored progress); `onSettle` reports a right answer or a "show me".
 */
export function QuestionForm({
  question,
  settled,
  onSettle,
  onAnswer,
}: {
  question: Question;
  settled: Settled | undefined;
  onSettle: (how: Settled) => void;
  /** Every checked answer, right or wrong (practice keeps score with it). */
  onAnswer?: (v: Verdict) => void;
}) {
  const t = useT();
  const message = useMessage();
  const id = useId();
  const [text, setText] = useState("");
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [shown, setShown] = useState(false);
  const prompt = message("q", question.prompt);
  const answer = answerText(question, t);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = checkAnswer(question, text);
    setVerdict(v);
    onAnswer?.(v);
    if (v.verdict === "correct") onSettle("correct");
  };
  const showMe = () => {
    setShown(true);
    onSettle("shown");
  };

  let feedback = "";
  if (verdict?.verdict === "correct") feedback = t("lesson.correct", { answer: formatNumber(verdict.given) });
  else if (verdict?.verdict === "wrong") feedback = `${t("lesson.wrong")} ${message("hint", verdict.hint)}`;
  if (shown && verdict?.verdict !== "correct") feedback = `${feedback} ${t("lesson.shown", { answer })}`.trim();
  if (!verdict && !shown && settled) feedback = settled === "correct" ? t("lesson.correct", { answer }) : t("lesson.shown", { answer });
  const open = settled !== undefined || shown || verdict?.verdict === "correct";

  return (
    <form className="guided-question" data-lesson-question={question.id} data-settled={open || undefined} onSubmit={submit}>
      <label htmlFor={id} className="guided-prompt">
        {prompt}
      </label>
      {question.figure ? <QuestionFigure figure={question.figure} answer={question.answer} settled={open} /> : null}
      <div className="guided-answer-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">{t("lesson.check")}</button>
        <button type="button" className="guided-show" onClick={showMe}>
          {t("lesson.showMe")}
        </button>
      </div>
      <p className="guided-feedback" role="status" data-verdict={verdict?.verdict} data-shown={shown || undefined}>
        {feedback}
      </p>
    </form>
  );
}
