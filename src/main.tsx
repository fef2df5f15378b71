import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createAppStore, StoreProvider } from "./store";
import { Router } from "./views/Router";
import { startUrlSync } from "./url/sync";
import "./styles.css";

const store = createAppStore();
// Every state is a link: read this one before the first render, then keep the address bar live.
startUrlSync(store, window);
const root = document.getElementById("root");
if (!root) throw new Error("index.html needs a #root element");

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <Router />
    </StoreProvider>
  </StrictMode>,
);
