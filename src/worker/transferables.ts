/**
 * Every ArrayBuffer under a value, once each: the transfer list for postMessage, so results travel
 * as moved buffers instead of copies. Walks plain objects and arrays, so it keeps up when a result
 * gains a field. Cost: one visit per property.
 */
export function transferables(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) found.add(v.buffer);
      return;
    }
    if (v instanceof ArrayBuffer) {
      found.add(v);
      return;
    }
    for (const child of Object.values(v)) visit(child);
  };
  visit(value);
  return [...found];
}
