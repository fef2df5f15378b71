import type { Chapter } from "../../model/lesson/chapters";
import { isPlainClick } from "../share/ExplorerLink";
import { useT } from "../useT";

/**
 * The chapters, numbered, each a real link (?lesson=N) with a check mark once done; the current
 * one is marked for assistive technology with aria-current.
 */
export function ChapterList({ chapters, current, done, onOpen }: { chapters: readonly Chapter[]; current: number; done: readonly number[]; onOpen: (n: number) => void }) {
  const t = useT();
  return (
    <nav className="guided-chapters" aria-label={t("lesson.chapterList")}>
      <ol>
        {chapters.map((c) => {
          const isDone = done.includes(c.number);
          return (
            <li key={c.id} data-done={isDone || undefined}>
              <a
                href={`?lesson=${c.number}`}
                aria-current={c.number === current ? "step" : undefined}
                onClick={(e) => {
                  if (!isPlainClick(e)) return;
                  e.preventDefault();
                  onOpen(c.number);
                }}
              >
                <span className="guided-num" aria-hidden="true">
                  {c.number}
                </span>
                <span className="guided-chapter-title">{t(`lesson.ch.${c.id}.title`)}</span>
                {isDone ? (
                  <span className="guided-check" role="img" aria-label={t("lesson.doneMark")}>
                    ✓
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
