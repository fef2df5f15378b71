import {
  CHECKER_KERNEL_RANGE, CHECKER_LAYERS_RANGE, CHECKER_STRIDE_RANGE, DEFAULT_CHECKERBOARD_SETTINGS,
  DEFAULT_TRAIN_SETTINGS, DEFAULT_UPSAMPLE_SETTINGS, DEMO_IMAGES, DEMO_WEIGHTS, INITS, KERNEL_RANGE,
  LAB_IMAGES, LAB_KERNEL_KINDS, LAB_KERNEL_RANGE, LAB_LENS_SIZES, LAB_SCALES, LAB_SEED_RANGE, LAB_VIEWS,
  LEARNING_RATES, OPTIMIZERS, SEED_RANGE, STEP_COUNTS, STRIDE_RANGE, TRAIN_IMAGES, TYPED_VALUE_LIMIT,
  defaultPageSettings, type ColorMode, type LabImageName, type PageSettings, type SettingsPage, type
  TypedKernel,
} from "../model/pageSettings";
import { formatNumber, parseGrids } from "./grid";
import type { Problem } from "../core/problem";
import { readEnum, readFraction, readInt, readNearest, urlProblem, type FixCode, type Read } from "./readers";

/**
 * What a link carries of the "why" pages' settings (model/pageSettings.ts), so that it opens those
 * pages as their author left them. One row per query field, with its reader, its writer and its
 * page's default; a field is written only when it differs from the default, so links stay short.
 *
 * A page's fields are written whenever they differ from the default, whichever page is shown (as
 * the explorer's fields are): reloading or going Back restores every page exactly, and a link needs
 * no rule about which page's settings it kept. Only changed settings add to a link.
 */

/**
 * A typed kernel: values by `,`, rows by `;` (as the explorer's grids), k×k with k ≤ 16; one row of
 * k² values is read as k×k, as the kernel editor does. Empty means none.
 */
export const readTypedKernel: Read<TypedKernel | null> = (raw, fix) => {
  if (raw.trim() === "") return null;
  if (raw.includes("/")) fix("grid", urlProblem("url.firstKernel", {}));
  // Read far enough for a kernel written as one row of k² values (k up to 32), no further.
  const g = parseGrids(raw.split("/")[0], { count: 1, side: 1024 });
  if (g.badValues) fix("grid", urlProblem("url.notNumbers", { count: g.badValues }));
  if (g.raggedRows) fix("grid", urlProblem("url.shortRows", { count: g.raggedRows }));
  const side = Math.round(Math.sqrt(g.cols));
  const [rows, cols] = g.rows === 1 && side > 1 && side * side === g.cols ? [side, side] : [g.rows, g.cols];
  const k = Math.min(rows, cols, LAB_KERNEL_RANGE.max);
  if (k !== rows || k !== cols) fix("clamped", urlProblem("url.topLeft", { size: `${k}×${k}` }));
  let beyond = 0;
  const values: number[] = [];
  for (let r = 0; r < k; r++)
    for (let c = 0; c < k; c++) {
      const v = g.data[r * cols + c];
      const clamped = Math.min(TYPED_VALUE_LIMIT, Math.max(-TYPED_VALUE_LIMIT, v));
      if (clamped !== v) beyond++;
      values.push(Object.is(clamped, -0) ? 0 : clamped);
    }
  if (beyond) fix("clamped", urlProblem("url.bound", { max: TYPED_VALUE_LIMIT }));
  return { values, k };
};

export function writeTypedKernel(t: TypedKernel | null): string | null {
  if (!t) return null;
  const rows: string[] = [];
  for (let r = 0; r < t.k; r++) rows.push(t.values.slice(r * t.k, (r + 1) * t.k).map(formatNumber).join(","));
  return rows.join(";");
}

/** The lab's image: an uploaded file is not in a link, so "upload" quietly means the default. */
const readLabImage: Read<LabImageName> = (raw, fix) =>
  raw === "upload" ? DEFAULT_UPSAMPLE_SETTINGS.image : readEnum(LAB_IMAGES, DEFAULT_UPSAMPLE_SETTINGS.image)(raw, fix);

/** One query field: the page and setting it holds, how it is read, and how written. */
export interface SettingField {
  key: string;
  page: SettingsPage;
  prop: string;
  read: Read<unknown>;
  /** The text to write, or null for "nothing to write" (no typed kernel). */
  write: (v: unknown) => string | null;
  /**
   * A setting that follows the pointer (the lens centre): a change only replaces the current
   * history entry, at most every few hundred ms, as a step does.
   */
  transient?: boolean;
}

function row<P extends SettingsPage, K extends keyof PageSettings[P] & string>(
  page: P,
  prop: K,
  key: string,
  read: Read<PageSettings[P][K]>,
  write: (v: PageSettings[P][K]) => string | null = String,
  transient = false,
): SettingField {
  return { key, page, prop, read, write: write as (v: unknown) => string | null, transient };
}

const L = DEFAULT_TRAIN_SETTINGS;
const U = DEFAULT_UPSAMPLE_SETTINGS;
const C = DEFAULT_CHECKERBOARD_SETTINGS;

/** The field table: the order here is the order links are written in (after the explorer's). */
export const SETTING_FIELDS: readonly SettingField[] = [
  row("learn", "image", "timg", readEnum(TRAIN_IMAGES, L.image)),
  row("learn", "kernelSize", "tk", readInt(KERNEL_RANGE, L.kernelSize)),
  row("learn", "stride", "ts", readInt(STRIDE_RANGE, L.stride)),
  row("learn", "optimizer", "topt", readEnum(OPTIMIZERS, L.optimizer)),
  row("learn", "learningRate", "tlr", readNearest(LEARNING_RATES, L.learningRate)),
  row("learn", "init", "tinit", readEnum(INITS, L.init)),
  row("learn", "seed", "tseed", readInt(SEED_RANGE, L.seed)),
  row("learn", "steps", "tsteps", readNearest(STEP_COUNTS, L.steps)),
  row("upsample", "image", "img", readLabImage),
  row("upsample", "scale", "up", readEnum<number>(LAB_SCALES, U.scale)),
  row("upsample", "color", "color", readEnum<ColorMode>(["rgb", "gray"], U.color)),
  row("upsample", "view", "view", readEnum(LAB_VIEWS, U.view)),
  row("upsample", "lensSize", "lens", readEnum<number>(LAB_LENS_SIZES, U.lensSize)),
  row("upsample", "lensX", "lx", readFraction(U.lensX), String, true),
  row("upsample", "lensY", "ly", readFraction(U.lensY), String, true),
  row("upsample", "kernel", "kern", readEnum(LAB_KERNEL_KINDS, U.kernel)),
  row("upsample", "kernelSize", "kk", readInt(LAB_KERNEL_RANGE, U.kernelSize)),
  row("upsample", "seed", "seed", readInt(LAB_SEED_RANGE, U.seed)),
  row("upsample", "typed", "kw", readTypedKernel, writeTypedKernel),
  row("checkerboard", "kernelSize", "ck", readInt(CHECKER_KERNEL_RANGE, C.kernelSize)),
  row("checkerboard", "stride", "cs", readInt(CHECKER_STRIDE_RANGE, C.stride)),
  row("checkerboard", "layers", "layers", readInt(CHECKER_LAYERS_RANGE, C.layers)),
  row("checkerboard", "smooth", "smooth", readInt({ min: 0, max: CHECKER_KERNEL_RANGE.max }, C.smooth)),
  row("checkerboard", "image", "dimg", readEnum(DEMO_IMAGES, C.image)),
  row("checkerboard", "weights", "wts", readEnum(DEMO_WEIGHTS, C.weights)),
  row("checkerboard", "seed", "wseed", readInt(LAB_SEED_RANGE, C.seed)),
];

export const SETTING_KEYS: readonly string[] = SETTING_FIELDS.map((f) => f.key);

const fieldsOf = (o: object) => o as Record<string, unknown>;
const valueOf = (s: PageSettings, f: SettingField): unknown => fieldsOf(s[f.page])[f.prop];
const DEFAULT_TEXT = new Map(SETTING_FIELDS.map((f) => [f.key, f.write(valueOf(defaultPageSettings(), f))]));

/** The `key=text` pairs of the settings that differ from their page's default, in table order. */
export function writePageSettings(s: PageSettings): [string, string][] {
  const out: [string, string][] = [];
  for (const f of SETTING_FIELDS) {
    const text = f.write(valueOf(s, f));
    if (text !== null && text !== DEFAULT_TEXT.get(f.key)) out.push([f.key, text]);
  }
  return out;
}

/**
 * The settings a link holds (defaults where it holds none), reporting each repair through
 * `fix(key, raw, code, kept)`. Never throws.
 */
export function readPageSettings(
  fields: ReadonlyMap<string, string>,
  fix: (key: string, raw: string, code: FixCode, kept: Problem) => void,
): PageSettings {
  const s = defaultPageSettings();
  for (const f of SETTING_FIELDS) {
    const raw = fields.get(f.key);
    if (raw === undefined) continue;
    fieldsOf(s[f.page])[f.prop] = f.read(raw, (code, kept) => fix(f.key, raw, code, kept));
  }
  return s;
}

/** Whether two settings of a page would write the same link (and so show the same thing). */
export function samePageSettings<P extends SettingsPage>(page: P, a: PageSettings[P], b: PageSettings[P]): boolean {
  return SETTING_FIELDS.every(
    (f) => f.page !== page || f.write(fieldsOf(a)[f.prop]) === f.write(fieldsOf(b)[f.prop]),
  );
}

/**
 * What changed between two sets of settings, for the history: "push" when a field that decides
 * what a page shows changed, "replace" when only a transient one (the lens) moved, else "none".
 */
export function settingsChange(a: PageSettings, b: PageSettings): "push" | "replace" | "none" {
  if (a === b) return "none";
  let result: "replace" | "none" = "none";
  for (const f of SETTING_FIELDS) {
    if (a[f.page] === b[f.page]) continue;
    if (f.write(valueOf(a, f)) === f.write(valueOf(b, f))) continue;
    if (!f.transient) return "push";
    result = "replace";
  }
  return result;
}
