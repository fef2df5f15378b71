import { useMemo } from "react";
import { seedParams } from "../../params/explorerParams";
import { useT } from "../useT";
import { ExplorerLink } from "../share/ExplorerLink";
import type { MovingEntry } from "./primer/MatrixMove";
import { TransposeCard } from "./primer/TransposeCard";
import { useSeedMatrix } from "./primer/useSeedMatrix";
import "./learn.css";
import "./primer/primer.css";

const SUB = "₀₁₂₃₄₅₆₇₈₉";
const sub = (n: number) => String(n).replace(/\d/g, (d) => SUB[Number(d)]);

/** A small matrix, 3×4, numbered 1…12 row by row. */
const A_ROWS = 3;
const A_COLS = 4;
const A_ENTRIES: MovingEntry[] = Array.from({ length: A_ROWS * A_COLS }, (_, i) => {
  const r = Math.floor(i / A_COLS);
  const c = i % A_COLS;
  return { key: `a${i}`, r, c, text: String(i + 1), group: r, label: `A[${r},${c}] = ${i + 1}` };
});

/**
 * §1 Transposing a matrix: the bridge from "a transpose rearranges data" to the transposed
 * convolution. A small matrix moves into its transpose, then the seed's convolution matrix C (4×16)
 * does the same move into Cᵀ (16×4), with a link to the explorer's matrix view.
 */
export function TransposePage() {
  const t = useT();
  const matrix = useSeedMatrix();
  const cEntries = useMemo<MovingEntry[]>(() => {
    if (!matrix) return [];
    const out: MovingEntry[] = [];
    for (let r = 0; r < matrix.rows; r++)
      for (let e = matrix.rowPtr[r]; e < matrix.rowPtr[r + 1]; e++) {
        const k = matrix.kernelIdx[e];
        const c = matrix.colIdx[e];
        const w = `w${sub(Math.floor(k / 3))}${sub(k % 3)}`;
        out.push({
          key: `c${e}`,
          r,
          c,
          text: w,
          group: r,
          label: t("learn.primer.entryLabel", { r, c, w, v: matrix.values[e], oy: Math.floor(r / 2), ox: r % 2, iy: Math.floor(c / 4), ix: c % 4 }),
        });
      }
    return out;
  }, [matrix, t]);

  return (
    <div className="lesson-page primer-page">
      <header className="lesson-head">
        <h1>{t("learn.primer.title")}</h1>
        <p className="lesson-lead">{t("learn.primer.lead")}</p>
      </header>
      <div className="primer-grid">
        <TransposeCard
          id="small"
          title={t("learn.primer.smallTitle")}
          rows={A_ROWS}
          cols={A_COLS}
          entries={A_ENTRIES}
          cell={46}
          fontSize={17}
          caption={(tr) => (tr ? t("learn.primer.smallAfter") : t("learn.primer.smallBefore"))}
          ariaLabel={(tr) => (tr ? t("learn.primer.smallAfterAria") : t("learn.primer.smallBeforeAria"))}
        >
          <p>{t("learn.primer.smallRule")}</p>
          <p>{t("learn.primer.smallWhy")}</p>
        </TransposeCard>
        {matrix ? (
          <TransposeCard
            id="conv"
            title={t("learn.primer.convTitle")}
            rows={matrix.rows}
            cols={matrix.cols}
            entries={cEntries}
            cell={27}
            fontSize={10.5}
            caption={(tr) =>
              tr
                ? t("learn.primer.convAfter", { rows: matrix.cols, cols: matrix.rows, nnz: cEntries.length })
                : t("learn.primer.convBefore", { rows: matrix.rows, cols: matrix.cols, nnz: cEntries.length })
            }
            ariaLabel={(tr) =>
              tr
                ? t("learn.primer.convAfterAria", { rows: matrix.cols, cols: matrix.rows, nnz: cEntries.length })
                : t("learn.primer.convBeforeAria", { rows: matrix.rows, cols: matrix.cols, nnz: cEntries.length })
            }
          >
            <p>{t("learn.primer.convGather")}</p>
            <p>{t("learn.primer.convScatter")}</p>
            <p className="primer-key">{t("learn.primer.convKey")}</p>
            <p>
              <ExplorerLink target={{ params: seedParams(), views: ["matrix"] }} className="lesson-explorer-link lesson-button">
                {t("learn.primer.openMatrix")}
              </ExplorerLink>
            </p>
          </TransposeCard>
        ) : (
          <section className="lesson-card primer-card">
            <p className="lesson-small">{t("learn.preparing")}</p>
          </section>
        )}
      </div>
    </div>
  );
}
