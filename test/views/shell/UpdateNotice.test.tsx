import { act, fireEvent, render, screen } from "@testing-library/react";
import type { RegisterSWOptions } from "vite-plugin-pwa/types";
import { describe, expect, test, vi } from "vitest";
import { startServiceWorker } from "../../../src/pwa/serviceWorker";
import { createAppStore, StoreProvider } from "../../../src/store";
import { OFFLINE_NOTICE_MS, UpdateNotice } from "../../../src/views/shell/UpdateNotice";

/** Starts the service worker code against a fake window and registration; returns its callbacks. */
async function started() {
  let options: RegisterSWOptions = {};
  const updateSW = vi.fn(async () => {});
  const registerSW = vi.fn((o: RegisterSWOptions = {}) => {
    options = o;
    return updateSW;
  });
  const win = { navigator: { serviceWorker: {} }, document: { readyState: "complete" }, addEventListener: vi.fn() } as unknown as Window;
  startServiceWorker({ win, enabled: true, loadRegister: async () => registerSW });
  await vi.waitFor(() => expect(registerSW).toHaveBeenCalled());
  return { options: () => options, updateSW };
}

function renderNotice(lang: "en" | "zh-CN") {
  const store = createAppStore();
  store.setState({ lang });
  render(
    <StoreProvider store={store}>
      <UpdateNotice />
    </StoreProvider>,
  );
}

describe("the service worker's one-line notice", () => {
  test("says nothing without a service worker (a dev server, a test, an old browser)", () => {
    const load = vi.fn();
    startServiceWorker({ win: { navigator: {} } as unknown as Window, enabled: true, loadRegister: load });
    startServiceWorker({ win: { navigator: { serviceWorker: {} } } as unknown as Window, enabled: false, loadRegister: load });
    expect(load).not.toHaveBeenCalled();
    renderNotice("en");
    expect(screen.queryByRole("status")).toBeNull();
  });

  test("after the first visit's precaching: ready offline, in one line, until dismissed", async () => {
    const sw = await started();
    renderNotice("en");
    act(() => sw.options().onOfflineReady?.());
    expect(screen.getByRole("status").textContent).toContain("Ready to work offline");
    fireEvent.click(screen.getByRole("button", { name: "Dismiss this notice" }));
    expect(screen.queryByRole("status")).toBeNull();
  });

  test("the ready-offline line goes by itself, so it does not cover the player for long; a waiting update stays", async () => {
    const sw = await started();
    vi.useFakeTimers();
    try {
      renderNotice("en");
      act(() => sw.options().onOfflineReady?.());
      act(() => vi.advanceTimersByTime(OFFLINE_NOTICE_MS - 100));
      expect(screen.getByRole("status").textContent).toContain("Ready to work offline");
      act(() => vi.advanceTimersByTime(200));
      expect(screen.queryByRole("status")).toBeNull();
      act(() => sw.options().onNeedRefresh?.());
      act(() => vi.advanceTimersByTime(OFFLINE_NOTICE_MS * 3));
      expect(screen.getByRole("status").textContent).toContain("it opens the next time you visit");
      act(() => screen.getByRole("button", { name: "Dismiss this notice" }).click());
    } finally {
      vi.useRealTimers();
    }
  });

  test("a new build waiting: it opens on the next visit, or now at a click, in Chinese too", async () => {
    const sw = await started();
    renderNotice("zh-CN");
    act(() => sw.options().onNeedRefresh?.());
    expect(screen.getByRole("status").textContent).toContain("新版本已就绪：下次打开时启用。");
    fireEvent.click(screen.getByRole("button", { name: "立即使用" }));
    expect(sw.updateSW).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole("button", { name: "关闭此提示" }));
    expect(screen.queryByRole("status")).toBeNull();
  });

  test("registers once the page has loaded and the first result is shown, not before", async () => {
    const load = vi.fn(async () => vi.fn(() => vi.fn(async () => {})));
    const listeners: Record<string, () => void> = {};
    const win = {
      navigator: { serviceWorker: {} },
      document: { readyState: "loading" },
      addEventListener: (type: string, fn: () => void) => (listeners[type] = fn),
    } as unknown as Window;
    let shown!: () => void;
    const after = new Promise<void>((resolve) => (shown = resolve));
    startServiceWorker({ win, enabled: true, loadRegister: load, after });
    listeners.load();
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    shown();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  });
});
