import type { en } from "./en";
import type { enLater } from "./later.en";
import type { enPages } from "./pages.en";

/** Every English message, the start page's, the other pages' and the later ones: the reference for keys and placeholders. */
type English = typeof en & typeof enPages & typeof enLater;

/** A message key: every key of the English catalogue, which is the reference. */
export type MessageKey = keyof English;

/** A full catalogue: every key, as a string. */
export type Catalogue = { readonly [K in MessageKey]: string };

/** The {placeholder} names in a message string. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The variables a message needs: one per placeholder of its English text. */
export type VarsOf<K extends MessageKey> = Record<Placeholders<English[K]>, string | number>;

/** `t(key)` for messages without placeholders, `t(key, vars)` for the others. */
export type VarsArg<K extends MessageKey> = [Placeholders<English[K]>] extends [never] ? [] : [vars: VarsOf<K>];

/** A feature's translation: exactly the keys of its English messages, as strings. */
export type Translation<T> = { readonly [K in keyof T]: string };
