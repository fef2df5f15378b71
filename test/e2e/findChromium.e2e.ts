import { describe, expect, it } from "vitest";
import { findChromium, INSTALL_HINT } from "./harness/findChromium";

const only = (...files: string[]) => (file: string) => files.includes(file);

describe("findChromium", () => {
  it("prefers CHROMIUM_PATH over everything else", () => {
    const env = { CHROMIUM_PATH: "/opt/chrome/chrome", PATH: "/usr/bin" };
    expect(findChromium(env, only("/opt/chrome/chrome", "/usr/bin/chromium"))).toBe("/opt/chrome/chrome");
  });

  it("fails when CHROMIUM_PATH names a missing file, instead of falling back", () => {
    const env = { CHROMIUM_PATH: "/nope/chrome", PATH: "/usr/bin" };
    expect(() => findChromium(env, only("/usr/bin/chromium"))).toThrow(/CHROMIUM_PATH=\/nope\/chrome/);
  });

  it("then takes /usr/bin/chromium", () => {
    expect(findChromium({ PATH: "/a:/b" }, only("/usr/bin/chromium", "/a/google-chrome"))).toBe("/usr/bin/chromium");
  });

  it("then chromium-browser, then google-chrome, on PATH", () => {
    expect(findChromium({ PATH: "/a:/b" }, only("/a/google-chrome", "/b/chromium-browser"))).toBe("/b/chromium-browser");
    expect(findChromium({ PATH: "/a:/b" }, only("/b/google-chrome"))).toBe("/b/google-chrome");
  });

  it("without any, throws one line saying how to install Chromium", () => {
    expect(() => findChromium({ PATH: "/a:/b" }, () => false)).toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).not.toContain("\n");
    expect(INSTALL_HINT).toContain("apt-get install -y chromium");
  });
});
