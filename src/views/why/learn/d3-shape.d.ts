/**
 * The part of d3-shape (no bundled types; @types/d3-shape is not a dependency) the loss curve
 * uses: https://d3js.org/d3-shape/line
 */
declare module "d3-shape" {
  export interface Line<Datum> {
    (data: Iterable<Datum> | Datum[]): string | null;
    x(x: (d: Datum, index: number, data: Datum[]) => number): this;
    y(y: (d: Datum, index: number, data: Datum[]) => number): this;
    defined(defined: (d: Datum, index: number, data: Datum[]) => boolean): this;
  }
  export function line<Datum = [number, number]>(): Line<Datum>;
}
