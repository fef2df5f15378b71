import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { createAppStore, StoreProvider } from "../../../src/store";
import { Router } from "../../../src/views/Router";

function renderRouter(page?: "explorer" | "gallery" | "learn") {
  const store = createAppStore();
  if (page) store.setState({ page });
  render(
    <StoreProvider store={store}>
      <Router />
    </StoreProvider>,
  );
  return store;
}

describe("pages", () => {
  test("the explorer is the default page, with the navigation marking it current", async () => {
    renderRouter();
    expect(screen.getByRole("link", { name: "Explorer" }).getAttribute("aria-current")).toBe("page");
    await waitFor(() => expect(document.querySelector('[data-grid="input"]')).not.toBeNull());
  });

  test("another page replaces the explorer, and a plain click on a link switches page in place", () => {
    const store = renderRouter("learn");
    expect(document.querySelector('[data-page="learn"]')).not.toBeNull();
    expect(document.querySelector('[data-grid="input"]')).toBeNull();
    const link = screen.getByRole("link", { name: "Presets" });
    expect(link.getAttribute("href")).toBe("?page=gallery");
    act(() => {
      fireEvent.click(link, { button: 0 });
    });
    expect(store.getState().page).toBe("gallery");
  });

  test("a modified click (new tab) is left to the browser", () => {
    const store = renderRouter();
    const link = screen.getByRole("link", { name: "Applications" });
    const stopNavigation = (e: Event) => e.preventDefault(); // jsdom cannot open a new tab
    document.addEventListener("click", stopNavigation);
    fireEvent.click(link, { button: 0, ctrlKey: true });
    document.removeEventListener("click", stopNavigation);
    expect(store.getState().page).toBe("explorer");
  });

  test("the navigation speaks Chinese when the app does, and so does <html lang> on every page", () => {
    const store = createAppStore({ initial: { lang: "zh-CN" } });
    store.setState({ page: "gallery" });
    render(
      <StoreProvider store={store}>
        <Router />
      </StoreProvider>,
    );
    const nav = screen.getByRole("navigation", { name: "页面" });
    expect(within(nav).getByRole("link", { name: "棋盘效应" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
  });
});
