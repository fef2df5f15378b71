import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { catalogueOf, format } from "../../../src/i18n";
import { practiceQuestion } from "../../../src/model/lesson/practice";
import { PROGRESS_KEY } from "../../../src/model/lesson/progress";
import { PracticePage } from "../../../src/views/lesson/PracticePage";
import { renderPage, stubCanvas } from "../why/learn/renderPage";

beforeEach(() => {
  stubCanvas();
  window.localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

const en = catalogueOf("en");
const form = () => document.querySelector<HTMLFormElement>("form[data-lesson-question]")!;
const submit = (text: string) => {
  fireEvent.change(within(form()).getByRole("textbox"), { target: { value: text } });
  fireEvent.click(within(form()).getByRole("button", { name: en["lesson.check"] }));
};

describe("practice", () => {
  test("asks the generator's question for the link's seed, scores right and wrong answers, and counts the streak", () => {
    const { store } = renderPage(<PracticePage />);
    act(() => store.getState().setPractice({ seed: 42, level: 2, index: 0 }));
    const q = practiceQuestion(42, 2, 0);
    expect(form().dataset.lessonQuestion).toBe(q.id);
    submit(String(q.answer + 1));
    expect(form().querySelector("[role=status]")!.getAttribute("data-verdict")).toBe("wrong");
    submit(String(q.answer));
    expect(form().querySelector("[role=status]")!.getAttribute("data-verdict")).toBe("correct");
    expect(screen.getByText(format(en["practice.score"], { right: 1, asked: 2, streak: 1, best: 1 }))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: `${en["practice.next"]} →` }));
    expect(store.getState().lesson).toMatchObject({ seed: 42, level: 2, index: 1 });
    expect(form().dataset.settled).toBeUndefined();
    expect(JSON.parse(window.localStorage.getItem(PROGRESS_KEY)!).practice).toEqual({ asked: 2, right: 1, streak: 1, best: 1 });
  });

  test("“Show me” before a right answer counts as a miss and ends the streak, once", () => {
    const { store } = renderPage(<PracticePage />);
    act(() => store.getState().setPractice({ seed: 3, level: 1, index: 0 }));
    submit(String(practiceQuestion(3, 1, 0).answer));
    fireEvent.click(screen.getByRole("button", { name: `${en["practice.next"]} →` }));
    fireEvent.click(within(form()).getByRole("button", { name: en["lesson.showMe"] }));
    fireEvent.click(within(form()).getByRole("button", { name: en["lesson.showMe"] }));
    expect(screen.getByText(format(en["practice.score"], { right: 1, asked: 2, streak: 0, best: 1 }))).toBeTruthy();
  });

  test("R reveals the answer and N asks the next question, as a presenter's keys", () => {
    const { store } = renderPage(<PracticePage />);
    act(() => store.getState().setPractice({ seed: 5, level: 1, index: 3 }));
    act(() => store.getState().setPresent(true));
    const q = practiceQuestion(5, 1, 3);
    fireEvent.keyDown(window, { key: "r" });
    expect(screen.getByText(format(en["lesson.shown"], { answer: String(q.answer) }), { selector: ".practice-revealed" })).toBeTruthy();
    fireEvent.keyDown(window, { key: "N" });
    expect(store.getState().lesson.index).toBe(4);
    expect(document.querySelector(".practice-revealed")).toBeNull();
  });

  test("“Show in the explorer” opens the question's configuration there", () => {
    const { store } = renderPage(<PracticePage />);
    act(() => store.getState().setPractice({ seed: 9, level: 3, index: 2 }));
    const q = practiceQuestion(9, 3, 2);
    fireEvent.click(screen.getByRole("button", { name: en["practice.showInExplorer"] }));
    const s = store.getState();
    expect(s.page).toBe("explorer");
    expect(s.params).toMatchObject({ mode: q.config.mode, inH: q.config.input.length, inW: q.config.input[0].length, stride: q.config.stride, padding: q.config.padding });
    expect(Array.from(s.params.input)).toEqual(q.config.input.flat());
  });
});
