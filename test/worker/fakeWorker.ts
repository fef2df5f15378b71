import type { WorkerLike } from "../../src/worker/bridge";

/** A worker double: records messages and transfer lists; the test decides when, and whether, each is answered. */
export class FakeWorker<Req, Res> implements WorkerLike<Req, Res> {
  onmessage: ((event: MessageEvent<Res>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  requests: Req[] = [];
  transfers: Transferable[][] = [];
  terminated = false;
  constructor(private readonly answerWith: (request: Req) => Res) {}
  postMessage(message: Req, transfer: Transferable[]): void {
    this.requests.push(message);
    this.transfers.push(transfer);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the request at `index` (the latest by default) as the real worker would. */
  answer(index = this.requests.length - 1): void {
    this.send(this.answerWith(this.requests[index]));
  }
  send(data: Res): void {
    this.onmessage?.(new MessageEvent("message", { data }));
  }
  crash(message: string): void {
    this.onerror?.(new ErrorEvent("error", { message }));
  }
}

/** A `createWorker` that makes FakeWorkers answering with `answerWith`, and the list of those made. */
export function fakeWorkers<Req, Res>(answerWith: (request: Req) => Res) {
  const workers: FakeWorker<Req, Res>[] = [];
  const createWorker = (): FakeWorker<Req, Res> => {
    const w = new FakeWorker(answerWith);
    workers.push(w);
    return w;
  };
  return { workers, createWorker };
}

/** What `p` rejects with; fails the test if it resolves. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}
