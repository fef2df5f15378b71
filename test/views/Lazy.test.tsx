import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { createAppStore, StoreProvider } from "../../src/store";
import { ErrorBoundary } from "../../src/views/ErrorBoundary";
import { lazyPart } from "../../src/views/Lazy";

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderIn(lang: "en" | "zh-CN", node: React.ReactNode) {
  const store = createAppStore();
  store.setState({ lang });
  return render(<StoreProvider store={store}>{node}</StoreProvider>);
}

const Hello = ({ name }: { name: string }) => <p>hello {name}</p>;

describe("lazyPart: a component in its own chunk", () => {
  test("shows a small placeholder while the chunk loads, then the component with its props", async () => {
    const chunk = deferred<typeof Hello>();
    const Part = lazyPart(() => chunk.promise);
    renderIn("en", <Part name="world" />);
    expect(screen.getByRole("status").textContent).toBe("Loading…");
    await act(async () => chunk.resolve(Hello));
    expect(screen.getByText("hello world")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });

  test("a chunk that fails says so in the page's language, and Try again fetches it afresh", async () => {
    const load = vi.fn<() => Promise<typeof Hello>>().mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"));
    const Part = lazyPart(load);
    renderIn("zh-CN", <Part name="again" />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("应用的这一部分未能加载");
    expect(load).toHaveBeenCalledTimes(1);
    load.mockResolvedValueOnce(Hello);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "重试" })));
    expect(await screen.findByText("hello again")).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  test("an error while the loaded component renders goes to the boundary above, not the chunk message", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const Broken = (): React.ReactNode => {
      throw new Error("a drawing bug");
    };
    const Part = lazyPart(() => Promise.resolve(Broken));
    renderIn("en", <ErrorBoundary title="outer boundary" retryLabel="retry"><Part /></ErrorBoundary>);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("outer boundary");
    expect(alert.textContent).toContain("a drawing bug");
    expect(alert.textContent).not.toContain("could not be loaded");
    warn.mockRestore();
    error.mockRestore();
  });
});
