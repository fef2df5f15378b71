import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { fill } from "../../../../src/core";
import { createAppStore, StoreProvider } from "../../../../src/store";
import type { LabImageName } from "../../../../src/model/pageSettings";
import type { Lang } from "../../../../src/i18n";
import { UpsamplePage } from "../../../../src/views/why/UpsamplePage";
import { formatWeight } from "../../../../src/views/why/upsample/KernelGrid";

const CHECKERBOARD: LabImageName = "checkerboard";

function renderLab(lang: Lang = "en", image?: LabImageName) {
  const store = createAppStore({ initial: { lang } });
  if (image) store.getState().setPageSettings("upsample", { image });
  const utils = render(
    <StoreProvider store={store}>
      <UpsamplePage />
    </StoreProvider>,
  );
  return { store, ...utils };
}

const status = () => screen.getByTestId("lab-status").textContent ?? "";
const textFile = () => new File(["just some notes"], "notes.txt", { type: "text/plain" });

describe("upsampling lab", () => {
  test("renders in English: the original, the input and the five methods, each with its PSNR", async () => {
    renderLab("en", CHECKERBOARD);
    expect(screen.getByRole("heading", { name: "Upsampling lab" })).toBeTruthy();
    await screen.findByTestId("panel-resize", {}, { timeout: 5000 });
    for (const name of ["Original", "Low-res input", "Nearest", "Bilinear", "Bicubic", "Transposed conv", "Resize-conv"]) {
      expect(screen.getByRole("group", { name }), name).toBeTruthy();
    }
    expect(within(screen.getByTestId("panel-bilinear")).getByText(/^PSNR \d+\.\d dB$/)).toBeTruthy();
    expect(status()).toMatch(/^192×128 → ×2 → 384×256 · main thread, \d+ ms$/);
    expect(screen.getByRole("img", { name: /^Nearest: the input upsampled ×2 to 384×256 pixels$/ })).toBeTruthy();
  });

  test("renders in Chinese", async () => {
    renderLab("zh-CN", CHECKERBOARD);
    expect(screen.getByRole("heading", { name: "上采样实验室" })).toBeTruthy();
    await screen.findByTestId("panel-resize", {}, { timeout: 5000 });
    for (const name of ["原图", "低分辨率输入", "最近邻", "双线性", "双三次", "转置卷积", "先缩放再卷积"]) {
      expect(screen.getByRole("group", { name }), name).toBeTruthy();
    }
    expect(status()).toMatch(/^192×128 → ×2 → 384×256 · 主线程，\d+ 毫秒$/);
  });

  test("×4 and the transposed convolution's kernel follow the settings; the heat map shows the kernel in use", async () => {
    renderLab("en", CHECKERBOARD);
    await screen.findByTestId("panel-resize", {}, { timeout: 5000 });
    const cells = () => Array.from(document.querySelectorAll('[data-grid="lab-kernel"]')).map((el) => el.textContent);
    expect(cells()).toEqual(fill("bilinear", 4, 4, { stride: 2 }).map(formatWeight));
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "×4" }));
    });
    await waitFor(() => expect(status()).toMatch(/^96×64 → ×4 → 384×256/), { timeout: 5000 });
    expect(document.querySelectorAll('[data-grid="lab-kernel"]')).toHaveLength(64);
    expect(within(screen.getByTestId("panel-transposed")).getByText(/8×8 bilinear/)).toBeTruthy();
  });

  test("a typed kernel is used as typed, and a malformed one is explained", async () => {
    renderLab("en", CHECKERBOARD);
    await screen.findByTestId("panel-resize", {}, { timeout: 5000 });
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "Typed" }));
    });
    const box = screen.getByLabelText("Weights, row by row");
    fireEvent.change(box, { target: { value: "1 2 3\n4 5" } });
    expect(screen.getByText("A kernel needs k×k numbers (1, 4, 9, 16, …); this has 5.")).toBeTruthy();
    fireEvent.change(box, { target: { value: "0 1 0; 1 2 1; 0 1 0" } });
    await waitFor(() => expect(within(screen.getByTestId("panel-transposed")).queryByText(/3×3 typed/)).toBeTruthy(), { timeout: 5000 });
    const cells = Array.from(document.querySelectorAll('[data-grid="lab-kernel"]')).map((el) => el.textContent);
    expect(cells).toEqual(["0", "1", "0", "1", "2", "1", "0", "1", "0"]);
  });

  test("a text file from the file picker gets a clear error, in English", async () => {
    renderLab("en", CHECKERBOARD);
    fireEvent.change(screen.getByTestId("image-file"), { target: { files: [textFile()] } });
    const error = await screen.findByTestId("file-error");
    expect(error.textContent).toBe("“notes.txt” is not an image (text/plain). Choose a PNG, JPEG, GIF, WebP or BMP file.");
    expect(error.getAttribute("role")).toBe("alert");
  });

  test("a text file dropped on the panels gets the error, in Chinese", async () => {
    renderLab("zh-CN", CHECKERBOARD);
    const zone = document.querySelector(".drop-zone") as HTMLElement;
    fireEvent.dragOver(zone, { dataTransfer: { files: [textFile()] } });
    expect(screen.getByText("松开鼠标即可比较这张图像")).toBeTruthy();
    fireEvent.drop(zone, { dataTransfer: { files: [textFile()] } });
    const error = await screen.findByTestId("file-error");
    expect(error.textContent).toBe("“notes.txt”不是图像（text/plain）。请选择 PNG、JPEG、GIF、WebP 或 BMP 文件。");
    expect(screen.queryByText("松开鼠标即可比较这张图像")).toBeNull();
  });

  test("a bundled photo that this environment cannot decode says so instead of failing silently", async () => {
    renderLab("en");
    await waitFor(() => expect(status()).toBe("This image could not be loaded here. Pick a test pattern, or open your own image."));
    expect(screen.getByText("Photo: Stéfan van der Walt, CC0 (scikit-image sample data).")).toBeTruthy();
  });

  test("a kernel learned on the learn page can be used here, and becomes a typed kernel that a link carries", async () => {
    const store = createAppStore({ initial: { lang: "en" } });
    render(
      <StoreProvider store={store}>
        <UpsamplePage />
      </StoreProvider>,
    );
    expect(screen.queryByRole("button", { name: /Use the kernel learned/ })).toBeNull();
    const values = [0.05, 0.13, 0.14, 0.06, 0.14, 0.71812, 0.7, 0.13, 0.15, 0.72, 0.71, 0.13, 0.06, 0.17, 0.15, 0.03];
    act(() => store.getState().setLearnedKernel({ k: 4, s: 2, step: 500, values }));
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "Use the kernel learned on “A kernel that learns” (4×4, s=2, after 500 steps)" }));
    });
    const rounded = values.map((v) => Math.round(v * 1e4) / 1e4);
    expect(store.getState().pageSettings.upsample).toMatchObject({ kernel: "typed", typed: { k: 4, values: rounded } });
  });

  test("settings from a link open as such (×4, a typed 3×3 kernel, the difference view), and the controls write them back", async () => {
    const typed = { k: 3, values: [0, 1, 0, 1, 2, 1, 0, 1, 0] };
    const store = createAppStore({ initial: { lang: "en" } });
    store.getState().setPageSettings("upsample", { image: "checkerboard", scale: 4, kernel: "typed", typed, view: "diff", lensSize: 64 });
    render(
      <StoreProvider store={store}>
        <UpsamplePage />
      </StoreProvider>,
    );
    await waitFor(() => expect(status()).toMatch(/^96×64 → ×4 → 384×256/), { timeout: 5000 });
    expect(Array.from(document.querySelectorAll('[data-grid="lab-kernel"]'), (el) => el.textContent)).toEqual(["0", "1", "0", "1", "2", "1", "0", "1", "0"]);
    expect((screen.getByLabelText("Weights, row by row") as HTMLTextAreaElement).value).toBe("0 1 0\n1 2 1\n0 1 0");
    expect(screen.getByRole("button", { name: "×4" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "64 px" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "Difference" }).getAttribute("aria-pressed")).toBe("true");
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "×2" }));
    });
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "Bilinear" }));
    });
    // The typed kernel is kept while another kind is chosen, so a link can still carry it.
    expect(store.getState().pageSettings.upsample).toMatchObject({ scale: 2, kernel: "bilinear", kernelSize: 4, typed });
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "×4" }));
    });
    // A bilinear kernel follows the scale, k = 2s.
    expect(store.getState().pageSettings.upsample).toMatchObject({ scale: 4, kernelSize: 8 });
  });
});
