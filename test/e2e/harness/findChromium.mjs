// Plain JavaScript (typed by findChromium.d.mts) so that `npm test` can run it with Node before
// anything is built or type-checked: provisionChromium.mjs decides with it whether to install a
// browser, and the browser tests and the bench launch the browser it finds.
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Where Debian's `chromium` package puts the browser: looked at after CHROMIUM_PATH. */
export const DEFAULT_PATHS = ["/usr/bin/chromium"];

/** Names looked up on PATH, in order, after the default paths. */
export const PATH_NAMES = ["chromium", "chromium-browser", "google-chrome"];

/** The one command that installs a browser, as the README and every message say it. */
export const INSTALL_COMMAND = "apt-get update && apt-get install -y chromium";

/** How to get a browser, said in one line: the only thing a missing Chromium prints. */
export const INSTALL_HINT = `Chromium not found: set CHROMIUM_PATH or run \`${INSTALL_COMMAND}\``;

export function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable `name` in the directories of a PATH string, or null. */
export function onPath(name, path, isExecutable = isExecutableFile) {
  for (const dir of (path ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/**
 * The browser to drive, or null: `CHROMIUM_PATH` when it is an executable file, then each of
 * `defaults`, then `PATH_NAMES` on PATH. `skipped` names a CHROMIUM_PATH that was set but is not
 * executable (the search went on without it).
 */
export function locateChromium(env = process.env, isExecutable = isExecutableFile, defaults = DEFAULT_PATHS) {
  const explicit = env.CHROMIUM_PATH || null;
  const skipped = explicit !== null && !isExecutable(explicit) ? explicit : null;
  if (explicit !== null && skipped === null) return { path: explicit, skipped };
  for (const file of defaults) if (isExecutable(file)) return { path: file, skipped };
  for (const name of PATH_NAMES) {
    const found = onPath(name, env.PATH, isExecutable);
    if (found) return { path: found, skipped };
  }
  return { path: null, skipped };
}

const skippedNote = (skipped) => (skipped ? `CHROMIUM_PATH=${skipped} is not an executable file; ` : "");

/**
 * What `npm test` does about its browser, decided without touching anything:
 * - `use`: a browser was found;
 * - `install`: none, but this process is root and apt-get exists, so it installs Debian's
 *   `chromium` (`aptGet` is the apt-get to run, `line` the one line it prints);
 * - `fail`: none and no way to install one here; `line` says what to install.
 */
export function chromiumPlan({ env = process.env, isExecutable = isExecutableFile, defaults = DEFAULT_PATHS, isRoot, aptGet }) {
  const { path, skipped } = locateChromium(env, isExecutable, defaults);
  if (path) return { kind: "use", path, line: skipped ? `${skippedNote(skipped)}using ${path}` : null };
  if (isRoot && aptGet) {
    return {
      kind: "install",
      aptGet,
      line: `${skippedNote(skipped)}Chromium not found: installing Debian's chromium (${INSTALL_COMMAND}), about a minute`,
    };
  }
  const why = isRoot ? "apt-get is not available" : "not running as root";
  return { kind: "fail", line: `${skippedNote(skipped)}${INSTALL_HINT} (cannot install it here: ${why})` };
}

/**
 * The Chromium the browser tests and the bench drive (see `locateChromium`). Throws the one-line
 * install hint when there is none, so the browser tests fail instead of passing without a browser.
 */
export function findChromium(env = process.env, isExecutable = isExecutableFile, defaults = DEFAULT_PATHS) {
  const { path, skipped } = locateChromium(env, isExecutable, defaults);
  if (path) return path;
  throw new Error(`${skippedNote(skipped)}${INSTALL_HINT}`);
}
