import { useId, useMemo, useRef } from "react";
import { snippetOutput } from "../../format/pytorchSnippet";
import { useComputed } from "../useComputed";
import { useT } from "../useT";
import { CopyButton } from "./CopyButton";
import { highlightPython } from "./highlightPython";
import { snippetFor } from "./snippetFor";
import "./code.css";

/**
 * The copyable PyTorch snippet for the computed configuration, and beside it the list the snippet
 * prints, computed by this app's core (snippetOutput: rounded as the snippet rounds, in Python's
 * float repr), so the two can be compared character for character.
 */
export function CodePanel() {
  const t = useT();
  const titleId = useId();
  const { exploration, explored, exploredFrom } = useComputed();
  const code = useMemo(() => (explored && exploredFrom ? snippetFor(explored, exploredFrom) : null), [explored, exploredFrom]);
  const tokens = useMemo(() => (code ? highlightPython(code) : []), [code]);
  const printed = useMemo(() => (exploration ? snippetOutput(exploration.output) : null), [exploration]);
  const codeRef = useRef<HTMLPreElement>(null);
  const outputRef = useRef<HTMLPreElement>(null);

  return (
    <section className="code-panel" aria-labelledby={titleId}>
      <header className="code-head">
        <h2 id={titleId}>{t("code.title")}</h2>
        <p className="code-lead">{t("code.lead")}</p>
      </header>
      {code === null || printed === null ? (
        <p className="code-empty">{t("code.empty")}</p>
      ) : (
        <div className="code-columns">
          <div className="code-block">
            <div className="code-bar">
              <span className="code-bar-title">{t("code.language")}</span>
              <CopyButton text={code} label={t("code.copy")} title={t("code.copyTitle")} source={codeRef} />
            </div>
            <pre ref={codeRef} className="code-pre" tabIndex={0} role="region" aria-label={t("code.snippetLabel")} data-testid="code-snippet">
              <code>
                {tokens.map((tok, i) => (tok.kind === "plain" ? tok.text : <span key={i} className={`tok-${tok.kind}`}>{tok.text}</span>))}
              </code>
            </pre>
          </div>
          <div className="code-block code-output">
            <div className="code-bar">
              <span className="code-bar-title">{t("code.outputTitle")}</span>
              <CopyButton text={printed} label={t("code.copy")} name={t("code.copyOutput")} title={t("code.copyOutputTitle")} source={outputRef} />
            </div>
            <pre ref={outputRef} className="code-pre wrap" tabIndex={0} role="region" aria-label={t("code.outputLabel")} data-testid="code-output">
              <code>{printed}</code>
            </pre>
          </div>
        </div>
      )}
    </section>
  );
}
