import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { explore } from "../../../src/core";
import { pytorchSnippet, snippetOutput } from "../../../src/format/pytorchSnippet";
import { seedParams, toExploreParams, type ExplorerParams } from "../../../src/params/explorerParams";
import { createAppStore, StoreProvider, type AppStoreOptions } from "../../../src/store";
import { CodePanel } from "../../../src/views/code/CodePanel";

const REVERSE: ExplorerParams = { ...seedParams(), mode: "transposed", inH: 2, inW: 2, input: Float64Array.from([18, 27, 18, 27]) };

async function renderPanel(options: AppStoreOptions = {}) {
  const store = createAppStore(options);
  render(
    <StoreProvider store={store}>
      <CodePanel />
    </StoreProvider>,
  );
  await act(() => store.getState().compute());
  return store;
}

const snippet = () => screen.getByRole("region", { name: "PyTorch snippet that reproduces this configuration" }).textContent ?? "";
const printed = () => screen.getByRole("region", { name: "The list the snippet prints, computed by this app" }).textContent ?? "";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the code panel", () => {
  test("the seed's reverse: a conv_transpose2d snippet, and beside it the list it prints", async () => {
    await renderPanel({ initial: { params: REVERSE } });
    expect(snippet()).toContain("y = F.conv_transpose2d(x, w, stride=(1, 1), padding=(0, 0), output_padding=(0, 0), groups=1, dilation=(1, 1))");
    expect(snippet()).toBe(pytorchSnippet(toExploreParams(REVERSE)));
    expect(printed()).toBe(snippetOutput(explore(toExploreParams(REVERSE)).output));
    expect(printed()).toBe("[[[[18.0, 45.0, 45.0, 27.0], [36.0, 90.0, 90.0, 54.0], [36.0, 90.0, 90.0, 54.0], [18.0, 45.0, 45.0, 27.0]]]]");
    expect(screen.getByRole("heading", { name: "PyTorch code" })).toBeTruthy();
    expect(screen.getByText("Output (computed by this app)")).toBeTruthy();
  });

  test("the seed itself is a conv2d call printing [[18, 27], [18, 27]]", async () => {
    await renderPanel();
    expect(snippet()).toContain("y = F.conv2d(x, w, stride=(1, 1), padding=(0, 0), groups=1, dilation=(1, 1))");
    expect(printed()).toBe("[[[[18.0, 27.0], [18.0, 27.0]]]]");
  });

  test("true convolution: the weight as typed plus torch.flip, and the output of the flipped kernel", async () => {
    const params = { ...seedParams(), weight: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), flip: true };
    await renderPanel({ initial: { params } });
    expect(snippet()).toContain("w = torch.tensor([[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]], dtype=torch.float64)");
    expect(snippet()).toContain("w = torch.flip(w, dims=[-2, -1])");
    expect(printed()).toBe("[[[[84.0, 129.0], [84.0, 129.0]]]]");
  });

  test("an edit updates both after the recompute", async () => {
    const store = await renderPanel();
    await act(async () => {
      store.getState().setValue("input", 0, 10);
      await store.getState().compute();
    });
    expect(snippet()).toContain("[[[[10.0, 2.0, 3.0, 4.0]");
    expect(printed()).toBe("[[[[27.0, 27.0], [18.0, 27.0]]]]");
  });

  test("Copy writes the snippet to the clipboard and says Copied", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    await renderPanel({ initial: { params: REVERSE } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copy" }));
    });
    expect(writeText).toHaveBeenCalledWith(snippet());
    expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain("Copied");
  });

  test("when the clipboard is refused, the code is selected and the person is told to press Ctrl+C", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText: () => Promise.reject(new Error("denied")) } });
    await renderPanel();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copy output" }));
    });
    expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain("The browser blocked copying: the text is selected, press Ctrl+C.");
    expect(window.getSelection()?.toString()).toBe(printed());
  });

  test("speaks Chinese", async () => {
    await renderPanel({ initial: { lang: "zh-CN" } });
    expect(screen.getByRole("heading", { name: "PyTorch 代码" })).toBeTruthy();
    expect(screen.getByText("输出（由本应用计算）")).toBeTruthy();
    expect(screen.getByRole("button", { name: "复制" })).toBeTruthy();
  });
});
