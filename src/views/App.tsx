import { useEffect } from "react";
import { useAppStore, useAppStoreApi } from "../store";
import { ErrorBoundary, Part } from "./ErrorBoundary";
import { Header } from "./Header";
import { ExplorerView } from "./explorer/ExplorerView";
import { ParamsPanel } from "./controls/ParamsPanel";
import { FormulaPanel } from "./controls/FormulaPanel";
import { CodePanel } from "./code/CodePanel";
import { useT } from "./useT";


/**
 * The explorer page: the parameters and formulas in a sidebar, the views, timeline and step in
 * the workspace, the PyTorch code below. Each part renders on its own (an empty part takes no room).
 * data-present and data-embed on the root let presenter and embed styles drop the chrome.
 */
export function App() {
  const t = useT();
  const api = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const present = useAppStore((s) => s.present);
  const embed = useAppStore((s) => s.embed);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t("app.title")} · ${t("app.titleAlt")}`;
  }, [lang, t]);
  return (
    <div className="app" data-present={present || undefined} data-embed={embed || undefined}>
      <Header />
      <main className="app-main">
        <ErrorBoundary title={t("boundary.title")} retryLabel={t("boundary.retry")} onRetry={() => api.getState().resetToSeed()}>
          <div className="explorer-layout">
            <aside className="explorer-sidebar" aria-label={t("layout.sidebar")}>
              <Part>
                <ParamsPanel />
              </Part>
              <Part>
                <FormulaPanel />
              </Part>
            </aside>
            <div className="explorer-workspace">
              <ExplorerView />
              <Part>
                <CodePanel />
              </Part>
            </div>
          </div>
        </ErrorBoundary>
      </main>
    </div>
  );
}
