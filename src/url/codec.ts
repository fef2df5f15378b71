import type { Mode, Pair } from "../core";
import { CHAPTER_COUNT } from "../model/lesson/chapterCount";
import { problemMaker, problemOf as carriedProblem, type Problem } from "../core/problem";
import { LIMITS } from "../params/limits";
import { problemOf, resizeGrid, seedParams, weightShape, withChange, type ExplorerParams } from "../params/explorerParams";
import { FRAGMENT_TAG, packerReady, packFragment, unpackFragment } from "./fragment";
import { formatGrids, formatNumber, parseGrids, type ParsedGrids } from "./grid";
import { readPageSettings, SETTING_KEYS, writePageSettings } from "./pageSettings";
import {
  keptChoice,
  keptValue,
  rawText,
  readBool,
  readEnum,
  readInt,
  readPair,
  short,
  urlProblem,
  writeFlag,
  writePair,
  type FixCode,
  type Read,
} from "./readers";
import { LANGS, type Lang } from "../i18n/lang";
import { GRANULARITIES, type Granularity } from "../model/steps";
import { defaultUrlState, PAGE_NAMES, VIEW_NAMES, type PageName, type UrlState, type ViewName } from "./state";

/**
 * The versioned query-string codec. One row per field says how it is read and written; `decode`
 * never throws: a bad value is clamped or dropped, and every such repair is reported as a Fix so
 * the app can tell the person what was wrong and what was kept.
 */
export const URL_VERSION = 1;

export type { FixCode } from "./readers";

/** The problems the codec's own repairs report, beyond the readers' (see core/problem.ts). */
export const CODEC_PROBLEMS = {
  "url.kernels": ["count"],
  "url.values": ["count"],
  "url.beyond": ["count", "max"],
  "url.groups": ["groups", "inChannels", "outChannels"],
  "url.version": ["version"],
  "url.ignored": [],
  "url.badEscape": [],
  "url.seed": [],
  "url.queryValues": [],
  "url.packerMissing": [],
  "url.browserLanguage": [],
  "url.biasNotNumbers": ["count"],
  "url.channelsResized": [],
  "url.kernelsResized": ["count"],
  "url.resized": ["count"],
  "url.reset": ["setting"],
  "url.smallerKernel": [],
} as const;

const codecProblem = /* @__PURE__ */ problemMaker(CODEC_PROBLEMS);

/** One repair of a link, as data: the catalogues word it in each language (views/share/fixText.ts). */
export interface Fix {
  /** The query field, or "combination" for a set of values the core refuses together. */
  field: string;
  code: FixCode;
  /** What the link held (its raw text, shortened), or the core's rule for a combination. */
  got: Problem;
  /** What the app uses instead. */
  kept: Problem;
}

/** The fields as read from a link, before they are assembled into valid parameters. */
interface Draft {
  page: PageName;
  mode: Mode;
  oc: number;
  g: number;
  s: Pair;
  p: Pair;
  d: Pair;
  op: Pair;
  flip: boolean;
  step: number;
  by: Granularity;
  views: ViewName[];
  lang: Lang | null;
  present: boolean;
  embed: boolean;
  x: ParsedGrids | null;
  w: ParsedGrids | null;
  b: number[] | null;
  lesson: number | null;
  practice: number | null;
  plevel: number;
  pq: number;
}

interface Field<K extends keyof Draft> {
  key: K;
  read: Read<Draft[K]>;
  /** The text to write, or null to leave the field out (a default that need not be spelled). */
  write: (s: UrlState) => string | null;
}

/** The most any grid field can use: 64 kernels (4 × 4 channels, groups 1) or 32×32 cells. */
const GRID_CAP = { count: 64, side: LIMITS.size.max };

const readGrid: Read<ParsedGrids | null> = (raw, fix) => {
  const g = parseGrids(raw, GRID_CAP);
  if (g.badValues) fix("grid", urlProblem("url.notNumbers", { count: g.badValues }));
  if (g.raggedRows) fix("grid", urlProblem("url.shortRows", { count: g.raggedRows }));
  if (g.mismatched) fix("grid", codecProblem("url.channelsResized", {}));
  return g;
};

/** The field table: the order here is the order links are written in. */
const FIELDS: { [K in keyof Draft]: Field<K> }[keyof Draft][] = [
  // The lesson and practice pages are named by their own fields (?lesson=4, ?practice=SEED).
  { key: "page", read: readEnum<PageName>(PAGE_NAMES, "explorer"), write: (s) => (s.page === "explorer" || s.page === "lesson" || s.page === "practice" ? null : s.page) },
  { key: "mode", read: readEnum<Mode>(["conv", "transposed"], "conv"), write: (s) => s.params.mode },
  {
    key: "x",
    read: readGrid,
    write: (s) => formatGrids(s.params.input, s.params.inC, s.params.inH, s.params.inW),
  },
  {
    key: "w",
    read: readGrid,
    write: (s) => {
      const [a, b, kH, kW] = weightShape(s.params);
      return formatGrids(s.params.weight, a * b, kH, kW);
    },
  },
  {
    key: "b",
    read: (raw, fix) => {
      const vals = raw.split(",").map(Number);
      const bad = vals.filter((v) => !Number.isFinite(v)).length;
      if (bad) fix("grid", codecProblem("url.biasNotNumbers", { count: bad }));
      return vals.map((v) => (Number.isFinite(v) ? v : 0));
    },
    write: (s) => (s.params.bias ? Array.from(s.params.bias, formatNumber).join(",") : null),
  },
  { key: "oc", read: readInt(LIMITS.channels, 1), write: (s) => String(s.params.outC) },
  { key: "g", read: readInt(LIMITS.groups, 1), write: (s) => String(s.params.groups) },
  { key: "s", read: readPair(LIMITS.stride, 1), write: (s) => writePair(s.params.stride) },
  { key: "p", read: readPair(LIMITS.padding, 0), write: (s) => writePair(s.params.padding) },
  { key: "d", read: readPair(LIMITS.dilation, 1), write: (s) => writePair(s.params.dilation) },
  { key: "op", read: readPair(LIMITS.outputPadding, 0), write: (s) => writePair(s.params.outputPadding) },
  { key: "flip", read: readBool, write: (s) => writeFlag(s.params.flip) },
  { key: "step", read: readInt({ min: -1, max: 10_000_000 }, -1), write: (s) => String(s.step) },
  { key: "by", read: readEnum<Granularity>(GRANULARITIES, "scatter"), write: (s) => s.granularity },
  {
    key: "views",
    read: (raw, fix) => {
      const names = raw.split(",").filter((n): n is ViewName => (VIEW_NAMES as readonly string[]).includes(n));
      const unique = VIEW_NAMES.filter((n) => names.includes(n));
      if (unique.length === 0) {
        fix("invalid", keptChoice(VIEW_NAMES.join(",")));
        return [...VIEW_NAMES];
      }
      if (unique.length !== raw.split(",").length) fix("invalid", keptChoice(unique.join(",")));
      return unique;
    },
    write: (s) => s.views.join(","),
  },
  {
    key: "lang",
    read: (raw, fix) => {
      if ((LANGS as readonly string[]).includes(raw)) return raw as Lang;
      fix("invalid", codecProblem("url.browserLanguage", {}));
      return null;
    },
    write: (s) => s.lang,
  },
  { key: "present", read: readBool, write: (s) => writeFlag(s.present) },
  { key: "embed", read: readBool, write: (s) => writeFlag(s.embed) },
  { key: "lesson", read: readInt({ min: 1, max: CHAPTER_COUNT }, 1), write: (s) => (s.page === "lesson" ? String(s.lesson.chapter) : null) },
  { key: "practice", read: readInt({ min: 0, max: 0xffffffff }, 1), write: (s) => (s.page === "practice" ? String(s.lesson.seed) : null) },
  { key: "plevel", read: readInt({ min: 1, max: 3 }, 1), write: (s) => (s.page === "practice" && s.lesson.level !== 1 ? String(s.lesson.level) : null) },
  { key: "pq", read: readInt({ min: 0, max: 1_000_000 }, 0), write: (s) => (s.page === "practice" && s.lesson.index !== 0 ? String(s.lesson.index) : null) },
];

function draftDefaults(): Draft {
  const d = defaultUrlState();
  return {
    page: d.page,
    mode: d.params.mode,
    oc: 1,
    g: 1,
    s: [1, 1],
    p: [0, 0],
    d: [1, 1],
    op: [0, 0],
    flip: false,
    step: d.step,
    by: d.granularity,
    views: d.views,
    lang: d.lang,
    present: false,
    embed: false,
    x: null,
    w: null,
    b: null,
    lesson: null,
    practice: null,
    plevel: 1,
    pq: 0,
  };
}

/** A value escaped for a query string, leaving the grid separators `,` `;` `/` readable. */
const escapeValue = (text: string) => encodeURIComponent(text).replace(/%2C/g, ",").replace(/%3B/g, ";").replace(/%2F/g, "/");

/**
 * The longest link `encode` writes, from `?` to the end: 8,000 characters (what common servers
 * and static hosts accept in a request line) less 400 for the origin and path in front of it.
 */
export const LINK_BUDGET = 7_600;

/** A link whose grids, written plainly, would make it longer than this packs them into the fragment. */
export const INLINE_GRID_LIMIT = 2_000;

/** The fields that hold value grids: the only ones the fragment carries. */
export const GRID_KEYS: readonly string[] = ["x", "w", "b", "kw"];

/**
 * How a link rounds its values when the packed grids are still too long, tried in order: full
 * precision first (null), then fewer significant digits, then multiples of the largest value's
 * leading unit u = 10^⌊log10 max|v|⌋: u/10 (at most 199 levels), u (21) and 10u (3: −10u, 0,
 * 10u). Three levels fit any grid the app allows, so every state has a link within LINK_BUDGET.
 */
type Rounding = { digits: number } | { units: number };
const ROUNDINGS: readonly (Rounding | null)[] = [
  null,
  ...[12, 9, 7, 5, 4, 3, 2, 1].map((digits) => ({ digits })),
  ...[0.1, 1, 10].map((units) => ({ units })),
];

/** A grid text with every number rounded as `r` says; `unit` is the largest value's leading unit. */
function roundGridText(text: string, r: Rounding, unit: number): string {
  return text.replace(/[^,;/]+/g, (token) => {
    const v = Number(token);
    if (!Number.isFinite(v)) return token;
    if ("digits" in r) return formatNumber(Number(v.toPrecision(r.digits)));
    const step = unit * r.units;
    // toPrecision(3) drops the binary noise of k × step (3 × 0.1 = 0.30000000000000004): |k| ≤ 199.
    return formatNumber(Number((Math.round(v / step) * step).toPrecision(3)));
  });
}

/** 10^⌊log10 m⌋ for the largest magnitude m among the grid texts' numbers (1 when all are 0). */
function leadingUnit(texts: string[]): number {
  let max = 0;
  for (const t of texts) for (const token of t.split(/[,;/]/)) max = Math.max(max, Math.abs(Number(token)) || 0);
  return max > 0 ? 10 ** Math.floor(Math.log10(max)) : 1;
}

/** Every field of a state as [key, text], in table order, then the page settings. */
function fieldsOf(s: UrlState): [string, string][] {
  const out: [string, string][] = [["v", String(URL_VERSION)]];
  for (const f of FIELDS) {
    const text = f.write(s);
    if (text !== null) out.push([f.key, text]);
  }
  return out.concat(writePageSettings(s.settings));
}

const joinFields = (fields: [string, string][]) => fields.map(([k, t]) => `${k}=${escapeValue(t)}`).join("&");

/**
 * The link of a state, from after `?`: the query string, fields in table order. When its value
 * grids (x, w, b, kw) would make it longer than INLINE_GRID_LIMIT, they move into the fragment
 * (`#z1.…`, see fragment.ts) and the rest stays in the query. When even packed they do not fit
 * LINK_BUDGET (values with many random digits), the link rounds them, no more than it must
 * (ROUNDINGS); the app's own values are untouched. Deterministic, so encode(decode(link)) is
 * stable: a rounded link's values are already as short as its rung writes them.
 *
 * Until the DEFLATE code has arrived (fragment.ts, fetched soon after start-up) a long link keeps
 * its grids plain: longer than LINK_BUDGET but exact, and written again packed once it is here
 * (sync.ts).
 */
export function encode(s: UrlState): string {
  const fields = fieldsOf(s);
  const plain = joinFields(fields);
  if (plain.length <= INLINE_GRID_LIMIT || !packerReady()) return plain;
  const rest = joinFields(fields.filter(([k]) => !GRID_KEYS.includes(k)));
  const grids = fields.filter(([k]) => GRID_KEYS.includes(k));
  const unit = leadingUnit(grids.map(([, t]) => t));
  let link = plain;
  for (const rounding of ROUNDINGS) {
    const written = rounding === null ? grids : grids.map(([k, t]): [string, string] => [k, roundGridText(t, rounding, unit)]);
    link = `${rest}#${packFragment(written.map(([k, t]) => `${k}=${t}`).join("&"))}`;
    if (link.length <= LINK_BUDGET) return link;
  }
  return link;
}

/**
 * Upgrades an older link's fields to the current version. Version 1 is the first; a future format
 * change adds a step here (fromVersion → fromVersion + 1) so that old links keep working.
 */
export function migrate(fromVersion: number, fields: Map<string, string>, fixes: Fix[]): Map<string, string> {
  if (fromVersion > URL_VERSION || fromVersion < 1) {
    fixes.push({ field: "v", code: "version", got: keptValue(fromVersion), kept: codecProblem("url.version", { version: URL_VERSION }) });
  }
  return fields;
}

function parseQuery(query: string, fixes: Fix[], fields = new Map<string, string>()): Map<string, string> {
  for (const part of query.replace(/^[?#]/, "").split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? "" : part.slice(eq + 1);
    let key = rawKey;
    let value = rawValue;
    try {
      key = decodeURIComponent(rawKey);
      value = decodeURIComponent(rawValue);
    } catch {
      fixes.push({ field: short(rawKey), code: "invalid", got: rawText(rawValue), kept: codecProblem("url.badEscape", {}) });
      continue;
    }
    fields.set(key, value);
  }
  return fields;
}

/** Shrinks a grid to the limits (channels, rows, columns), reporting what was cut. */
function cropGrid(g: ParsedGrids, maxCount: number, maxSide: number, field: string, fixes: Fix[]): ParsedGrids {
  const count = Math.min(g.count, maxCount);
  const rows = Math.min(g.rows, maxSide);
  const cols = Math.min(g.cols, maxSide);
  const [wc, wr, wk] = g.written;
  if (count === wc && rows === wr && cols === wk) return g;
  fixes.push({
    field,
    code: "clamped",
    got: keptValue(`${wc}×${wr}×${wk}`),
    kept: urlProblem("url.topLeft", { size: `${count}×${rows}×${cols}` }),
  });
  return { ...g, count, rows, cols, data: resizeGrid(g.data, [g.count, g.rows, g.cols], [count, rows, cols]) };
}

function clampValues(data: Float64Array, field: string, fixes: Fix[]): Float64Array {
  let n = 0;
  const out = data.map((v) => {
    const c = Math.min(LIMITS.value.max, Math.max(LIMITS.value.min, v));
    if (c !== v) n++;
    return c;
  });
  if (n) {
    fixes.push({
      field,
      code: "clamped",
      got: codecProblem("url.beyond", { count: n, max: LIMITS.value.max }),
      kept: urlProblem("url.bound", { max: LIMITS.value.max }),
    });
  }
  return out;
}

/** Turns the draft into parameters the core accepts, repairing step by step and saying what changed. */
function assemble(d: Draft, fixes: Fix[]): ExplorerParams {
  const seed = seedParams();
  const x = d.x ? cropGrid(d.x, LIMITS.channels.max, LIMITS.size.max, "x", fixes) : null;
  const inC = x?.count ?? seed.inC;
  let groups = d.g;
  if (inC % groups !== 0 || d.oc % groups !== 0) {
    fixes.push({
      field: "g",
      code: "combination",
      got: codecProblem("url.groups", { groups, inChannels: inC, outChannels: d.oc }),
      kept: keptValue(1),
    });
    groups = 1;
  }
  let p: ExplorerParams = {
    ...seed,
    mode: d.mode,
    inC,
    inH: x?.rows ?? seed.inH,
    inW: x?.cols ?? seed.inW,
    input: clampValues(x?.data ?? seed.input, "x", fixes),
    outC: d.oc,
    groups,
    stride: d.s,
    padding: d.p,
    dilation: d.d,
    outputPadding: d.op,
    flip: d.flip,
  };
  const [a, b] = weightShape(p);
  const w = d.w ? cropGrid(d.w, GRID_CAP.count, LIMITS.kernel.max, "w", fixes) : null;
  p.kH = w?.rows ?? seed.kH;
  p.kW = w?.cols ?? seed.kW;
  if (w && w.count !== a * b) {
    fixes.push({ field: "w", code: "grid", got: codecProblem("url.kernels", { count: w.count }), kept: codecProblem("url.kernelsResized", { count: a * b }) });
  }
  p.weight = clampValues(
    w ? resizeGrid(w.data, [w.count, w.rows, w.cols], [a * b, w.rows, w.cols]) : new Float64Array(a * b * p.kH * p.kW).fill(1),
    "w",
    fixes,
  );
  if (d.b) {
    if (d.b.length !== p.outC) {
      fixes.push({ field: "b", code: "grid", got: codecProblem("url.values", { count: d.b.length }), kept: codecProblem("url.resized", { count: p.outC }) });
    }
    p.bias = clampValues(resizeGrid(Float64Array.from(d.b), [d.b.length], [p.outC]), "b", fixes);
  }
  const repairs: [Problem, Partial<ExplorerParams> | ((q: ExplorerParams) => Partial<ExplorerParams>)][] = [
    [codecProblem("url.reset", { setting: "output_padding=0" }), { outputPadding: [0, 0] }],
    [codecProblem("url.reset", { setting: "dilation=1" }), { dilation: [1, 1] }],
    [codecProblem("url.reset", { setting: "padding=0" }), { padding: [0, 0] }],
    [codecProblem("url.reset", { setting: "stride=1" }), { stride: [1, 1] }],
    [codecProblem("url.smallerKernel", {}), (q) => ({ kH: Math.min(q.kH, q.inH), kW: Math.min(q.kW, q.inW) })],
  ];
  for (const [label, change] of repairs) {
    const problem = problemOf(p);
    if (!problem) return p;
    const delta = typeof change === "function" ? change(p) : change;
    // A repair that changes nothing (padding already 0) is not one: the notice lists only real changes.
    if (Object.entries(delta).every(([k, v]) => String(v) === String(p[k as keyof ExplorerParams]))) continue;
    p = withChange(p, delta);
    fixes.push({ field: "combination", code: "combination", got: problem, kept: label });
  }
  const problem = problemOf(p);
  if (!problem) return p;
  fixes.push({ field: "combination", code: "combination", got: problem, kept: codecProblem("url.seed", {}) });
  return seed;
}

/**
 * The fields of a link: its query, then the grid fields its `#z1.` fragment holds (which win over
 * the query's). A fragment that is not ours, or is damaged, is reported and ignored; other
 * fields inside a fragment are ignored too (only grids travel there).
 */
function linkFields(link: string, fixes: Fix[]): Map<string, string> {
  const hash = link.indexOf("#");
  const query = hash < 0 ? link : link.slice(0, hash);
  const fields = parseQuery(query, fixes);
  const fragment = hash < 0 ? "" : link.slice(hash + 1);
  if (fragment === "") return fields;
  if (fragment.startsWith(FRAGMENT_TAG) && !packerReady()) {
    fixes.push({ field: "#", code: "invalid", got: rawText(fragment), kept: codecProblem("url.packerMissing", {}) });
    return fields;
  }
  const packed = unpackFragment(fragment);
  if (packed === null) {
    fixes.push({ field: "#", code: "invalid", got: rawText(fragment), kept: codecProblem("url.queryValues", {}) });
    return fields;
  }
  const inner = parseQuery(packed, fixes);
  for (const [key, value] of inner) {
    if (GRID_KEYS.includes(key)) fields.set(key, value);
    else fixes.push({ field: short(key), code: "unknown", got: rawText(value), kept: codecProblem("url.ignored", {}) });
  }
  return fields;
}

/**
 * Reads a link, from after `?` (its query and, after `#`, its fragment), into a valid state and
 * the list of what was repaired. Never throws.
 */
export function decode(link: string): { state: UrlState; fixes: Fix[] } {
  const fixes: Fix[] = [];
  try {
    let fields = linkFields(link.replace(/^\?/, ""), fixes);
    const v = fields.has("v") ? Number(fields.get("v")) : URL_VERSION;
    fields = migrate(Number.isInteger(v) ? v : 0, fields, fixes);
    const draft = draftDefaults();
    const known = new Set<string>(["v", ...FIELDS.map((f) => f.key), ...SETTING_KEYS]);
    for (const [key, raw] of fields) {
      if (!known.has(key)) {
        fixes.push({ field: short(key), code: "unknown", got: rawText(raw), kept: codecProblem("url.ignored", {}) });
      }
    }
    for (const f of FIELDS) {
      const raw = fields.get(f.key);
      if (raw === undefined) continue;
      const fix = (code: FixCode, kept: Problem) => fixes.push({ field: f.key, code, got: rawText(raw), kept });
      (draft as unknown as Record<string, unknown>)[f.key] = f.read(raw, fix);
    }
    const settings = readPageSettings(fields, (field, raw, code, kept) => fixes.push({ field, code, got: rawText(raw), kept }));
    const params = assemble(draft, fixes);
    return {
      state: {
        page: draft.lesson !== null ? "lesson" : draft.practice !== null ? "practice" : draft.page,
        params,
        step: draft.step,
        granularity: draft.by,
        views: draft.views,
        lang: draft.lang,
        present: draft.present,
        embed: draft.embed,
        settings,
        lesson: { chapter: draft.lesson ?? 1, seed: draft.practice ?? 1, level: draft.plevel as 1 | 2 | 3, index: draft.pq },
      },
      fixes,
    };
  } catch (e) {
    // A safety net: the reading above is written not to throw, but a link must never blank the app.
    fixes.push({
      field: "link",
      code: "invalid",
      got: carriedProblem(e) ?? rawText(e instanceof Error ? e.message : String(e)),
      kept: codecProblem("url.seed", {}),
    });
    return { state: defaultUrlState(), fixes };
  }
}
