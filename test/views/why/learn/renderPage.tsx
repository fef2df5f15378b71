import { render } from "@testing-library/react";
import { vi } from "vitest";
import type { ReactNode } from "react";
import { createAppStore, StoreProvider, type AppStore } from "../../../../src/store";
import { createWhyClient, type WhyClient } from "../../../../src/worker/train/client";
import { WhyClientProvider } from "../../../../src/views/why/learn/whyClient";

/** Renders one of the lesson pages on a fresh store, with a main-thread "why" client (no Worker in jsdom). */
export function renderPage(page: ReactNode, lang: "en" | "zh-CN" = "en"): { store: AppStore; client: WhyClient } & ReturnType<typeof render> {
  const store = createAppStore({ initial: { lang } });
  const client = createWhyClient();
  const utils = render(
    <StoreProvider store={store}>
      <WhyClientProvider client={client}>{page}</WhyClientProvider>
    </StoreProvider>,
  );
  return { store, client, ...utils };
}

/** What the stub 2D contexts were asked to paint: one entry per putImageData, by canvas label. */
export const painted: { label: string; width: number; height: number; data: Uint8ClampedArray }[] = [];

/**
 * jsdom has no canvas: a stub 2D context that keeps every painted image (so a test can check that
 * the output was drawn) instead of jsdom's "not implemented" error.
 */
export function stubCanvas(): void {
  painted.length = 0;
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(function (this: HTMLCanvasElement) {
    const canvas = this;
    return {
      createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(4 * w * h) }),
      putImageData: (img: { width: number; height: number; data: Uint8ClampedArray }) =>
        painted.push({ label: canvas.getAttribute("aria-label") ?? "", width: img.width, height: img.height, data: img.data }),
    } as unknown as CanvasRenderingContext2D;
  } as never);
}
