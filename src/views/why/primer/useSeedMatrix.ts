import { useEffect, useState } from "react";
import type { SparseMatrix } from "../../../core";
import { seedParams, toExploreParams } from "../../../params/explorerParams";
import { createComputeClient, type ComputeClient } from "../../../worker/client";

let client: ComputeClient | null = null;

/**
 * The seed example's convolution matrix C (4×16, 36 non-zeros), from core's explore in the compute
 * worker (the app's store computes whatever the explorer shows, which need not be the seed). The
 * client starts its worker on first use only.
 */
export function useSeedMatrix(): SparseMatrix | null {
  const [matrix, setMatrix] = useState<SparseMatrix | null>(null);
  useEffect(() => {
    client ??= createComputeClient();
    const controller = new AbortController();
    client.explore(toExploreParams(seedParams()), controller.signal).then(
      (r) => setMatrix(r.exploration.matrix),
      () => undefined,
    );
    return () => controller.abort();
  }, []);
  return matrix;
}
