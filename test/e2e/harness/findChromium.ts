import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";

/** How to get a browser, said in one line: the only thing a missing Chromium prints. */
export const INSTALL_HINT =
  "Chromium not found: set CHROMIUM_PATH or run `apt-get update && apt-get install -y chromium`";

const DEFAULT_PATH = "/usr/bin/chromium";
const PATH_NAMES = ["chromium-browser", "google-chrome"];

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium the browser tests drive, in this order: `CHROMIUM_PATH`, `/usr/bin/chromium`,
 * then `chromium-browser` or `google-chrome` on PATH. Throws a one-line install hint when there
 * is none, so the browser tests fail instead of passing without a browser.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  isExecutable: (file: string) => boolean = isExecutableFile,
): string {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file. ${INSTALL_HINT}`);
  }
  if (isExecutable(DEFAULT_PATH)) return DEFAULT_PATH;
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new Error(INSTALL_HINT);
}
