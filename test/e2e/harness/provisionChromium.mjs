#!/usr/bin/env node
// The first thing `npm test`, `npm run test:e2e` and `npm run bench` run: makes sure there is a
// Chromium to drive, so that the README's `npm install && npm test` works on a fresh machine.
// Silent when a browser is found; one line when it installs Debian's `chromium` (root with
// apt-get) or when it cannot (exit 1, before any build or test starts). apt-get's own output is
// kept back unless it fails. CHROMIUM_DEFAULT_PATHS (a PATH-style list replacing
// /usr/bin/chromium) exists for the test that runs this script with the browser hidden.
import { spawnSync } from "node:child_process";
import { delimiter } from "node:path";
import { chromiumPlan, DEFAULT_PATHS, locateChromium, onPath } from "./findChromium.mjs";

const env = process.env;
const defaults = env.CHROMIUM_DEFAULT_PATHS !== undefined ? env.CHROMIUM_DEFAULT_PATHS.split(delimiter).filter(Boolean) : DEFAULT_PATHS;
const plan = chromiumPlan({
  env,
  defaults,
  isRoot: typeof process.getuid === "function" && process.getuid() === 0,
  aptGet: onPath("apt-get", env.PATH),
});

function aptGet(args) {
  const run = spawnSync(plan.aptGet, args, {
    env: { ...env, DEBIAN_FRONTEND: "noninteractive" },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status === 0) return;
  process.stderr.write(run.stdout ?? "");
  process.stderr.write(run.stderr ?? "");
  const how = run.error ? run.error.message : `exit ${run.status ?? run.signal}`;
  console.error(`\`apt-get ${args.join(" ")}\` failed (${how}): install Chromium by hand or set CHROMIUM_PATH`);
  process.exit(1);
}

if (plan.kind === "use") {
  if (plan.line) console.log(plan.line);
} else if (plan.kind === "fail") {
  console.error(plan.line);
  process.exit(1);
} else {
  console.log(plan.line);
  aptGet(["update"]);
  aptGet(["install", "-y", "chromium"]);
  const { path } = locateChromium(env, undefined, defaults);
  if (!path) {
    console.error(`apt-get installed chromium but no browser is at ${defaults.join(", ")}: set CHROMIUM_PATH`);
    process.exit(1);
  }
}
