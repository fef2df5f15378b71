import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { presets } from "../../../src/presets/presets";
import { createAppStore, StoreProvider } from "../../../src/store";
import { decode } from "../../../src/url/codec";
import { GalleryPage } from "../../../src/views/gallery/GalleryPage";

function renderGallery(lang: "en" | "zh-CN" = "en") {
  const store = createAppStore({ initial: { lang } });
  store.setState({ page: "gallery" });
  render(
    <StoreProvider store={store}>
      <GalleryPage />
    </StoreProvider>,
  );
  return store;
}

const cards = () => [...document.querySelectorAll<HTMLLIElement>(".preset-card")];

describe("the preset gallery", () => {
  test("shows every preset as a card whose title is a link to the preset's own URL", () => {
    renderGallery();
    expect(cards().map((c) => c.dataset.preset)).toEqual(presets().map((p) => p.id));
    for (const p of presets()) {
      const card = document.querySelector<HTMLElement>(`[data-preset="${p.id}"]`)!;
      const link = within(card).getByRole("link");
      const href = link.getAttribute("href")!;
      expect(href.startsWith("?v=1&")).toBe(true);
      const { state, fixes } = decode(href);
      expect(fixes, p.id).toEqual([]);
      expect(state.params, p.id).toEqual(p.state.params);
    }
  });

  test("each card has a title, one line of explanation and the sizes, and the link is described by them", () => {
    renderGallery();
    const link = screen.getByRole("link", { name: "Its reverse: 2×2 → 4×4" });
    const card = link.closest("li")!;
    expect(card.textContent?.replace(/\u00a0/g, " ")).toContain("The same all-ones kernel scatters [[18, 27], [18, 27]] back to 4×4");
    expect(card.querySelector(".preset-sizes")?.textContent).toBe("2×2 → 4×4, k=3, s=1");
    const described = (link.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described).toHaveLength(2);
    expect(described[1]).toBe("2×2 → 4×4, k=3, s=1");
    expect(screen.getByRole("link", { name: "Checkerboard artifacts" }).closest("li")?.textContent).toContain("4×4 → 9×9, k=3, s=2");
  });

  test("a plain click opens the preset in the explorer: its parameters, views, granularity and step", async () => {
    const store = renderGallery();
    store.setState({ step: 2, granularity: "mac" });
    const preset = presets().find((p) => p.id === "strided")!;
    act(() => {
      fireEvent.click(screen.getByRole("link", { name: "Strided" }), { button: 0 });
    });
    const s = store.getState();
    expect(s.page).toBe("explorer");
    expect(s.params).toEqual(preset.state.params);
    expect(s.params).not.toBe(preset.state.params);
    expect(s.granularity).toBe(preset.state.granularity);
    expect(s.views).toEqual(preset.state.views);
    expect(s.step).toBe(-1);
    await waitFor(() => expect(store.getState().exploredFrom).toBe(store.getState().params));
  });

  test("a modified click (new tab) is left to the browser", () => {
    const store = renderGallery();
    const stop = (e: Event) => e.preventDefault(); // jsdom cannot open a tab
    document.addEventListener("click", stop);
    fireEvent.click(screen.getByRole("link", { name: "Dilated" }), { button: 0, ctrlKey: true });
    document.removeEventListener("click", stop);
    expect(store.getState().page).toBe("gallery");
  });

  test("the links are reachable by keyboard, and Enter on one opens its preset", () => {
    const store = renderGallery();
    const link = screen.getByRole("link", { name: "U-Net up-convolution" });
    link.focus();
    expect(document.activeElement).toBe(link);
    // a browser turns Enter on a link into a click
    act(() => {
      fireEvent.click(link, { button: 0, detail: 0 });
    });
    expect(store.getState().params.kH).toBe(2);
    expect(store.getState().page).toBe("explorer");
  });

  test("thumbnails show a placeholder, then the computed output", async () => {
    renderGallery();
    const thumbs = () => [...document.querySelectorAll("svg.thumb")];
    expect(thumbs()).toHaveLength(presets().length);
    await waitFor(() => expect(thumbs().every((t) => t.getAttribute("data-ready") === "true")).toBe(true), { timeout: 5000 });
    const seed = document.querySelector('[data-preset="seedReverse"] [data-thumb="output"]')!;
    expect([...seed.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["18", "45", "45", "27", "36", "90", "90", "54", "36", "90", "90", "54", "18", "45", "45", "27"]);
    expect(document.querySelector(".preset-drawing")).toBeNull();
  });

  test("speaks Chinese when the app does", () => {
    renderGallery("zh-CN");
    expect(screen.getByRole("heading", { name: "预设库" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "棋盘效应" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "卷积算术（转置形式）" })).toBeTruthy();
    expect(document.querySelector(".gallery")?.getAttribute("lang")).toBe("zh-CN");
  });
});
