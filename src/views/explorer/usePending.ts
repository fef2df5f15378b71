import { useEffect, useState } from "react";
import { useAppStoreShallow } from "../../store";

/**
 * How long a result may be on its way before the views say they are out of date: shorter than
 * this and the notice would flash on every keystroke (most results arrive in a few milliseconds).
 */
export const PENDING_NOTICE_MS = 400;

/**
 * Whether the views have shown a result for parameters other than the current ones for longer
 * than a moment: a request is in flight and the result on screen is not the one it will bring.
 * A worker that never answers would otherwise leave the old picture under the new parameters
 * with nothing to say so.
 */
export function usePending(): boolean {
  const { waiting, stamp } = useAppStoreShallow((s) => ({
    waiting: s.loading && s.exploredFrom !== s.params,
    stamp: s.params,
  }));
  const [late, setLate] = useState<object | null>(null);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setLate(stamp), PENDING_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [waiting, stamp]);
  return waiting && late !== null;
}
