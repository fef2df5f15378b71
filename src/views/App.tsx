import { useAppStore, useAppStoreApi } from "../store";
import { ErrorBoundary, Part } from "./ErrorBoundary";
import { Header } from "./Header";
import { ExplorerSidebar } from "./explorer/ExplorerSidebar";
import { ExplorerView } from "./explorer/ExplorerView";
import { ParamsPanel } from "./controls/ParamsPanel";
import { FormulaPanel } from "./controls/FormulaPanel";
import { CodePanel } from "./code/CodePanel";
import { ImportLayerBox } from "./explorer/ImportLayerBox";
import { ExportMenu } from "./export/ExportMenu";
import { StepNarration } from "./present/StepNarration";
import { PresenterProvider } from "./present/PresenterProvider";
import { CopyLink } from "./share/CopyLink";
import "./present/present.css";
import { useT } from "./useT";
import { LessonEntry } from "./lesson/LessonEntry";


/**
 * The explorer page: the parameters and formulas in a sidebar, the views, timeline and step in
 * the workspace, the PyTorch code below. Each part renders on its own (an empty part takes no room).
 * data-present and data-embed on the root let presenter and embed styles drop the chrome.
 */
export function App() {
  const t = useT();
  const api = useAppStoreApi();
  const present = useAppStore((s) => s.present);
  const embed = useAppStore((s) => s.embed);
  return (
    <PresenterProvider>
      {(layout) => (
    <div className="app" data-present={present || undefined} data-present-layout={present ? layout : undefined} data-embed={embed || undefined}>
      <Header />
      <main className="app-main">
        {/* Embed mode hides the header; the page still needs its one h1 for screen readers. */}
        {embed ? <h1 className="visually-hidden">{t("app.title")}</h1> : null}
        {embed || present ? null : <LessonEntry />}
        <ErrorBoundary title={t("boundary.title")} retryLabel={t("boundary.retry")} onRetry={() => api.getState().resetToSeed()}>
          <div className="explorer-layout">
            <ExplorerSidebar>
              <Part>
                <ParamsPanel />
              </Part>
              <Part>
                <FormulaPanel />
              </Part>
              <Part>
                <section className="panel share-panel" aria-labelledby="share-heading">
                  <h2 id="share-heading">{t("share.heading")}</h2>
                  <CopyLink />
                  <ExportMenu />
                </section>
              </Part>
            </ExplorerSidebar>
            <div className="explorer-workspace">
              <StepNarration />
              <ExplorerView />
              <Part>
                <ImportLayerBox />
              </Part>
              <Part>
                <CodePanel />
              </Part>
            </div>
          </div>
        </ErrorBoundary>
      </main>
    </div>
      )}
    </PresenterProvider>
  );
}
