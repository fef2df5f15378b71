import type { Chapter } from "../../model/lesson/chapters";
import { CodePanel } from "../code/CodePanel";
import { FormulaPanel } from "../controls/FormulaPanel";
import { Part } from "../ErrorBoundary";
import { ExplorerView } from "../explorer/ExplorerView";
import { PageLink } from "../share/PageLink";
import { useT } from "../useT";
import { ApplicationsPage } from "../why/ApplicationsPage";
import { CheckerboardPage } from "../why/CheckerboardPage";
import { TransposePage } from "../why/TransposePage";
import { UpsamplePage } from "../why/UpsamplePage";

const PAGES = { transpose: TransposePage, upsample: UpsamplePage, applications: ApplicationsPage, checkerboard: CheckerboardPage } as const;

/**
 * The live view a chapter configures: the explorer itself (set to the chapter's configuration by
 * the lesson page), or one of the "why" pages, or for the summary the ways on. Nothing is copied:
 * these are the app's own components.
 */
export function ChapterLive({ chapter }: { chapter: Chapter }) {
  const t = useT();
  const show = chapter.show;
  if (show.kind === "page") {
    const Page = PAGES[show.page];
    return (
      <Part>
        <Page />
      </Part>
    );
  }
  if (show.kind === "explorer") {
    return (
      <>
        <ExplorerView />
        {chapter.id === "sizes" ? (
          <Part>
            <FormulaPanel />
          </Part>
        ) : null}
        {chapter.id === "conv" ? (
          <Part>
            <CodePanel />
          </Part>
        ) : null}
      </>
    );
  }
  return (
    <div className="guided-onward">
      <PageLink page="explorer" className="guided-cta">
        {t("lesson.toExplorer")}
      </PageLink>
      <PageLink page="practice" className="guided-cta">
        {t("lesson.toPractice")}
      </PageLink>
    </div>
  );
}
