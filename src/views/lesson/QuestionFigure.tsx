import { Grid, type GridCell } from "../grid/Grid";
import type { Figure, FigureGrid } from "../../model/lesson/question";
import { formatNumber } from "../../format/number";
import { useT } from "../useT";

/**
 * A question's numbers drawn with the explorer's own grid: the input, the kernel, and the result
 * with the cell asked about shown "?" until the question is settled (the other cells stay blank,
 * so the figure never tells the answer before the student has predicted it).
 */
export function QuestionFigure({ figure, answer, settled }: { figure: Figure; answer: number; settled: boolean }) {
  const t = useT();
  const values = (name: string, g: FigureGrid, caption: "lesson.figure.input" | "lesson.figure.kernel") => (
    <Grid
      name={name}
      size="sm"
      caption={t(caption, { h: g.rows, w: g.cols })}
      ariaLabel={t(caption, { h: g.rows, w: g.cols })}
      rows={g.rows}
      cols={g.cols}
      cell={(r, c): GridCell => {
        const v = formatNumber(g.values[r * g.cols + c]);
        return { text: v, aria: t("lesson.figure.cell", { r, c, v }) };
      }}
    />
  );
  const out = figure.output;
  return (
    <div className="guided-figure" role="group" aria-label={t("lesson.figure.label")}>
      {values("question-input", figure.input, "lesson.figure.input")}
      {values("question-kernel", figure.kernel, "lesson.figure.kernel")}
      {out ? (
        <Grid
          name="question-output"
          size="sm"
          caption={t("lesson.figure.output", { h: out.rows, w: out.cols })}
          ariaLabel={t("lesson.figure.output", { h: out.rows, w: out.cols })}
          rows={out.rows}
          cols={out.cols}
          cell={(r, c): GridCell => {
            const asked = out.ask !== null && out.ask[0] === r && out.ask[1] === c;
            if (!asked) return { text: "", pending: true, aria: t("lesson.figure.blank") };
            const text = settled ? formatNumber(answer) : "?";
            return { text, role: "written", aria: settled ? t("lesson.figure.asked", { v: text }) : t("lesson.figure.ask") };
          }}
        />
      ) : null}
    </div>
  );
}
