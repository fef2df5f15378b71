import type { ReactNode } from "react";
import type { Mode } from "../../core";
import type { AxisFormula } from "./formulaTerms";

/*
 * The output-size formulas in native MathML (MathML Core: drawn by the browser, crisp at any zoom,
 * no library). MathML Core does not break lines, so each formula is a run of short <math> chunks
 * that wrap like words in a narrow sidebar; an operator that opens a chunk is marked infix so it
 * keeps its spacing. Numbers taken from the parameters are `.formula-sub`; the result is
 * `.formula-result`.
 */

function Op({ children, lead = false }: { children: string; lead?: boolean }) {
  return <mo form={lead ? "infix" : undefined}>{children}</mo>;
}

function Sub({ v }: { v: number }) {
  return <mn className="formula-sub">{v}</mn>;
}

function Paren({ children }: { children: ReactNode }) {
  return (
    <mrow>
      <mo stretchy="false">(</mo>
      {children}
      <mo stretchy="false">)</mo>
    </mrow>
  );
}

function Floor({ children }: { children: ReactNode }) {
  return (
    <mrow>
      <mo>⌊</mo>
      {children}
      <mo>⌋</mo>
    </mrow>
  );
}

function Out({ axis }: { axis: string | null }) {
  return axis ? (
    <msub>
      <mi>o</mi>
      <mi mathvariant="normal">{axis}</mi>
    </msub>
  ) : (
    <mi>o</mi>
  );
}

/** k − 1 in parentheses, with k substituted or not. */
function KMinusOne({ k }: { k?: number }) {
  return (
    <Paren>
      {k === undefined ? <mi>k</mi> : <Sub v={k} />}
      <mo>−</mo>
      <mn>1</mn>
    </Paren>
  );
}

/** A formula as chunks that wrap between each other, never inside one. */
function Run({ chunks, className }: { chunks: ReactNode[]; className?: string }) {
  return (
    <span className={className ? `formula-run ${className}` : "formula-run"}>
      {chunks.map((chunk, n) => (
        <math key={n} displaystyle="true">
          {chunk}
        </math>
      ))}
    </span>
  );
}

/** o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1, or o = (i−1)s − 2p + d(k−1) + output_padding + 1. */
export function GeneralFormula({ mode }: { mode: Mode }) {
  if (mode === "conv") {
    return (
      <Run
        className="formula-general"
        chunks={[
          <>
            <mi>o</mi>
            <mo>=</mo>
            <Floor>
              <mfrac>
                <mrow>
                  <mi>i</mi>
                  <mo>+</mo>
                  <mn>2</mn>
                  <mi>p</mi>
                  <mo>−</mo>
                  <mi>d</mi>
                  <KMinusOne />
                  <mo>−</mo>
                  <mn>1</mn>
                </mrow>
                <mi>s</mi>
              </mfrac>
            </Floor>
            <mo>+</mo>
            <mn>1</mn>
          </>,
        ]}
      />
    );
  }
  return (
    <Run
      className="formula-general"
      chunks={[
        <>
          <mi>o</mi>
          <mo>=</mo>
          <Paren>
            <mi>i</mi>
            <mo>−</mo>
            <mn>1</mn>
          </Paren>
          <mi>s</mi>
          <mo>−</mo>
          <mn>2</mn>
          <mi>p</mi>
        </>,
        <>
          <Op lead>+</Op>
          <mi>d</mi>
          <KMinusOne />
        </>,
        <>
          <Op lead>+</Op>
          <mtext className="formula-op">output_padding</mtext>
          <mo>+</mo>
          <mn>1</mn>
        </>,
      ]}
    />
  );
}

/**
 * One axis worked through: the formula with the numbers substituted, then (on its own line) one
 * simplified step and the result.
 */
export function AxisMath({ f, axis }: { f: AxisFormula; axis: string | null }) {
  const { i, k, s, p, d, op } = f.n;
  const result = (
    <>
      <Op lead>=</Op>
      <mn className="formula-result">{f.o}</mn>
    </>
  );
  if (f.mode === "conv") {
    return (
      <>
        <Run
          chunks={[
            <>
              <Out axis={axis} />
              <mo>=</mo>
              <Floor>
                <mfrac>
                  <mrow>
                    <Sub v={i} />
                    <mo>+</mo>
                    <mn>2</mn>
                    <mo>⋅</mo>
                    <Sub v={p} />
                    <mo>−</mo>
                    <Sub v={d} />
                    <mo>⋅</mo>
                    <KMinusOne k={k} />
                    <mo>−</mo>
                    <mn>1</mn>
                  </mrow>
                  <Sub v={s} />
                </mfrac>
              </Floor>
              <mo>+</mo>
              <mn>1</mn>
            </>,
          ]}
        />
        <Run
          chunks={[
            <>
              <Op lead>=</Op>
              <Floor>
                <mfrac>
                  <mn>{f.first}</mn>
                  <mn>{s}</mn>
                </mfrac>
              </Floor>
              <mo>+</mo>
              <mn>1</mn>
            </>,
            result,
          ]}
        />
      </>
    );
  }
  return (
    <>
      <Run
        chunks={[
          <>
            <Out axis={axis} />
            <mo>=</mo>
            <Paren>
              <Sub v={i} />
              <mo>−</mo>
              <mn>1</mn>
            </Paren>
            <mo>⋅</mo>
            <Sub v={s} />
          </>,
          <>
            <Op lead>−</Op>
            <mn>2</mn>
            <mo>⋅</mo>
            <Sub v={p} />
          </>,
          <>
            <Op lead>+</Op>
            <Sub v={d} />
            <mo>⋅</mo>
            <KMinusOne k={k} />
          </>,
          <>
            <Op lead>+</Op>
            <Sub v={op} />
            <mo>+</mo>
            <mn>1</mn>
          </>,
        ]}
      />
      <Run
        chunks={[
          <>
            <Op lead>=</Op>
            <mn>{f.first}</mn>
            <mo>−</mo>
            <mn>{2 * p}</mn>
            <mo>+</mo>
            <mn>{f.second}</mn>
          </>,
          <>
            <Op lead>+</Op>
            <mn>{op}</mn>
            <mo>+</mo>
            <mn>1</mn>
          </>,
          result,
        ]}
      />
    </>
  );
}
