import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createAppStore, StoreProvider } from "./store";
import { App } from "./views/App";
import "./styles.css";

const store = createAppStore();
const root = document.getElementById("root");
if (!root) throw new Error("index.html needs a #root element");

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
