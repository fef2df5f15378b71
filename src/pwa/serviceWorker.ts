/**
 * The service worker's life as the page sees it (see build/pwa.ts): registered once the page has
 * loaded and shown its first result (so its precaching of the whole app never competes with the
 * first visit's own downloads), and only in a build, where navigator.serviceWorker exists: the dev server and the
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

export interface StartOptions {
  win?: Window;
  /** A production build (the dev server and the tests have no service worker). */
  enabled?: boolean;
  /** vite-plugin-pwa's registration code, its own chunk (a parameter for the tests). */
  loadRegister?: () => Promise<Register>;
  /** Waited for as well as the load event: the start page's first result, so its bytes go first. */
  after?: Promise<unknown>;
}

/** Registers the service worker once the page has loaded and `after` has settled. */
export function startServiceWorker({
  win = window,
  enabled = import.meta.env.PROD,
  loadRegister = () => import("virtual:pwa-register").then((m) => m.registerSW),
  after = Promise.resolve(),
}: StartOptions = {}): void {
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
  const loaded = new Promise<void>((resolve) => {
    if (win.document.readyState === "complete") resolve();
    else win.addEventListener("load", () => resolve(), { once: true });
  });
  void Promise.all([loaded, after.catch(() => undefined)]).then(register);
}
