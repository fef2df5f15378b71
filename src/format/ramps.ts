import { interpolateRgbBasis } from "d3-interpolate";

/**
 * The two ColorBrewer ramps the explorer's cells use (Cynthia Brewer, Mark Harrower and The
 * Pennsylvania State University), built exactly as d3-scale-chromatic builds them: a B-spline
 * through the largest scheme, 9 greys and 11 red–blue classes. They live here because
 * d3-scale-chromatic ships as one file whose scheme tables cannot be tree-shaken: importing two
 * ramps from it put all 60 in the start-up chunk (about 5 KB gzip). The other pages, which use
 * more of its ramps, still import it, in their own chunks.
 */
const hex = (s: string): string[] => Array.from({ length: s.length / 6 }, (_, i) => `#${s.slice(i * 6, i * 6 + 6)}`);

/** d3-scale-chromatic's interpolateGreys: 0 is white, 1 black. */
export const interpolateGreys = interpolateRgbBasis(hex("fffffff0f0f0d9d9d9bdbdbd969696737373525252252525000000"));

/** d3-scale-chromatic's interpolateRdBu: 0 is dark red, 0.5 near white, 1 dark blue. */
export const interpolateRdBu = interpolateRgbBasis(hex("67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061"));
