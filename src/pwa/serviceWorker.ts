/**
 * The service worker's life as the page sees it (see build/pwa.ts): registered once the page has
 * loaded (so its precaching of the whole app never competes with the first visit's own
 * downloads), and only in a build, where navigator.serviceWorker exists: the dev server and the
 * tests have none. The state is what the one-line notice says.
 */
export type ServiceWorkerState =
  /** Nothing to say: no service worker, or it already served this visit. */
  | "idle"
  /** The first visit's precaching finished: from now on the app opens with the network gone. */
  | "offline-ready"
  /** A newer build is installed and waits: it takes over on the next visit. */
  | "update-waiting";

let state: ServiceWorkerState = "idle";
let update: ((reloadPage?: boolean) => Promise<void>) | null = null;
const listeners = new Set<() => void>();

function set(next: ServiceWorkerState): void {
  state = next;
  for (const listener of [...listeners]) listener();
}

export function serviceWorkerState(): ServiceWorkerState {
  return state;
}

export function onServiceWorkerState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the notice (the reader dismissed it); the waiting update still takes over next visit. */
export function dismissServiceWorkerNotice(): void {
  set("idle");
}

/** Takes the waiting build now: it activates and the page reloads into it. */
export function takeUpdateNow(): void {
  void update?.(true);
}

type Register = typeof import("virtual:pwa-register")["registerSW"];

/**
 * Registers the service worker once `win` has loaded. `enabled` (a production build) and
 * `loadRegister` (vite-plugin-pwa's registration code, its own chunk) are parameters for the tests.
 */
export function startServiceWorker(
  win: Window = window,
  enabled: boolean = import.meta.env.PROD,
  loadRegister: () => Promise<Register> = () => import("virtual:pwa-register").then((m) => m.registerSW),
): void {
  if (!enabled || !("serviceWorker" in win.navigator)) return;
  const register = (): void => {
    loadRegister()
      .then((registerSW) => {
        update = registerSW({
          immediate: true,
          onNeedRefresh: () => set("update-waiting"),
          onOfflineReady: () => set("offline-ready"),
          onRegisterError: (error: unknown) => console.warn("the service worker could not be registered; the app works, but not offline", error),
        });
      })
      .catch((error: unknown) => console.warn("the service worker's registration code could not be loaded", error));
  };
  if (win.document.readyState === "complete") register();
  else win.addEventListener("load", register, { once: true });
}
