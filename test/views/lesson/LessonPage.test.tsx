import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { catalogueOf, format } from "../../../src/i18n";
import { PROGRESS_KEY } from "../../../src/model/lesson/progress";
import { LessonPage } from "../../../src/views/lesson/LessonPage";
import { gridText } from "../render";
import { renderPage, stubCanvas } from "../why/learn/renderPage";

beforeEach(() => {
  stubCanvas();
  window.localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

const en = catalogueOf("en");
const zh = catalogueOf("zh-CN");

function openAt(chapter: number, lang: "en" | "zh-CN" = "en") {
  const r = renderPage(<LessonPage />, lang);
  act(() => r.store.getState().openChapter(chapter));
  return r;
}

const form = (id: string) => document.querySelector<HTMLFormElement>(`form[data-lesson-question="${id}"]`)!;
const feedback = (id: string) => form(id).querySelector<HTMLElement>('[role="status"]')!;

/** Types an answer into the question's input, found by its accessible name (the question), and submits. */
function answer(id: string, prompt: string, text: string) {
  const input = within(form(id)).getByRole("textbox", { name: prompt });
  fireEvent.change(input, { target: { value: text } });
  fireEvent.click(within(form(id)).getByRole("button", { name: en["lesson.check"] }));
}

/** The table: chapter, question id, its prompt in English, a right answer, a wrong one and the words its hint must hold. */
const TABLE = [
  { chapter: 4, id: "ch4.window", prompt: "What is y[0,1]? (4×4 input, 3×3 kernel, stride 1, padding 0)", right: "27", wrong: "18", hint: "The window for y[0,1] covers rows 0–2 and columns 1–3, not columns 0–2" },
  { chapter: 5, id: "ch5.count", prompt: "How many values of y contribute to x′[1,1]?", right: "4", wrong: "9", hint: "9 is how many cells one y value reaches" },
  { chapter: 5, id: "ch5.value", prompt: "What is x′[1,1]?", right: "90", wrong: "2", hint: "That is the original x[1,1] = 2. The transposed convolution is not an inverse" },
  { chapter: 6, id: "ch6.nonzeros", prompt: "How many non-zeros does the 4×16 matrix C hold?", right: "36", wrong: "64", hint: "64 counts every entry of the 4×16 matrix C" },
  {
    chapter: 8,
    id: "ch8.outputPadding",
    prompt: "A convolution with k=3, s=2, p=1 takes input size 6 to 3. Which output_padding makes the transposed convolution give 6 back from 3?",
    right: "1",
    wrong: "0",
    hint: "With output_padding 0 the transposed convolution gives (3−1)·2 − 2·1 + 1·(3−1) + 0 + 1 = 5, not 6.",
  },
  { chapter: 9, id: "ch9.evenKernel", prompt: "Name a kernel size from 2 to 5 that gives every output cell the same number of contributions at stride 2.", right: "4", wrong: "3", hint: "k=3 at stride 2 gives coverage 2, 1, 2, 1 …: uneven" },
] as const;

describe("the lesson's required questions", () => {
  for (const row of TABLE) {
    test(`chapter ${row.chapter}, ${row.id}: ${row.right} is right, ${row.wrong} is wrong with its hint`, () => {
      openAt(row.chapter);
      answer(row.id, row.prompt, row.wrong);
      expect(feedback(row.id).dataset.verdict).toBe("wrong");
      expect(feedback(row.id).textContent).toContain(row.hint);
      answer(row.id, row.prompt, row.right);
      expect(feedback(row.id).dataset.verdict).toBe("correct");
      expect(feedback(row.id).textContent).toBe(format(en["lesson.correct"], { answer: row.right }));
    });
  }

  test("chapter 9 accepts 2 as well as 4, and cites Distill with the remedy", () => {
    openAt(9);
    answer("ch9.evenKernel", TABLE[5].prompt, "2");
    expect(feedback("ch9.evenKernel").dataset.verdict).toBe("correct");
    expect(document.body.textContent).toContain("Odena, Dumoulin & Olah, “Deconvolution and Checkerboard Artifacts”, Distill, 2016");
    expect(document.body.textContent).toContain("resize, then convolve");
  });
});

describe("predict, then check", () => {
  test("y[0,1] shows ? and the live view stays closed until the question is answered; then the explorer opens on the seed", async () => {
    const { store } = openAt(4);
    expect(gridText("question-output")).toEqual([["", "?"], ["", ""]]);
    expect(screen.getByText(en["lesson.answerFirst"])).toBeTruthy();
    expect(document.querySelector('[data-grid="output"]')).toBeNull();
    answer("ch4.window", TABLE[0].prompt, "27");
    expect(gridText("question-output")).toEqual([["", "27"], ["", ""]]);
    // The explorer opens at step 2, the window of y[0,1] (columns 1–3) just summed: 18 and 27 shown.
    await waitFor(() => expect(gridText("output")).toEqual([["18", "27"], ["", ""]]));
    expect(store.getState().params.mode).toBe("conv");
    expect(JSON.parse(window.localStorage.getItem(PROGRESS_KEY)!)).toMatchObject({ done: [4], answers: { "ch4.window": "correct" } });
  });

  test("“Show me” reveals the answer, opens the view, and is remembered as shown", async () => {
    openAt(6);
    fireEvent.click(within(form("ch6.nonzeros")).getByRole("button", { name: en["lesson.showMe"] }));
    expect(feedback("ch6.nonzeros").textContent).toBe(format(en["lesson.shown"], { answer: "36" }));
    expect(feedback("ch6.nonzeros").dataset.verdict).toBeUndefined();
    await waitFor(() => expect(screen.queryByText(en["lesson.answerFirst"])).toBeNull());
    expect(JSON.parse(window.localStorage.getItem(PROGRESS_KEY)!).answers).toEqual({ "ch6.nonzeros": "shown" });
  });

  test("text that is not a number is wrong and says so, in Chinese too", () => {
    openAt(4, "zh-CN");
    const id = "ch4.window";
    const input = within(form(id)).getByRole("textbox", { name: "y[0,1] 是多少？（4×4 输入，3×3 卷积核，步幅 1，填充 0）" });
    fireEvent.change(input, { target: { value: "abc" } });
    fireEvent.click(within(form(id)).getByRole("button", { name: zh["lesson.check"] }));
    expect(feedback(id).dataset.verdict).toBe("wrong");
    expect(feedback(id).textContent).toContain("请输入一个数字");
    fireEvent.change(input, { target: { value: "１８" } });
    fireEvent.click(within(form(id)).getByRole("button", { name: zh["lesson.check"] }));
    expect(feedback(id).textContent).toContain("y[0,1] 的窗口覆盖第 0–2 行、第 1–3 列，而不是第 0–2 列");
  });
});

describe("moving through the lesson", () => {
  test("Next and Back are buttons and keys; the chapter list marks the current chapter and checks those done", () => {
    const { store } = openAt(1);
    fireEvent.click(screen.getByRole("button", { name: `${en["lesson.next"]} →` }));
    expect(store.getState().lesson.chapter).toBe(2);
    fireEvent.keyDown(window, { key: "n" });
    expect(store.getState().lesson.chapter).toBe(3);
    fireEvent.keyDown(window, { key: "PageUp" });
    expect(store.getState().lesson.chapter).toBe(2);
    const list = screen.getByRole("navigation", { name: en["lesson.chapterList"] });
    const links = within(list).getAllByRole("link");
    expect(links).toHaveLength(10);
    expect(links[1].getAttribute("aria-current")).toBe("step");
    expect(links[3].getAttribute("href")).toBe("?lesson=4");
    expect(within(links[0]).getByRole("img", { name: en["lesson.doneMark"] })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: en["lesson.reset"] }));
    expect(within(links[0]).queryByRole("img")).toBeNull();
    expect(window.localStorage.getItem(PROGRESS_KEY)).toContain('"done":[]');
  });

  test("a key typed into an answer field stays in the field", () => {
    const { store } = openAt(4);
    const input = within(form("ch4.window")).getByRole("textbox");
    fireEvent.keyDown(input, { key: "n" });
    expect(store.getState().lesson.chapter).toBe(4);
  });
});
