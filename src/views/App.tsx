import { useEffect } from "react";
import { useAppStore, useAppStoreApi } from "../store";
import { ErrorBoundary } from "./ErrorBoundary";
import { Header } from "./Header";
import { SeedView } from "./seed/SeedView";
import { ParamsPanel } from "./controls/ParamsPanel";
import { FormulaPanel } from "./controls/FormulaPanel";
import { EditToolbar } from "./edit/EditToolbar";
import { MatrixView } from "./matrix/MatrixView";
import { CodePanel } from "./code/CodePanel";
import { useT } from "./useT";

export function App() {
  const t = useT();
  const api = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t("app.title")} · ${t("app.titleAlt")}`;
  }, [lang, t]);
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <ErrorBoundary title={t("boundary.title")} retryLabel={t("boundary.retry")} onRetry={() => api.getState().resetToSeed()}>
          <div className="explorer-layout">
            <aside className="explorer-sidebar">
              <ParamsPanel />
              <FormulaPanel />
              <EditToolbar grid="input" />
              <EditToolbar grid="kernel" />
            </aside>
            <div className="explorer-workspace">
              <SeedView />
              <MatrixView />
              <CodePanel />
            </div>
          </div>
        </ErrorBoundary>
      </main>
    </div>
  );
}
