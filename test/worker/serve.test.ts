import { afterEach, expect, test, vi } from "vitest";
import { serve, workerScope } from "../../src/worker/serve";

afterEach(() => vi.unstubAllGlobals());

test("serve answers each message with the handler and moves the answer's buffers", () => {
  const scope = { onmessage: null as ((event: MessageEvent) => void) | null, postMessage: vi.fn() };
  vi.stubGlobal("self", scope);
  expect(workerScope()).toBe(scope);
  serve(
    (n: number) => ({ n, data: new Float64Array([n]) }),
    (answer) => [answer.data.buffer as ArrayBuffer],
  );
  scope.onmessage?.(new MessageEvent("message", { data: 2 }));
  const [answer, transfer] = scope.postMessage.mock.calls[0];
  expect(answer.n).toBe(2);
  expect(transfer).toEqual([answer.data.buffer]);
});
