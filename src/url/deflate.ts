/**
 * The part of fflate the link's fragment uses, as one module: fragment.ts fetches it on demand, and
 * a chunk of these four exports is 5 KB gzip where the whole library would be 12 KB.
 */
export { deflateSync, Inflate, strFromU8, strToU8 } from "fflate";
