import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadLanguage, needMessages } from "./i18n";
import { startServiceWorker } from "./pwa/serviceWorker";
import { createAppStore, StoreProvider } from "./store";
import { Router } from "./views/Router";
import { startUrlSync } from "./url/sync";
import { hasPackedFragment, loadPacker } from "./url/fragment";
import "./styles.css";

const store = createAppStore();
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
const start = async (): Promise<void> => {
  // A link with long grids packs them in its fragment: its DEFLATE code comes first (a link
  // without one, the usual case, fetches nothing). If it cannot come, decode says so.
  if (hasPackedFragment(window.location.hash)) await loadPacker().catch(() => undefined);
  // Every state is a link: read this one before the first render, then keep the address bar live.
  startUrlSync(store, window);
  await loadLanguage(store.getState().lang).catch((error: unknown) => {
    console.warn("the page's language could not be loaded; showing English", error);
  });
  render();
};
void start();
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
// The links the app writes pack long grids with the same code, and the words of refusals are their
// own part of the catalogue (i18n/index.ts): both fetched once the start page is up.
void firstResult.then(() => Promise.all([loadPacker(), needMessages("later")])).catch(() => undefined);
