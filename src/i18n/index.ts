import { en } from "./en";
import type { Catalogue, MessageKey, VarsArg } from "./catalogue";
import { LANGS, type Lang } from "./lang";

export type { Catalogue, MessageKey, VarsArg } from "./catalogue";

export { LANGS, type Lang } from "./lang";

/**
 * The messages come in parts, each fetched only when needed: `start` (the start page and the
 * explorer), `pages` (the gallery and the "why" pages, fetched with the first of them) and
 * `later` (the words of refusals and of the link notice, fetched once the start page is up, or
 * by the first view that has one to show; until then such a text reads "…"). Only
 * English's `start` is in the first chunk: it is every message's fallback, and an English visit
 * to the start page downloads nothing else (the Chinese strings, about 60 KB of source, and the
 * pages' strings, about 25 KB per language, stay on the server).
 */
export type MessagePart = "start" | "pages" | "later";

type Messages = Readonly<Partial<Record<MessageKey, string>>>;

const loaders: Record<Lang, Record<MessagePart, () => Promise<Messages>>> = {
  en: {
    start: () => Promise.resolve(en),
    pages: () => import("./pages.en").then((m) => m.enPages),
    later: () => import("./later.en").then((m) => m.enLater),
  },
  "zh-CN": {
    start: () => import("./zh-CN").then((m) => m.zhCN),
    pages: () => import("./pages.zh-CN").then((m) => m.zhPages),
    later: () => import("./later.zh-CN").then((m) => m.zhLater),
  },
};

const loaded: Record<Lang, Partial<Record<MessagePart, Messages>>> = { en: { start: en }, "zh-CN": {} };
const loading = new Map<string, Promise<void>>();
/** The parts some shown part of the app has asked for; a language switched to fetches all of them. */
const wanted = new Set<MessagePart>(["start"]);
const listeners = new Set<() => void>();
/** How many parts have arrived so far: a snapshot that changes with every arrival (see useT). */
let arrivals = 0;

/** Changes whenever a part arrives, so that a view whose texts were "…" renders again. */
export const messagesArrived = (): number => arrivals;
/** catalogueOf's answers, made once per language (parts never change once loaded). */
const merged = new Map<Lang, Catalogue>();

function loadPart(lang: Lang, part: MessagePart): Promise<void> {
  if (loaded[lang][part]) return Promise.resolve();
  const key = `${lang}/${part}`;
  const pending = loading.get(key);
  if (pending) return pending;
  const fetch = loaders[lang][part]().then(
    (messages) => {
      loaded[lang][part] = messages;
      arrivals++;
      loading.delete(key);
      for (const listener of [...listeners]) listener();
    },
    (error: unknown) => {
      loading.delete(key); // forgotten, so that the next call tries again
      throw error;
    },
  );
  loading.set(key, fetch);
  return fetch;
}

/** Whether every part wanted so far is here in `lang`, so `t(lang, …)` speaks it rather than falling back. */
export function isLoaded(lang: Lang): boolean {
  return [...wanted].every((part) => loaded[lang][part] !== undefined);
}

/** Fetches every wanted part of `lang` once; concurrent calls share the fetch, a failed one is tried again next time. */
export async function loadLanguage(lang: Lang): Promise<void> {
  await Promise.all([...wanted].map((part) => loadPart(lang, part)));
}

/** Asks for a part (a page about to render calls this): fetched for every language in use. */
export async function needMessages(part: MessagePart): Promise<void> {
  wanted.add(part);
  const inUse = LANGS.filter((lang) => loaded[lang].start !== undefined);
  await Promise.all(inUse.map((lang) => loadPart(lang, part)));
}

/** Calls `listener` whenever a part arrives; returns the unsubscribe function. */
export function onLanguageLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A whole catalogue; throws unless every part of `lang` is loaded (for tests and tools that need every string). */
export function catalogueOf(lang: Lang): Catalogue {
  const { start, pages, later } = loaded[lang];
  if (!start || !pages || !later) {
    throw new Error(`the ${lang} catalogue is not loaded: await needMessages("pages"), needMessages("later") and loadLanguage("${lang}") first`);
  }
  let whole = merged.get(lang);
  if (!whole) merged.set(lang, (whole = { ...start, ...pages, ...later } as Catalogue));
  return whole;
}

/** Fills {name} placeholders; a placeholder without a value is left visible, so a gap is easy to spot. */
export function format(template: string, vars?: Readonly<Record<string, string | number>>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function lookup(lang: Lang, key: MessageKey): string | undefined {
  const { start, pages, later } = loaded[lang];
  return start?.[key] ?? pages?.[key] ?? later?.[key];
}

/** Whether `part` of `lang` is here (a view that would show one of its messages asks for it otherwise). */
export function hasPart(lang: Lang, part: MessagePart): boolean {
  return loaded[lang][part] !== undefined;
}

/**
 * A message looked up by a key built at run time (a lesson question's `lesson.q.<code>`), in
 * `lang` or else English; undefined when neither has it.
 */
export function messageOf(lang: Lang, key: string): string | undefined {
  return lookup(lang, key as MessageKey) ?? lookup("en", key as MessageKey);
}

/**
 * The message `key` in `lang`, with its placeholders filled. Falls back to English (also while
 * `lang` is loading), and to the key itself for a page's message asked for before its part
 * arrived (which the pages' loaders prevent by fetching it first).
 */
export function t<K extends MessageKey>(lang: Lang, key: K, ...vars: VarsArg<K>): string {
  const template = lookup(lang, key) ?? lookup("en", key) ?? key;
  return format(template, vars[0] as Readonly<Record<string, string | number>> | undefined);
}

/** A translate function bound to one language: what components call. */
export type Translate = <K extends MessageKey>(key: K, ...vars: VarsArg<K>) => string;

export function translator(lang: Lang): Translate {
  return (key, ...vars) => t(lang, key, ...vars);
}
