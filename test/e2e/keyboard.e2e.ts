import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readGrid, useApp } from "./harness/app";

const open = useApp();

/** The reverse with every view shown, so the sample holds grid cells, the zero-insertion view and the matrix. */
const REVERSE_ALL_VIEWS = "?mode=transposed&x=18,27;18,27&views=scatter,zero,matrix";

interface Stop {
  /** Index into the page's list of focusable controls, −1 for an element not in it. */
  index: number;
  tag: string;
  type: string;
  role: string;
  name: string;
  /** What draws the ring (the control itself, a wrapper, or the face a hidden native input stands behind), or null. */
  ring: string | null;
}

/**
 * Marks every control Tab should reach (tabIndex ≥ 0, enabled, rendered) and records, with
 * nothing focused, how each one and its ring candidates look: the control, its parent and
 * grandparent (a field whose wrapper draws :focus-within), and its next sibling (the visible face
 * of a visually hidden radio).
 */
async function markControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __controls: HTMLElement[]; __before: Map<Element, string> };
    (document.activeElement as HTMLElement | null)?.blur();
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }),
    );
    const ring = (el: Element) => {
      const cs = getComputedStyle(el);
      return `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow}`;
    };
    w.__before = new Map();
    for (const el of controls) for (const c of [el, el.parentElement, el.parentElement?.parentElement, el.nextElementSibling]) if (c) w.__before.set(c, ring(c));
    w.__controls = controls;
    return controls.length;
  });
}

/** The focused control and what draws its focus ring: an outline or box-shadow that appears only on focus, ≥ 2 px and not transparent. */
async function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const w = window as unknown as { __controls: HTMLElement[]; __before: Map<Element, string> };
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const visibleRing = (c: Element): boolean => {
      const cs = getComputedStyle(c);
      const now = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow}`;
      if (now === w.__before.get(c)) return false;
      if (!(c as HTMLElement).checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const opaque = (colour: string) => !/rgba\([^)]*,\s*0\)$/.test(colour) && colour !== "transparent";
      const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2 && opaque(cs.outlineColor);
      // a ring drawn with box-shadow: a spread of at least 2 px (e.g. "rgb(0, 114, 178) 0px 0px 0px 2px")
      const shadow = cs.boxShadow !== "none" && /(?:^|,)\s*rgba?\([^)]*\)\s+0px\s+0px\s+\S+\s+([2-9]|\d\d)/.test(cs.boxShadow);
      return outline || shadow;
    };
    const candidates: Array<[string, Element | null | undefined]> = [
      ["self", el],
      ["parent", el.parentElement],
      ["grandparent", el.parentElement?.parentElement],
      ["next sibling", el.nextElementSibling],
    ];
    const ring = candidates.find(([, c]) => c && visibleRing(c));
    return {
      index: w.__controls.indexOf(el),
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute("type") ?? "",
      role: el.getAttribute("role") ?? "",
      name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60),
      ring: ring ? ring[0] : null,
    };
  });
}

/** Presses Tab from the top of the page until focus leaves the document or comes back round. */
async function tabThrough(page: Page): Promise<Stop[]> {
  await page.locator("body").focus();
  const stops: Stop[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const stop = await focusedStop(page);
    if (!stop || (stop.index >= 0 && seen.has(stop.index))) break;
    seen.add(stop.index);
    stops.push(stop);
  }
  return stops;
}

/** Controls Tab need not reach: the unchecked radios of a group whose checked radio it reached (arrow keys move within the group). */
async function unreached(page: Page, stops: Stop[]): Promise<string[]> {
  const reached = stops.map((s) => s.index);
  return page.evaluate((reached) => {
    const w = window as unknown as { __controls: HTMLElement[] };
    const hit = new Set(reached.map((i) => w.__controls[i]));
    const groups = new Set([...hit].filter((el) => el instanceof HTMLInputElement && el.type === "radio").map((el) => (el as HTMLInputElement).name));
    return w.__controls
      .filter((el) => !hit.has(el) && !(el instanceof HTMLInputElement && el.type === "radio" && groups.has(el.name)))
      .map((el) => el.outerHTML.slice(0, 140));
  }, reached);
}

/** Every element's transition durations and animation names, for those that animate anything. */
async function animated(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("*")].flatMap((el) => {
      const cs = getComputedStyle(el);
      const moving = cs.transitionDuration.split(",").some((d) => parseFloat(d) > 0) || cs.animationName !== "none";
      return moving ? [`${el.tagName.toLowerCase()}.${[...el.classList].join(".")} transition ${cs.transitionDuration} animation ${cs.animationName}`] : [];
    }),
  );
}

describe("the keyboard, in Chromium", () => {
  it("Tab reaches every control of the explorer, and each shows a visible focus ring", async () => {
    const { page } = await open({ path: REVERSE_ALL_VIEWS });
    await page.locator('[data-grid="matrix"]').first().waitFor();
    // open the folded parts (channels and groups, the value editor) so their controls are in the walk
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    // the edit drawer's toolbars are fetched when it first opens: wait for both
    await expect.poll(() => page.locator(".edit-drawer [data-edit-grid]").count()).toBe(2);
    const total = await markControls(page);
    const stops = await tabThrough(page);

    expect(stops.length).toBeGreaterThan(40);
    expect(await unreached(page, stops), "controls Tab never reached").toEqual([]);
    expect(stops.filter((s) => s.index < 0).map((s) => `${s.tag} ${s.name}`), "stops outside the list of controls").toEqual([]);
    expect(stops.filter((s) => s.ring === null).map((s) => `${s.tag}[type=${s.type}][role=${s.role}] "${s.name}"`), "focused without a visible ring").toEqual([]);
    expect(total).toBeGreaterThanOrEqual(stops.length);

    // the sample covers every kind of control the explorer has
    const kinds = new Set(stops.map((s) => (s.role === "gridcell" ? "gridcell" : s.role === "spinbutton" ? "spinbutton" : s.tag === "input" ? `input[${s.type || "text"}]` : s.tag)));
    for (const kind of ["a", "button", "summary", "select", "spinbutton", "input[text]", "input[range]", "input[radio]", "input[checkbox]", "gridcell"]) {
      expect(kinds, kind).toContain(kind);
    }
    // every grid takes one Tab stop (arrow keys move inside it), the matrix included
    const grids = await page.locator('[role="grid"]').count();
    expect(stops.filter((s) => s.role === "gridcell").length).toBe(grids);
    expect(stops.some((s) => s.role === "gridcell" && /^Row 0, column 0/.test(s.name))).toBe(true);
  });

  it("Tab and the arrow keys reach a grid's cells, and Enter on an input cell opens its editor", async () => {
    const { page } = await open();
    await expect.poll(() => readGrid(page, "input").then((g) => g.length)).toBe(4);
    const cell = page.locator('[data-grid="input"][data-r="0"][data-c="0"]').locator("xpath=..");
    await cell.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("x[1,1] = 2");
    expect(await page.evaluate(() => document.activeElement?.matches(":focus-visible"))).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
    await page.keyboard.press("Escape");
  });

  it("prefers-reduced-motion: reduce turns every transition and animation off", async () => {
    const { page } = await open({ path: REVERSE_ALL_VIEWS });
    await page.locator('[data-grid="matrix"]').first().waitFor();
    // without the preference the cells and matrix entries do animate their highlights
    const moving = await animated(page);
    expect(moving.some((m) => m.startsWith("div.cell "))).toBe(true);
    expect(moving.some((m) => m.startsWith("div.mx-cell"))).toBe(true);

    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
    expect(await animated(page)).toEqual([]);
    await page.locator("body").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator('[data-grid="output"][data-active="true"]').count()).toBe(9);
    expect(await animated(page)).toEqual([]);

    // the transposing primer moves a matrix's entries: with the preference they jump
    await page.goto(new URL("?page=transpose", page.url()).href);
    await page.locator('[data-matrix="conv"][data-shape="4x16"]').waitFor();
    expect(await animated(page)).toEqual([]);
  });
});
