/**
 * The MathML Core elements the formula uses, for JSX. @types/react lists HTML and SVG only; React
 * DOM itself creates <math> and its children in the MathML namespace, and Chromium, Firefox and
 * Safari draw them natively (no library, nothing added to the bundle).
 */
import type { DetailedHTMLProps, HTMLAttributes } from "react";

type MathProps = DetailedHTMLProps<HTMLAttributes<MathMLElement>, MathMLElement> & {
  display?: "block" | "inline";
  displaystyle?: "true" | "false";
  mathvariant?: "normal";
  stretchy?: "true" | "false";
  fence?: "true" | "false";
  form?: "prefix" | "infix" | "postfix";
  lspace?: string;
  rspace?: string;
  linethickness?: string;
  width?: string;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      math: MathProps;
      mrow: MathProps;
      mi: MathProps;
      mn: MathProps;
      mo: MathProps;
      mtext: MathProps;
      mfrac: MathProps;
      msub: MathProps;
      mspace: MathProps;
    }
  }
}
