import { en } from "./en";
import { zhCN } from "./zh-CN";
import type { Catalogue, MessageKey, VarsArg } from "./catalogue";

export type { Catalogue, MessageKey, VarsArg } from "./catalogue";

export type Lang = "en" | "zh-CN";

export const LANGS: readonly Lang[] = ["en", "zh-CN"];

export const catalogues: Record<Lang, Catalogue> = { en, "zh-CN": zhCN };

/** Fills {name} placeholders; a placeholder without a value is left visible, so a gap is easy to spot. */
export function format(template: string, vars?: Readonly<Record<string, string | number>>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The message `key` in `lang`, with its placeholders filled. Falls back to English. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...vars: VarsArg<K>): string {
  const template = catalogues[lang]?.[key] ?? en[key];
  return format(template, vars[0] as Readonly<Record<string, string | number>> | undefined);
}

/** A translate function bound to one language: what components call. */
export type Translate = <K extends MessageKey>(key: K, ...vars: VarsArg<K>) => string;

export function translator(lang: Lang): Translate {
  return (key, ...vars) => t(lang, key, ...vars);
}
