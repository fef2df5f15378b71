import { describe, expect, it } from "vitest";
import { chromiumPlan, findChromium, INSTALL_HINT, locateChromium } from "./harness/findChromium.mjs";

const only = (...files: string[]) => (file: string) => files.includes(file);

describe("findChromium", () => {
  it("prefers CHROMIUM_PATH over everything else", () => {
    const env = { CHROMIUM_PATH: "/opt/chrome/chrome", PATH: "/usr/bin" };
    expect(findChromium(env, only("/opt/chrome/chrome", "/usr/bin/chromium"))).toBe("/opt/chrome/chrome");
  });

  it("skips a CHROMIUM_PATH that names a missing file, and says so", () => {
    const env = { CHROMIUM_PATH: "/nope/chrome", PATH: "/a" };
    expect(locateChromium(env, only("/usr/bin/chromium"))).toEqual({ path: "/usr/bin/chromium", skipped: "/nope/chrome" });
    expect(() => findChromium(env, () => false)).toThrow(/^CHROMIUM_PATH=\/nope\/chrome is not an executable file; Chromium not found/);
  });

  it("then takes /usr/bin/chromium", () => {
    expect(findChromium({ PATH: "/a:/b" }, only("/usr/bin/chromium", "/a/google-chrome"))).toBe("/usr/bin/chromium");
  });

  it("then chromium, chromium-browser, then google-chrome, on PATH", () => {
    expect(findChromium({ PATH: "/a:/b" }, only("/a/google-chrome", "/b/chromium"))).toBe("/b/chromium");
    expect(findChromium({ PATH: "/a:/b" }, only("/a/google-chrome", "/b/chromium-browser"))).toBe("/b/chromium-browser");
    expect(findChromium({ PATH: "/a:/b" }, only("/b/google-chrome"))).toBe("/b/google-chrome");
  });

  it("looks only where it is told: other default paths replace /usr/bin/chromium", () => {
    expect(locateChromium({ PATH: "/a" }, only("/usr/bin/chromium"), ["/hidden/chromium"]).path).toBeNull();
  });

  it("without any, throws one line saying how to install Chromium", () => {
    expect(() => findChromium({ PATH: "/a:/b" }, () => false)).toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).not.toContain("\n");
    expect(INSTALL_HINT).toContain("apt-get install -y chromium");
  });
});

describe("chromiumPlan: what npm test does about its browser", () => {
  const hidden = { env: { CHROMIUM_PATH: "/nope/chrome", PATH: "/a" }, isExecutable: () => false };

  it("uses a browser that is there, silently, even as root with apt-get", () => {
    const plan = chromiumPlan({ env: { PATH: "/a" }, isExecutable: only("/usr/bin/chromium"), isRoot: true, aptGet: "/usr/bin/apt-get" });
    expect(plan).toEqual({ kind: "use", path: "/usr/bin/chromium", line: null });
  });

  it("names a skipped CHROMIUM_PATH in one line when it uses another browser", () => {
    const plan = chromiumPlan({ env: { CHROMIUM_PATH: "/nope", PATH: "/a" }, isExecutable: only("/usr/bin/chromium"), isRoot: false, aptGet: null });
    expect(plan).toEqual({ kind: "use", path: "/usr/bin/chromium", line: "CHROMIUM_PATH=/nope is not an executable file; using /usr/bin/chromium" });
  });

  it("installs Debian's chromium when none is found, as root with apt-get, and says so in one line", () => {
    const plan = chromiumPlan({ ...hidden, isRoot: true, aptGet: "/usr/bin/apt-get" });
    expect(plan.kind).toBe("install");
    if (plan.kind !== "install") return;
    expect(plan.aptGet).toBe("/usr/bin/apt-get");
    expect(plan.line).toContain("installing Debian's chromium (apt-get update && apt-get install -y chromium)");
    expect(plan.line).not.toContain("\n");
  });

  it("fails at once with what to install when not root", () => {
    const plan = chromiumPlan({ ...hidden, isRoot: false, aptGet: "/usr/bin/apt-get" });
    expect(plan).toEqual({ kind: "fail", line: expect.stringContaining(INSTALL_HINT) });
    expect(plan.line).toContain("not running as root");
  });

  it("fails at once with what to install when apt-get is missing", () => {
    const plan = chromiumPlan({ ...hidden, isRoot: true, aptGet: null });
    expect(plan.kind).toBe("fail");
    expect(plan.line).toContain("apt-get is not available");
    expect(plan.line).not.toContain("\n");
  });
});
