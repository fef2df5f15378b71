import { handleImage, imageTransferables } from "./handle";
import type { ImageRequest } from "./protocol";

/**
 * The image worker: a thin switch over core (see handle.ts). Result buffers are transferred, so a
 * few megabytes of pictures cost no copy on their way back. `self` is typed through this small
 * interface because the file compiles with the DOM lib as well as a worker lib.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImageRequest>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const response = handleImage(event.data);
  scope.postMessage(response, imageTransferables(response));
};
