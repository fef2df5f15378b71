import { handle, responseTransferables } from "./handle";
import { serve } from "./serve";

/**
 * The compute worker: a thin switch over core (see handle.ts). Result buffers are transferred, so
 * a multi-megabyte trace costs no copy on its way back.
 */
serve(handle, responseTransferables);
