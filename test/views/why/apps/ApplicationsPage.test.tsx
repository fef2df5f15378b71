import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { dcganGenerator, encoderDecoder } from "../../../../src/core";
import { decode } from "../../../../src/url/codec";
import { ApplicationsPage } from "../../../../src/views/why/ApplicationsPage";
import { transposedLayer } from "../../../../src/views/why/apps/transposedLayer";
import { renderPage, stubCanvas } from "../learn/renderPage";

beforeEach(stubCanvas);
afterEach(() => vi.restoreAllMocks());

const section = (id: string) => document.getElementById(id)!;
const sizes = () => Array.from(section("dcgan").querySelectorAll<HTMLElement>(".dcgan-step [data-size]"), (el) => Number(el.dataset.size));
const choose = (name: string, value: string) =>
  act(() => {
    fireEvent.change(document.querySelector(`select[name="${name}"]`)!, { target: { value } });
  });

describe("§5 DCGAN generator walk-through", () => {
  test("the defaults give DCGAN's sizes, computed by core: 4, 8, 16, 32, 64", async () => {
    renderPage(<ApplicationsPage />);
    await waitFor(() => expect(sizes()).toEqual([4, 8, 16, 32, 64]));
    expect(sizes()).toEqual(dcganGenerator().map((l) => l.outSize));
    const rows = within(section("dcgan")).getAllByRole("row").slice(1);
    expect(rows[0].textContent).toContain("ConvTranspose2d(100, 1024, 4, 1, 0)");
    expect(rows[1].textContent).toContain("4×4×1024 → 8×8×512");
    expect(rows[4].textContent).toContain("32×32×128 → 64×64×3");
  });

  test("changed choices change the sizes the way core computes them", async () => {
    renderPage(<ApplicationsPage />);
    await waitFor(() => expect(sizes()).toHaveLength(5));
    choose("layers", "5");
    await waitFor(() => expect(sizes()).toEqual([4, 8, 16, 32, 64, 128]));
    choose("k", "3");
    await waitFor(() => expect(sizes()).toEqual(dcganGenerator({ upsampleLayers: 5, kernel: 3 }).map((l) => l.outSize)));
    expect(sizes()).toEqual([4, 7, 13, 25, 49, 97]);
    choose("op", "1");
    await waitFor(() => expect(sizes()).toEqual([4, 8, 16, 32, 64, 128]));
    choose("op", "2");
    expect((await screen.findByRole("alert")).textContent).toContain("layer 2: output padding must be smaller than either stride or dilation");
    fireEvent.click(screen.getByRole("button", { name: "DCGAN's choices" }));
    await waitFor(() => expect(sizes()).toEqual([4, 8, 16, 32, 64]));
  });

  test("each layer's explorer link decodes to that layer's transposed convolution: k=4, s=2, p=1 on a 4×4 input", async () => {
    const { store } = renderPage(<ApplicationsPage />);
    await waitFor(() => expect(sizes()).toHaveLength(5));
    const links = within(section("dcgan")).getAllByRole("link");
    expect(links).toHaveLength(5);
    const layers = dcganGenerator();
    for (const [i, link] of links.entries()) {
      const { state, fixes } = decode(link.getAttribute("href")!.slice(1));
      expect(fixes).toEqual([]);
      expect(state.params).toEqual(transposedLayer(layers[i]));
    }
    const second = decode(links[1].getAttribute("href")!.slice(1)).state.params;
    expect(second).toMatchObject({ mode: "transposed", inH: 4, inW: 4, kH: 4, kW: 4, stride: [2, 2], padding: [1, 1], outputPadding: [0, 0] });
    expect([...second.input]).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect([...second.weight]).toEqual(new Array(16).fill(1));
    act(() => {
      fireEvent.click(links[1], { button: 0 });
    });
    expect(store.getState().page).toBe("explorer");
    expect(store.getState().params).toEqual(second);
  });
});

describe("§5 FCN and U-Net decoders", () => {
  const typeSize = (v: string) =>
    act(() => {
      fireEvent.change(within(section("decoders")).getByRole("textbox", { name: "Input size" }), { target: { value: v } });
    });

  test("U-Net on 256 is clean; on 250 an odd size is flagged with the output_padding core says it needs", async () => {
    renderPage(<ApplicationsPage />);
    const verdict = () => section("decoders").querySelector(".decoder-verdict");
    await waitFor(() => expect(verdict()?.getAttribute("data-clean")).toBe("true"));
    typeSize("250");
    await waitFor(() => expect(verdict()?.getAttribute("data-clean")).toBe("false"));
    const net = encoderDecoder({ kind: "unet", inputSize: 250 });
    expect(net.encoder).toEqual([250, 125, 62, 31, 15]);
    const statuses = Array.from(section("decoders").querySelectorAll<HTMLElement>(".stage-notes li"), (li) => li.dataset.status);
    expect(statuses).toEqual(net.decoder.map((d) => d.status));
    expect(statuses).toContain("needsOutputPadding");
    const flagged = net.decoder.find((d) => d.status === "needsOutputPadding")!;
    expect(section("decoders").textContent).toContain(`needs output_padding = ${flagged.outputPadding}`);
    expect(section("decoders").querySelector('.decoder-diagram [data-odd="true"]')).not.toBeNull();
  });

  test("a size that is not a whole number in range is flagged and the last good one is kept", async () => {
    renderPage(<ApplicationsPage />);
    await waitFor(() => expect(section("decoders").querySelector(".decoder-verdict")).not.toBeNull());
    typeSize("");
    expect(within(section("decoders")).getByRole("alert").textContent).toContain("256 is kept");
    typeSize("0");
    expect(within(section("decoders")).getByRole("alert")).toBeTruthy();
    expect(section("decoders").querySelector(".dd-size")?.textContent).toBe("256×256");
  });

  test("FCN-8s on 500: the sizes come from core, every flagged step is listed", async () => {
    renderPage(<ApplicationsPage />);
    await waitFor(() => expect(section("decoders").querySelector(".decoder-verdict")).not.toBeNull());
    choose("network", "fcn8");
    typeSize("500");
    const net = encoderDecoder({ kind: "fcn", inputSize: 500, fcnStride: 8 });
    await waitFor(() =>
      expect(Array.from(section("decoders").querySelectorAll<HTMLElement>(".stage-notes li"), (li) => li.dataset.status)).toEqual(
        net.decoder.map((d) => d.status),
      ),
    );
    expect(net.clean).toBe(false);
  });
});

describe("§5 CNN visualization", () => {
  test("the feature's strongest activations are projected back to pixels in the worker", async () => {
    renderPage(<ApplicationsPage />);
    await waitFor(() => expect(section("visualization").querySelector('[data-projection="ready"]')).not.toBeNull(), { timeout: 5000 });
    expect(section("visualization").textContent).toContain("the 500 strongest positions");
    choose("topK", "5");
    await waitFor(() => expect(section("visualization").textContent).toContain("the 5 strongest positions"));
  });
});
