import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { createAppStore, StoreProvider } from "../../../src/store";
import { decode } from "../../../src/url/codec";
import { CopyLink } from "../../../src/views/share/CopyLink";
import { UrlNotice } from "../../../src/views/share/UrlNotice";

function renderWith(ui: React.ReactNode, lang: "en" | "zh-CN" = "en") {
  const store = createAppStore({ initial: { lang } });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

afterEach(() => vi.restoreAllMocks());

describe("the link notice", () => {
  test("lists each repair of a malformed link in words, and can be dismissed", () => {
    const store = renderWith(<UrlNotice />);
    act(() => store.getState().setNotices(decode("s=0&mode=sideways&zz=1&op=1&mode=transposed&x=1,2;3,4").fixes));
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toContain("stride: 0 is out of range, so 1 is used.");
    expect(items).toContain("“zz” is not a setting this app knows; it was ignored.");
    expect(items).toContain(
      "These values cannot go together: output padding must be smaller than either stride or dilation (got output_padding=1, stride=1, dilation=1). Changed: output_padding=0.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Dismiss the notice about the link" }));
    expect(store.getState().notices).toEqual([]);
    expect(screen.queryByTestId("url-notice")).toBeNull();
  });

  test("speaks Chinese, rules included", () => {
    const store = renderWith(<UrlNotice />, "zh-CN");
    act(() => store.getState().setNotices(decode("s=0&x=1,2;3,4&mode=transposed&op=1").fixes));
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toContain("步幅：0 超出范围，改用 1。");
    expect(items).toContain("这些数值不能同时使用：输出填充必须小于步幅或膨胀率（收到 output_padding=1, stride=1, dilation=1）。已修改：output_padding=0。");
  });

  test("names the lesson's and practice's link fields in words, in both languages", () => {
    const link = "practice=zz&plevel=9&pq=-1";
    const store = renderWith(<UrlNotice />);
    act(() => store.getState().setNotices(decode(link).fixes));
    const items = screen.getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(items).toHaveLength(3);
    expect(items.map((i) => i.split(":")[0]).sort()).toEqual(["practice level", "practice question", "practice seed"]);
    const lessonFix = decode("lesson=zz").fixes;
    act(() => store.getState().setNotices(lessonFix));
    expect(screen.getAllByRole("listitem")[0].textContent).toMatch(/^lesson chapter:/);
  });

  test("names the lesson's link field in Chinese", () => {
    const store = renderWith(<UrlNotice />, "zh-CN");
    act(() => store.getState().setNotices(decode("lesson=zz").fixes));
    expect(screen.getAllByRole("listitem")[0].textContent).toMatch(/^课程章节/);
  });

  test("shows nothing when the link was fine", () => {
    renderWith(<UrlNotice />);
    expect(screen.queryByTestId("url-notice")).toBeNull();
  });
});

describe("Copy link", () => {
  test("the link is live: it follows the store and decodes to the same parameters", () => {
    const store = renderWith(<CopyLink />);
    const field = screen.getByRole("textbox", { name: "Link to this view" }) as HTMLInputElement;
    act(() => {
      store.getState().setParams({ stride: [2, 2] });
    });
    const { state, fixes } = decode(new URL(field.value).search);
    expect(fixes).toEqual([]);
    expect(state.params.stride).toEqual([2, 2]);
  });

  test("copies to the clipboard and says so", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderWith(<CopyLink />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy link" })));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining("?v=1&mode=conv&x=1,2,3,4;"));
    expect(screen.getByRole("status").textContent).toBe("Link copied");
  });
});
