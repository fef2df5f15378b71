import { describe, expect, it, inject } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../build/csp";
import { useApp } from "./harness/app";
import { gotoPage, PAGE_NAMES } from "./harness/pages";

const open = useApp();

describe("Content-Security-Policy", () => {
  it("the built page carries the strict policy as its first meta, and no inline script", async () => {
    const html = await (await fetch(inject("baseURL"))).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    expect(meta).not.toBeNull();
    const policy = (meta?.[1] ?? "").replaceAll("&#39;", "'");
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    const directives = new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("worker-src")).toEqual(["'self'"]);
    expect(directives.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("unsafe-inline");
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="/);
      expect(body.trim()).toBe("");
    }
  });

  it("is enforced: an injected inline script does not run, and the violation is caught", async () => {
    const session = await open();
    const ran = await session.page.evaluate(async () => {
      const violation = new Promise<string>((resolve) => document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective), { once: true }));
      const s = document.createElement("script");
      s.textContent = "window.__inlineRan = true";
      document.head.append(s);
      return { ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, directive: await violation };
    });
    expect(ran).toEqual({ ran: false, directive: "script-src-elem" });
    // The harness saw it too (every browser test fails on one); this test wanted it, so it is taken out.
    await expect.poll(() => session.errors.filter((e) => e.startsWith("console.error: securitypolicyviolation: script-src-elem")).length).toBe(1);
    session.errors.splice(0, session.errors.length, ...session.errors.filter((e) => !e.includes("script-src")));
  });

  for (const lang of ["en", "zh-CN"] as const) {
    it(`every page in ${lang} loads with no violation, and so do the SVG, PNG and GIF exports`, async () => {
      const session = await open();
      const { page } = session;
      for (const name of PAGE_NAMES) await gotoPage(page, name, lang);
      await gotoPage(page, "explorer", lang);
      const status = page.locator(".export-message");
      for (const button of [".export-button >> nth=1", ".export-button >> nth=2", ".export-button >> nth=3"]) {
        const download = page.waitForEvent("download", { timeout: 30_000 });
        await page.locator(button).click();
        await download;
        await expect.poll(() => status.getAttribute("data-kind")).toBe("info");
      }
      await page.waitForTimeout(500);
      expect(session.errors).toEqual([]);
    });
  }
});
