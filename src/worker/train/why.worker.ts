import type { WhyRequest, WhyResponse } from "./protocol";
import { createWhySession } from "./session";

/**
 * The "why" pages' worker: a thin switch (session.ts) that holds one training run and answers
 * one-shot requests. Typed through this small interface because the file is checked with the DOM
 * lib too, whose `self` differs from a worker's.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WhyRequest>) => void) | null;
  postMessage(message: WhyResponse, transfer: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;
const session = createWhySession((message, transfer) => scope.postMessage(message, transfer));

scope.onmessage = (event) => session.handle(event.data);
