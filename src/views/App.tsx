import { useEffect } from "react";
import { useAppStore, useAppStoreApi } from "../store";
import { ErrorBoundary } from "./ErrorBoundary";
import { Header } from "./Header";
import { SeedView } from "./seed/SeedView";
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
          <SeedView />
        </ErrorBoundary>
      </main>
    </div>
  );
}
