import { useState } from "react";
import type { ExplorerParams } from "../../params/explorerParams";
import { useAppStore, useAppStoreApi } from "../../store";

/**
 * State that belongs to the parameters it was made against: a draft, a message. Once the app's
 * parameters change (a reset, the direction, another field), it is stale and reads as null, so a
 * field never shows a draft or a rule that no longer describes the app.
 */
export function usePinned<T>(): [T | null, (state: T | null) => void] {
  const api = useAppStoreApi();
  const params = useAppStore((s) => s.params);
  const [pinned, setPinned] = useState<{ at: ExplorerParams; state: T } | null>(null);
  const set = (state: T | null) => setPinned(state === null ? null : { at: api.getState().params, state });
  return [pinned && pinned.at === params ? pinned.state : null, set];
}
