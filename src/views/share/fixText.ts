import type { Translate } from "../../i18n";
import { renderProblem } from "../../i18n/problems";
import type { Lang } from "../../i18n";
import type { Fix } from "../../url/codec";

const FIELD_KEYS = {
  v: "notice.field.v",
  page: "notice.field.page",
  mode: "notice.field.mode",
  x: "notice.field.x",
  w: "notice.field.w",
  b: "notice.field.b",
  oc: "notice.field.oc",
  g: "notice.field.g",
  s: "notice.field.s",
  p: "notice.field.p",
  d: "notice.field.d",
  op: "notice.field.op",
  flip: "notice.field.flip",
  step: "notice.field.step",
  by: "notice.field.by",
  views: "notice.field.views",
  lang: "notice.field.lang",
  present: "notice.field.present",
  embed: "notice.field.embed",
  timg: "notice.field.timg",
  tk: "notice.field.tk",
  ts: "notice.field.ts",
  topt: "notice.field.topt",
  tlr: "notice.field.tlr",
  tinit: "notice.field.tinit",
  tseed: "notice.field.tseed",
  tsteps: "notice.field.tsteps",
  img: "notice.field.img",
  up: "notice.field.up",
  color: "notice.field.color",
  view: "notice.field.view",
  lens: "notice.field.lens",
  lx: "notice.field.lx",
  ly: "notice.field.ly",
  kern: "notice.field.kern",
  kk: "notice.field.kk",
  seed: "notice.field.seed",
  kw: "notice.field.kw",
  ck: "notice.field.ck",
  cs: "notice.field.cs",
  layers: "notice.field.layers",
  smooth: "notice.field.smooth",
  dimg: "notice.field.dimg",
  wts: "notice.field.wts",
  wseed: "notice.field.wseed",
  lesson: "notice.field.lesson",
  practice: "notice.field.practice",
  plevel: "notice.field.plevel",
  pq: "notice.field.pq",
  "#": "notice.field.fragment",
} as const;

function fieldName(t: Translate, field: string): string {
  return field in FIELD_KEYS ? t(FIELD_KEYS[field as keyof typeof FIELD_KEYS]) : field;
}

/** One repair of a link, as a sentence in the app's language. */
export function fixText(t: Translate, lang: Lang, f: Fix): string {
  const field = fieldName(t, f.field);
  const kept = renderProblem(f.kept, lang);
  const got = renderProblem(f.got, lang);
  switch (f.code) {
    case "clamped":
      return t("notice.clamped", { field, got, kept });
    case "invalid":
      return t("notice.invalid", { field, got, kept });
    case "snapped":
      return t("notice.snapped", { field, got, kept });
    case "unknown":
      return t("notice.unknown", { field: f.field });
    case "version":
      return t("notice.version", { got, kept });
    case "grid":
      return t("notice.grid", { field, kept });
    case "combination":
      return t("notice.combination", { got, kept });
  }
}
