import { serve } from "../serve";
import { handleImage, imageTransferables } from "./handle";

/**
 * The image worker: a thin switch over core (see handle.ts). Result buffers are transferred, so a
 * few megabytes of pictures cost no copy on their way back.
 */
serve(handleImage, imageTransferables);
