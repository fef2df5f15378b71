import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

/**
 * The real script, run as `npm test` runs it, with the browser hidden: CHROMIUM_PATH names a
 * missing file, the default path is moved into a temporary folder, and PATH holds only a folder
 * of fakes. The fake apt-get logs its arguments and DEBIAN_FRONTEND, and "installs" chromium by
 * writing an executable where the default path points.
 */
const SCRIPT = resolve(process.cwd(), "test/e2e/harness/provisionChromium.mjs");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

let dir = "";
let bin = "";
let log = "";
let chromium = "";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "provision-"));
  bin = join(dir, "bin");
  mkdirSync(bin);
  log = join(dir, "apt.log");
  chromium = join(dir, "usr-bin", "chromium");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeAptGet(exitOnInstall = 0): void {
  const script = [
    "#!/bin/sh",
    `echo "$DEBIAN_FRONTEND $*" >> '${log}'`,
    'echo "Reading package lists... (apt-get\'s own chatter)"',
    `if [ "$1" = install ]; then`,
    exitOnInstall ? `  exit ${exitOnInstall}` : `  /bin/mkdir -p '${join(dir, "usr-bin")}' && printf '#!/bin/sh\\n' > '${chromium}' && /bin/chmod +x '${chromium}'`,
    "fi",
  ].join("\n");
  writeFileSync(join(bin, "apt-get"), `${script}\n`);
  chmodSync(join(bin, "apt-get"), 0o755);
}

function run(env: Record<string, string>) {
  const out = spawnSync(process.execPath, [SCRIPT], {
    env: { CHROMIUM_PATH: join(dir, "missing-chrome"), CHROMIUM_DEFAULT_PATHS: chromium, PATH: bin, ...env },
    encoding: "utf8",
  });
  const lines = (s: string) => s.split("\n").filter(Boolean);
  return { status: out.status, stdout: lines(out.stdout), stderr: lines(out.stderr) };
}

describe("provisionChromium.mjs, the browser step of npm test", () => {
  it("says nothing and succeeds when CHROMIUM_PATH is a browser", () => {
    writeFileSync(join(bin, "chrome"), "#!/bin/sh\n");
    chmodSync(join(bin, "chrome"), 0o755);
    expect(run({ CHROMIUM_PATH: join(bin, "chrome") })).toEqual({ status: 0, stdout: [], stderr: [] });
  });

  it.runIf(isRoot)("as root with apt-get and no browser, installs Debian's chromium and prints one line", () => {
    fakeAptGet();
    const result = run({});
    expect(result.stderr).toEqual([]);
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toContain("installing Debian's chromium (apt-get update && apt-get install -y chromium)");
    expect(result.status).toBe(0);
    expect(readFileSync(log, "utf8").split("\n").filter(Boolean)).toEqual(["noninteractive update", "noninteractive install -y chromium"]);
    expect(existsSync(chromium)).toBe(true);
    // the next run finds what was installed, naming it because CHROMIUM_PATH is still wrong
    expect(run({})).toEqual({ status: 0, stdout: [expect.stringMatching(/is not an executable file; using .*usr-bin\/chromium$/)], stderr: [] });
    expect(run({ CHROMIUM_PATH: "" })).toEqual({ status: 0, stdout: [], stderr: [] });
  });

  it.runIf(isRoot)("when apt-get fails, shows apt-get's output and fails with one line of its own", () => {
    fakeAptGet(100);
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stderr.at(-1)).toBe("`apt-get install -y chromium` failed (exit 100): install Chromium by hand or set CHROMIUM_PATH");
    expect(result.stderr).toContain("Reading package lists... (apt-get's own chatter)");
  });

  it("without apt-get, fails at once with one line saying what to install", () => {
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toContain("apt-get update && apt-get install -y chromium");
    expect(existsSync(log)).toBe(false);
  });
});
