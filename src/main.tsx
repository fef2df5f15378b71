import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadLanguage } from "./i18n";
import { startServiceWorker } from "./pwa/serviceWorker";
import { createAppStore, StoreProvider } from "./store";
import { Router } from "./views/Router";
import { startUrlSync } from "./url/sync";
import "./styles.css";

const store = createAppStore();
// Every state is a link: read this one before the first render, then keep the address bar live.
startUrlSync(store, window);
const root = document.getElementById("root");
if (!root) throw new Error("index.html needs a #root element");

const render = (): void => {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <Router />
      </StoreProvider>
    </StrictMode>,
  );
};
// The link's language is fetched before the first render (English is in this chunk; Chinese is
// its own), so a Chinese link never flashes English. If it cannot be fetched, English it is.
loadLanguage(store.getState().lang).then(render, (error: unknown) => {
  console.warn("the page's language could not be loaded; showing English", error);
  render();
});
// Offline after this visit (build/pwa.ts): registered a second after the start page has its first
// result (or after a few seconds, on a page that computes nothing), so the seed grid's bytes and
// its first paint come first.
const firstResult = new Promise<void>((resolve) => {
  const done = (): void => {
    unsubscribe();
    setTimeout(resolve, 1000);
  };
  const unsubscribe = store.subscribe((s) => {
    if (s.exploration) done();
  });
  setTimeout(done, 5000);
});
startServiceWorker({ after: firstResult });
