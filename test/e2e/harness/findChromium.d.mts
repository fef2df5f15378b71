export declare const DEFAULT_PATHS: readonly string[];
export declare const PATH_NAMES: readonly string[];
export declare const INSTALL_COMMAND: string;
export declare const INSTALL_HINT: string;

export type Env = Readonly<Record<string, string | undefined>>;

export declare function isExecutableFile(file: string): boolean;
export declare function onPath(name: string, path: string | undefined, isExecutable?: (file: string) => boolean): string | null;
export declare function locateChromium(
  env?: Env,
  isExecutable?: (file: string) => boolean,
  defaults?: readonly string[],
): { path: string | null; skipped: string | null };

export type ChromiumPlan =
  | { kind: "use"; path: string; line: string | null }
  | { kind: "install"; aptGet: string; line: string }
  | { kind: "fail"; line: string };

export declare function chromiumPlan(probe: {
  env?: Env;
  isExecutable?: (file: string) => boolean;
  defaults?: readonly string[];
  isRoot: boolean;
  aptGet: string | null;
}): ChromiumPlan;

export declare function findChromium(env?: Env, isExecutable?: (file: string) => boolean, defaults?: readonly string[]): string;
