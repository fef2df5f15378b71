import { useId, useMemo, useRef, useState } from "react";
import { snippetOutput } from "../../format/pytorchSnippet";
import { useComputed } from "../useComputed";
import { useT } from "../useT";
import { CopyButton } from "./CopyButton";
import { FRAMEWORKS, frameworkCode, type Framework } from "./frameworkCode";
import { highlightPython } from "./highlightPython";
import { snippetFor } from "./snippetFor";
import { useProblemText } from "./useProblemText";
import "./code.css";

const NAMES: Record<Framework, string> = { pytorch: "PyTorch", keras: "Keras", onnx: "ONNX" };

/**
 * The computed configuration as a copyable program in PyTorch, Keras (channels-last, the weight
 * transposed to Keras' layout) or ONNX, and beside it the list the program prints, computed by
 * this app's core from that framework's own layer line (snippetOutput: rounded as the program
 * rounds, in Python's float repr). A framework that cannot express the configuration says why
 * in one line.
 */
export function CodePanel() {
  const t = useT();
  const problemText = useProblemText();
  const titleId = useId();
  const tabsId = useId();
  const [framework, setFramework] = useState<Framework>("pytorch");
  const { exploration, explored, exploredFrom } = useComputed();
  const view = useMemo(() => {
    if (!explored || !exploredFrom || !exploration) return null;
    if (framework === "pytorch") {
      return { ok: true as const, layer: null, code: snippetFor(explored, exploredFrom), printed: snippetOutput(exploration.output) };
    }
    return frameworkCode(framework, explored);
  }, [framework, exploration, explored, exploredFrom]);
  const tokens = useMemo(() => (view?.ok ? highlightPython(view.code) : []), [view]);
  const codeRef = useRef<HTMLPreElement>(null);
  const outputRef = useRef<HTMLPreElement>(null);
  const name = NAMES[framework];

  return (
    <section className="code-panel" aria-labelledby={titleId}>
      <header className="code-head">
        <h2 id={titleId}>{t("code.title")}</h2>
        <p className="code-lead">{t("code.lead")}</p>
      </header>
      <div className="code-tabs" role="tablist" aria-label={t("code.tabs")}>
        {FRAMEWORKS.map((f) => (
          <button
            key={f}
            type="button"
            role="tab"
            id={`${tabsId}-${f}`}
            aria-selected={f === framework}
            aria-controls={`${tabsId}-panel`}
            className={f === framework ? "code-tab current" : "code-tab"}
            onClick={() => setFramework(f)}
          >
            {NAMES[f]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${tabsId}-panel`} aria-labelledby={`${tabsId}-${framework}`}>
        {view === null ? (
          <p className="code-empty">{t("code.empty")}</p>
        ) : !view.ok ? (
          <p className="code-cannot" data-testid="code-cannot">
            {t("code.cannot", { framework: name })} {problemText(view.problem)}
          </p>
        ) : (
          <>
            {view.layer && (
              <p className="code-layer">
                {t("code.layerLine")} <code data-testid="code-layer">{view.layer}</code>
              </p>
            )}
            {framework === "onnx" && <p className="code-note">{t("code.float32")}</p>}
            <div className="code-columns">
              <div className="code-block">
                <div className="code-bar">
                  <span className="code-bar-title">{t(`code.language.${framework}`)}</span>
                  <CopyButton text={view.code} label={t("code.copy")} title={t("code.copyTitle")} source={codeRef} />
                </div>
                <pre ref={codeRef} className="code-pre" tabIndex={0} role="region" aria-label={t("code.snippetLabel", { framework: name })} data-testid="code-snippet">
                  <code>
                    {tokens.map((tok, i) => (tok.kind === "plain" ? tok.text : <span key={i} className={`tok-${tok.kind}`}>{tok.text}</span>))}
                  </code>
                </pre>
              </div>
              <div className="code-block code-output">
                <div className="code-bar">
                  <span className="code-bar-title">{t("code.outputTitle")}</span>
                  <CopyButton text={view.printed} label={t("code.copy")} name={t("code.copyOutput")} title={t("code.copyOutputTitle")} source={outputRef} />
                </div>
                <pre ref={outputRef} className="code-pre wrap" tabIndex={0} role="region" aria-label={t("code.outputLabel")} data-testid="code-output">
                  <code>{view.printed}</code>
                </pre>
              </div>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
