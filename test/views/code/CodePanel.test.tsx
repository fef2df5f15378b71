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
    expect(screen.getByRole("heading", { name: "Code: PyTorch, Keras, ONNX" })).toBeTruthy();
    expect(screen.getByText("Output (computed by this app)")).toBeTruthy();
  });

  test("Keras: channels-last, the weight transposed to [kH, kW, out, in], and the same printed list from Keras' own layer", async () => {
    await renderPanel({ initial: { params: REVERSE } });
    fireEvent.click(screen.getByRole("tab", { name: "Keras" }));
    const code = screen.getByRole("region", { name: "Keras snippet that reproduces this configuration" }).textContent ?? "";
    expect(code).toContain(".transpose(0, 2, 3, 1)  # channels-last [N, H, W, C]");
    expect(code).toContain(".transpose(2, 3, 1, 0)  # Keras kernel [kH, kW, C_out, C_in]");
    expect(screen.getByTestId("code-layer").textContent).toBe(
      'keras.layers.Conv2DTranspose(1, (3, 3), strides=(1, 1), padding="valid", output_padding=None, dilation_rate=(1, 1), use_bias=False)',
    );
    expect(printed()).toBe("[[[[18.0, 45.0, 45.0, 27.0], [36.0, 90.0, 90.0, 54.0], [36.0, 90.0, 90.0, 54.0], [18.0, 45.0, 45.0, 27.0]]]]");
  });

  test("a padding Keras cannot express is said in one line; ONNX writes it as pads", async () => {
    const params = { ...seedParams(), mode: "transposed" as const, inH: 3, inW: 3, input: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), stride: [2, 2] as [number, number], padding: [1, 1] as [number, number], outputPadding: [1, 1] as [number, number] };
    await renderPanel({ initial: { params } });
    fireEvent.click(screen.getByRole("tab", { name: "Keras" }));
    expect(screen.getByTestId("code-cannot").textContent).toBe(
      'Keras cannot express this configuration: Keras\' padding is only "same" or "valid": neither gives padding=(1, 1), output_padding=(1, 1).',
    );
    fireEvent.click(screen.getByRole("tab", { name: "ONNX" }));
    expect(screen.getByTestId("code-layer").textContent).toBe(
      "ConvTranspose(kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1], output_padding=[1, 1], dilations=[1, 1], group=1)",
    );
    expect(printed()).toBe(snippetOutput(explore(toExploreParams(params)).output));
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
    expect(screen.getByRole("heading", { name: "代码：PyTorch、Keras、ONNX" })).toBeTruthy();
    expect(screen.getByText("输出（由本应用计算）")).toBeTruthy();
    expect(screen.getByRole("button", { name: "复制" })).toBeTruthy();
  });
});
