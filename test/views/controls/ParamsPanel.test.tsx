import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { QUOTE_MAX } from "../../../src/core/problem";
import { convOutputSize, convTransposeOutputSize } from "../../../src/core";
import { renderProblem } from "../../../src/i18n/problems";
import type { ExplorerParams } from "../../../src/params/explorerParams";
import type { AppStore } from "../../../src/store";
import { field, messageOf, renderControls, setup } from "./renderControls";

interface Case {
  name: string;
  read: (p: ExplorerParams) => number;
  min: number;
  max: number;
  /** A valid value different from the current one (after `before`). */
  valid: number;
  before?: Partial<ExplorerParams>;
}

const TRANSPOSED_K3_S2_P1: Partial<ExplorerParams> = { mode: "transposed", inH: 3, inW: 3, stride: [2, 2], padding: [1, 1] };

const CASES: Case[] = [
  { name: "Input (height)", read: (p) => p.inH, min: 1, max: 32, valid: 6 },
  { name: "Input (width)", read: (p) => p.inW, min: 1, max: 32, valid: 7 },
  { name: "Kernel (height)", read: (p) => p.kH, min: 1, max: 7, valid: 2 },
  { name: "Kernel (width)", read: (p) => p.kW, min: 1, max: 7, valid: 4 },
  { name: "Stride (height)", read: (p) => p.stride[0], min: 1, max: 8, valid: 2 },
  { name: "Stride (width)", read: (p) => p.stride[1], min: 1, max: 8, valid: 3 },
  { name: "Padding (height)", read: (p) => p.padding[0], min: 0, max: 8, valid: 2 },
  { name: "Padding (width)", read: (p) => p.padding[1], min: 0, max: 8, valid: 1 },
  { name: "Dilation (height)", read: (p) => p.dilation[0], min: 1, max: 4, valid: 3, before: { inH: 8, inW: 8 } },
  { name: "Dilation (width)", read: (p) => p.dilation[1], min: 1, max: 4, valid: 2, before: { inH: 8, inW: 8 } },
  { name: "Output padding (height)", read: (p) => p.outputPadding[0], min: 0, max: 7, valid: 1, before: TRANSPOSED_K3_S2_P1 },
  { name: "Output padding (width)", read: (p) => p.outputPadding[1], min: 0, max: 7, valid: 1, before: TRANSPOSED_K3_S2_P1 },
  { name: "In channels", read: (p) => p.inC, min: 1, max: 4, valid: 3 },
  { name: "Out channels", read: (p) => p.outC, min: 1, max: 4, valid: 4 },
  { name: "Groups", read: (p) => p.groups, min: 1, max: 4, valid: 2, before: { inC: 2, outC: 2 } },
];

function type(input: HTMLInputElement, text: string) {
  fireEvent.change(input, { target: { value: text } });
}

function paste(input: HTMLInputElement, text: string) {
  input.focus();
  input.setSelectionRange(0, input.value.length);
  fireEvent.paste(input, { clipboardData: { getData: () => text } });
}

/** The computed output's [C, H, W] against the core's size formulas for the store's parameters. */
async function expectOutputFromCore(store: AppStore) {
  await act(() => store.getState().compute());
  const s = store.getState();
  const p = s.params;
  const size = (a: 0 | 1) => {
    const [i, k] = a === 0 ? [p.inH, p.kH] : [p.inW, p.kW];
    return p.mode === "conv"
      ? convOutputSize(i, k, p.stride[a], p.padding[a], p.dilation[a])
      : convTransposeOutputSize(i, k, p.stride[a], p.padding[a], p.dilation[a], p.outputPadding[a]);
  };
  expect(s.exploration?.output.shape).toEqual([p.outC, size(0), size(1)]);
}

describe("every count field refuses what is not a valid number, keeps the typed text, and keeps the app's parameters", () => {
  test.each(CASES)("$name", async (c) => {
    const { store } = renderControls();
    if (c.before) setup(store, c.before);
    const input = field(c.name);
    const before = store.getState().params;
    const current = c.read(before);
    const range = `${c.min} and ${c.max}`;
    const junk: [string, string][] = [
      ["", `${c.name} is empty: enter a whole number from ${c.min} to ${c.max}.`],
      ["abc", `${c.name} must be a number from ${c.min} to ${c.max} (got “abc”).`],
      ["1e9", `${c.name} must be between ${range} (got 1e9).`],
      ["9".repeat(QUOTE_MAX + 1), `${c.name} must be between ${range} (got ${"9".repeat(QUOTE_MAX - 1)}…).`],
      ["-3", `${c.name} must be between ${range} (got -3).`],
      ["2.5", `${c.name} must be a whole number (got 2.5).`],
      [String(c.max + 1), `${c.name} must be between ${range} (got ${c.max + 1}).`],
    ];
    if (c.min === 1) junk.push(["0", `${c.name} must be between ${range} (got 0).`]);

    for (const [text, message] of junk) {
      type(input, text);
      expect(store.getState().params, `after "${text}"`).toBe(before);
      expect(input.value).toBe(text);
      expect(input.getAttribute("aria-invalid")).toBe("true");
      expect(messageOf(input)).toContain(message);
      expect(messageOf(input)).toContain(`The app keeps ${current}; Esc restores it.`);
    }

    // Backspace down to an empty field
    type(input, String(current));
    fireEvent.keyDown(input, { key: "Backspace" });
    type(input, "");
    expect(store.getState().params).toBe(before);
    expect(messageOf(input)).toContain("is empty");

    // A paste of junk replaces the selection and is read at once
    paste(input, "seven\n");
    expect(input.value).toBe("seven");
    expect(messageOf(input)).toContain("(got “seven”)");
    expect(store.getState().params).toBe(before);

    // Blur keeps the draft and its message; Escape puts the app's value back
    fireEvent.blur(input);
    expect(input.value).toBe("seven");
    expect(messageOf(input)).toContain("must be a number");
    fireEvent.keyDown(input, { key: "Escape" });
    expect(input.value).toBe(String(current));
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(messageOf(input)).toBe("");

    // A valid value applies, and the computed output has the core's size
    type(input, String(c.valid));
    expect(messageOf(input)).toBe("");
    expect(c.read(store.getState().params)).toBe(c.valid);
    await expectOutputFromCore(store);
  });
});

describe("typing and stepping", () => {
  test("stride 0 is refused with the rule; the app keeps stride 1 and its output", async () => {
    const { store } = renderControls();
    await act(() => store.getState().compute());
    const output = store.getState().exploration;
    type(field("Stride (height)"), "0");
    expect(store.getState().params.stride).toEqual([1, 1]);
    expect(messageOf(field("Stride (height)"))).toContain("Stride (height) must be between 1 and 8 (got 0).");
    await act(() => store.getState().compute());
    expect(store.getState().exploration?.output.shape).toEqual(output?.output.shape);
  });

  test("a pasted number with whitespace applies", () => {
    const { store } = renderControls();
    paste(field("Input (height)"), "  6 \n");
    expect(store.getState().params.inH).toBe(6);
  });

  test("full-width digits from a Chinese input method read as numbers", () => {
    const { store } = renderControls();
    type(field("Input (width)"), "６");
    expect(store.getState().params.inW).toBe(6);
  });

  test("a value that breaks a rule between fields shows the store's rule with a lead-in, and the app keeps its parameters", () => {
    const { store } = renderControls();
    const before = store.getState().params;
    type(field("Kernel (height)"), "7");
    expect(store.getState().params).toBe(before);
    expect(messageOf(field("Kernel (height)"))).toMatch(/^Not applied, it breaks a rule: output size must be at least 1/);
    expect(renderProblem(store.getState().paramsProblem!, "en")).toMatch(/^output size must be at least 1/);
  });

  test("output_padding that is not below stride or dilation is refused with PyTorch's rule", () => {
    const { store } = renderControls();
    setup(store, { mode: "transposed", inH: 2, inW: 2 });
    const input = field("Output padding (height)");
    type(input, "1");
    expect(store.getState().params.outputPadding).toEqual([0, 0]);
    expect(messageOf(input)).toContain(
      "output padding must be smaller than either stride or dilation (got output_padding=1, stride=1, dilation=1)",
    );
  });

  test("+ and − step by one, ↑ and ↓ too", () => {
    const { store } = renderControls();
    fireEvent.click(screen.getByRole("button", { name: "Increase Input (height)" }));
    expect(store.getState().params.inH).toBe(5);
    fireEvent.keyDown(field("Input (height)"), { key: "ArrowUp" });
    expect(store.getState().params.inH).toBe(6);
    fireEvent.keyDown(field("Input (height)"), { key: "ArrowDown" });
    fireEvent.click(screen.getByRole("button", { name: "Decrease Input (height)" }));
    expect(store.getState().params.inH).toBe(4);
    expect(field("Input (height)").value).toBe("4");
  });

  test("a stepper that would leave the range or break a rule is disabled and says why when pressed", () => {
    const { store } = renderControls();
    const before = store.getState().params;
    const down = screen.getByRole("button", { name: "Decrease Stride (height)" });
    expect(down.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(down);
    expect(store.getState().params).toBe(before);
    expect(messageOf(field("Stride (height)"))).toContain("Stride (height) goes from 1 to 8.");

    // a 4×4 input cannot take a 5×5 kernel: + on the kernel is blocked by the output-size rule
    setup(store, { kH: 4 });
    const up = screen.getByRole("button", { name: "Increase Kernel (height)" });
    expect(up.getAttribute("aria-disabled")).toBe("true");
    expect(up.getAttribute("title")).toContain("output size must be at least 1");
    fireEvent.click(up);
    expect(store.getState().params.kH).toBe(4);
    expect(messageOf(field("Kernel (height)"))).toContain("5 would break a rule: output size must be at least 1");
  });

  test("in transposed mode with stride 1, + on output padding is blocked by PyTorch's rule", () => {
    const { store } = renderControls();
    setup(store, { mode: "transposed", inH: 2, inW: 2 });
    const up = screen.getByRole("button", { name: "Increase Output padding (height)" });
    expect(up.getAttribute("aria-disabled")).toBe("true");
    expect(up.getAttribute("title")).toContain("output padding must be smaller than either stride or dilation");
  });

  test("a change made elsewhere replaces a stale draft with the new value", () => {
    const { store } = renderControls();
    const input = field("Padding (height)");
    type(input, "x");
    setup(store, { padding: [2, 2] });
    expect(input.value).toBe("2");
    expect(messageOf(input)).toBe("");
  });

  test("Reset drops every draft and message, even where the value stays the same", () => {
    const { store } = renderControls();
    type(field("Stride (height)"), "0");
    type(field("Input (height)"), "6");
    fireEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(store.getState().params.inH).toBe(4);
    expect(field("Stride (height)").value).toBe("1");
    expect(messageOf(field("Stride (height)"))).toBe("");
    expect(field("Input (height)").value).toBe("4");
  });

  test("a field never throws and the store stays valid whatever is typed", () => {
    const { store } = renderControls();
    const texts = ["", " ", "-", "+", ".", "1e", "e5", "0x10", "Infinity", "NaN", "1,5", "3px", "½", "٣", "1e999", "-0", "00003"];
    for (const el of screen.getAllByRole("spinbutton")) {
      if ((el as HTMLInputElement).disabled) continue;
      for (const text of texts) {
        type(el as HTMLInputElement, text);
        expect(store.getState().params.inH).toBeGreaterThanOrEqual(1);
      }
      fireEvent.keyDown(el, { key: "Escape" });
    }
    expect(field("Input (height)").value).toBe(String(store.getState().params.inH));
  });
});

describe("the same-for-both-axes link", () => {
  test("is on by default: one axis sets both", () => {
    const { store } = renderControls();
    const link = screen.getByRole("button", { name: "Stride: same for both axes" });
    expect(link.getAttribute("aria-pressed")).toBe("true");
    type(field("Stride (width)"), "2");
    expect(store.getState().params.stride).toEqual([2, 2]);
    expect(field("Stride (height)").value).toBe("2");
  });

  test("unlinked, the axes change separately; linking again gives the width the height's value", () => {
    const { store } = renderControls();
    const link = screen.getByRole("button", { name: "Padding: same for both axes" });
    fireEvent.click(link);
    expect(link.getAttribute("aria-pressed")).toBe("false");
    type(field("Padding (width)"), "2");
    expect(store.getState().params.padding).toEqual([0, 2]);
    fireEvent.click(link);
    expect(store.getState().params.padding).toEqual([0, 0]);
    expect(link.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Increase Padding (height)" }));
    expect(store.getState().params.padding).toEqual([1, 1]);
  });

  test("works for dilation and output padding too", () => {
    const { store } = renderControls();
    setup(store, { ...TRANSPOSED_K3_S2_P1 });
    type(field("Dilation (width)"), "2");
    expect(store.getState().params.dilation).toEqual([2, 2]);
    type(field("Output padding (height)"), "1");
    expect(store.getState().params.outputPadding).toEqual([1, 1]);
  });

  test("parameters made unequal elsewhere show as unlinked", () => {
    const { store } = renderControls();
    setup(store, { stride: [1, 2] });
    expect(screen.getByRole("button", { name: "Stride: same for both axes" }).getAttribute("aria-pressed")).toBe("false");
  });

  test("a link that would break a rule is refused with the rule, and the axes stay separate", () => {
    const { store } = renderControls();
    // height: a 1-tall kernel takes dilation 4; width: a 7-wide kernel at dilation 4 needs 25 columns
    setup(store, { inH: 8, inW: 8, kH: 1, kW: 7, dilation: [4, 1] });
    const link = screen.getByRole("button", { name: "Dilation: same for both axes" });
    expect(link.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(link);
    expect(store.getState().params.dilation).toEqual([4, 1]);
    expect(link.getAttribute("aria-pressed")).toBe("false");
    const row = screen.getByRole("group", { name: "Dilation d" });
    expect(row.textContent).toContain("Not applied, it breaks a rule: output size must be at least 1");
  });
});

describe("output padding in convolution mode", () => {
  test("is disabled with the reason", () => {
    renderControls();
    const input = field("Output padding (height)");
    expect(input.disabled).toBe(true);
    expect(messageOf(input)).toBe("Only the transposed direction has output padding.");
    expect((screen.getByRole("button", { name: "Output padding: same for both axes" }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("channels and groups", () => {
  test("depthwise sets out channels and groups to the in channels", async () => {
    const { store } = renderControls();
    type(field("In channels"), "3");
    fireEvent.click(screen.getByRole("button", { name: "Make depthwise" }));
    const p = store.getState().params;
    expect([p.inC, p.outC, p.groups]).toEqual([3, 3, 3]);
    expect(p.weight.length).toBe(3 * 1 * 3 * 3);
    expect(screen.getByText("Depthwise: each of the 3 channels has its own kernel.")).toBeTruthy();
    await expectOutputFromCore(store);
  });

  test("groups that do not divide the channels are refused with the rule", () => {
    const { store } = renderControls();
    setup(store, { inC: 2, outC: 2 });
    type(field("Groups"), "3");
    expect(store.getState().params.groups).toBe(1);
    expect(messageOf(field("Groups"))).toContain(
      "groups must divide both channel counts (got in_channels=2, out_channels=2, groups=3)",
    );
  });

  test("the summary shows the channels and groups while the panel is closed", () => {
    const { store } = renderControls();
    setup(store, { inC: 2, outC: 4, groups: 2 });
    expect(screen.getByText("2 → 4, groups 2")).toBeTruthy();
  });
});

describe("the direction", () => {
  test("the panel says which map the sizes belong to, in both directions", async () => {
    const { store } = renderControls();
    const panel = screen.getByRole("region", { name: "Parameters" });
    expect(within(panel).getByText("Convolution")).toBeTruthy();
    expect(panel.textContent).toContain("x 4×4→y 2×2");
    await act(() => store.getState().setMode("transposed"));
    expect(within(panel).getByText("Transposed")).toBeTruthy();
    expect(panel.textContent).toContain("y 2×2→x′ 4×4");
    expect(field("Input (height)").value).toBe("2");
  });
});

describe("in Chinese", () => {
  test("labels, names and messages are Chinese", () => {
    const { store } = renderControls({ initial: { lang: "zh-CN" } });
    expect(screen.getByRole("region", { name: "参数" })).toBeTruthy();
    for (const name of ["输入（高）", "卷积核（宽）", "步幅（高）", "填充（宽）", "膨胀率（高）", "输出填充（宽）", "输入通道数", "输出通道数", "分组数"]) {
      expect(field(name)).toBeTruthy();
    }
    expect(screen.getByRole("button", { name: "步幅：高和宽相同" })).toBeTruthy();
    type(field("步幅（高）"), "0");
    expect(messageOf(field("步幅（高）"))).toContain("步幅（高）必须在 1 到 8 之间（输入的是 0）。");
    type(field("卷积核（高）"), "7");
    expect(messageOf(field("卷积核（高）"))).toMatch(/^未应用，违反了规则：\s?输出尺寸至少为 1×1：填充后的输入（4×4）小于膨胀后的卷积核（7×3）/);
    expect(store.getState().params.kH).toBe(3);
    expect(screen.getByText("只有转置卷积才有输出填充。")).toBeTruthy();
  });
});
