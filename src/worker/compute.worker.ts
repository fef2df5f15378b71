import { handle, responseTransferables } from "./handle";
import type { WorkerRequest } from "./protocol";

/**
 * The compute worker: a thin switch over core (see handle.ts). Result buffers are transferred, so
 * a multi-megabyte trace costs no copy on its way back.
 *
 * `self` is typed through this small interface because the file is checked both with the
 * WebWorker lib (tsconfig.worker.json) and with the DOM lib (tsconfig.json), whose `self` differ.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const response = handle(event.data);
  scope.postMessage(response, responseTransferables(response));
};
