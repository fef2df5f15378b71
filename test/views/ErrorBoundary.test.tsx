import { fireEvent, render, screen } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { ErrorBoundary } from "../../src/views/ErrorBoundary";

function Boom({ when }: { when: () => boolean }) {
  if (when()) throw new Error("kaboom");
  return <p>fine</p>;
}

test("a view that throws shows a message instead of a white screen, and Try again recovers", () => {
  let broken = true;
  const onRetry = vi.fn(() => {
    broken = false;
  });
  const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  render(
    <ErrorBoundary title="Something went wrong" retryLabel="Try again" onRetry={onRetry}>
      <Boom when={() => broken} />
    </ErrorBoundary>,
  );
  expect(screen.getByRole("alert").textContent).toMatch(/Something went wrong.*kaboom/);
  fireEvent.click(screen.getByRole("button", { name: "Try again" }));
  expect(onRetry).toHaveBeenCalled();
  expect(screen.getByText("fine")).toBeTruthy();
  quiet.mockRestore();
  warn.mockRestore();
});
