/**
 * The worker side of a bridge: the worker's global scope, typed. `self` is typed through this
 * small interface because worker files are checked both with the WebWorker lib
 * (tsconfig.worker.json) and with the DOM lib (tsconfig.json), whose `self` differ.
 */
export interface WorkerScope<Req, Res> {
  onmessage: ((event: MessageEvent<Req>) => void) | null;
  postMessage(message: Res, transfer: Transferable[]): void;
}

export function workerScope<Req, Res>(): WorkerScope<Req, Res> {
  return self as unknown as WorkerScope<Req, Res>;
}

/**
 * Makes this worker answer every request with `handle` (a pure function that never throws) and
 * post the answer with `transfer(answer)`'s buffers moved, not copied.
 */
export function serve<Req, Res>(handle: (request: Req) => Res, transfer: (response: Res) => ArrayBuffer[]): void {
  const scope = workerScope<Req, Res>();
  scope.onmessage = (event) => {
    const response = handle(event.data);
    scope.postMessage(response, transfer(response));
  };
}
