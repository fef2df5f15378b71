/** The DEFLATE library, fetched on demand (see loadPacker): a link without long grids never needs it. */
type Fflate = typeof import("./deflate");

/**
 * The link's packed form for long value grids: `#z1.` then base64url (RFC 4648 §5, no padding) of
 * the raw DEFLATE (RFC 1951) of the grid fields written as a query, e.g. `x=1,2;3,4&w=1,1;1,1`.
 * A fragment is never sent to a server, so a request line stays short whatever the grids hold.
 * `z1` is the form's version: a future form takes another tag and this one keeps being read.
 *
 * fflate compresses synchronously, so the codec stays a pure, synchronous function (the
 * browser's CompressionStream is async). Its output is the standard raw DEFLATE that
 * `CompressionStream("deflate-raw")` reads and writes, so either can read links made by the other.
 *
 * fflate is its own chunk (about 5 KB gzip), kept off the start page: the app fetches it before it
 * reads a link that has a fragment, and soon after start-up for the links it writes
 * (`loadPacker`). Until it is here `packerReady()` is false and the codec writes grids plainly.
 */
export const FRAGMENT_TAG = "z1.";

let fflate: Fflate | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Calls `listener` once the DEFLATE code arrives (a view that shows a link writes it again); returns the unsubscribe. */
export function onPackerReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the DEFLATE code is here, so that packFragment and unpackFragment can run. */
export const packerReady = (): boolean => fflate !== null;

/** Fetches the DEFLATE code once; a failed fetch is forgotten, so the next call tries again. */
export function loadPacker(): Promise<void> {
  loading ??= import("./deflate").then(
    (m) => {
      fflate = m;
      for (const listener of [...listeners]) listener();
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether a link (or a fragment) holds a packed fragment, which only the DEFLATE code can read. */
export const hasPackedFragment = (link: string): boolean => link.includes(`#${FRAGMENT_TAG}`) || link.startsWith(FRAGMENT_TAG);

function packer(): Fflate {
  if (!fflate) throw new Error("the DEFLATE code is not loaded: await loadPacker() first (or check packerReady())");
  return fflate;
}

/** The most text a fragment may unpack to: 8× the longest grid text the app writes (≈ 30 KB). */
export const MAX_UNPACKED = 256 * 1024;

/** The most fragment text read: twice what a canonical link can hold. */
export const MAX_PACKED = 16_000;

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += B64[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += B64[n & 63];
  }
  return out;
}

/** The bytes of base64url text, or null if it holds any other character or an impossible length. */
function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const d = B64.indexOf(text[i]);
    if (d < 0) return null;
    value = (value << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 255;
    }
  }
  return out;
}

/** The fragment (without `#`) that holds `fields`, a query string of grid fields. Needs packerReady(). */
export function packFragment(fields: string): string {
  const { deflateSync, strToU8 } = packer();
  return FRAGMENT_TAG + toBase64Url(deflateSync(strToU8(fields), { level: 9 }));
}

/**
 * The grid fields a fragment holds, as a query string; null when it is not one of ours (another
 * tag, bad base64url, corrupt DEFLATE, or more than MAX_UNPACKED once unpacked, as a crafted
 * "deflate bomb" would be). Never throws once packerReady(). Cost: at most MAX_UNPACKED bytes,
 * whatever the input.
 */
export function unpackFragment(fragment: string): string | null {
  const text = fragment.replace(/^#/, "");
  if (!text.startsWith(FRAGMENT_TAG) || text.length > MAX_PACKED + FRAGMENT_TAG.length) return null;
  const { Inflate, strFromU8 } = packer();
  const bytes = fromBase64Url(text.slice(FRAGMENT_TAG.length));
  if (!bytes) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  try {
    const inflate = new Inflate((chunk, final) => {
      size += chunk.length;
      if (size > MAX_UNPACKED) throw new RangeError("too large");
      chunks.push(chunk);
      if (final) done = true;
    });
    // Small pushes, so a bomb is stopped within ~1,000 × 512 bytes of the limit.
    for (let i = 0; i < bytes.length; i += 512) inflate.push(bytes.subarray(i, i + 512), i + 512 >= bytes.length);
    if (bytes.length === 0) return null;
  } catch {
    return null;
  }
  if (!done) return null;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  try {
    return strFromU8(all);
  } catch {
    return null;
  }
}
