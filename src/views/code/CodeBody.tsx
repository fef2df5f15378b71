import { useMemo, useRef } from "react";
import type { Problem } from "../../core/problem";
import { useT } from "../useT";
import { CopyButton } from "./CopyButton";
import type { Framework } from "./frameworks";
import { highlightPython } from "./highlightPython";
import { useProblemText } from "./useProblemText";

export const FRAMEWORK_NAMES: Record<Framework, string> = { pytorch: "PyTorch", keras: "Keras", onnx: "ONNX" };

/** What the code panel shows for one framework: the layer line, the program and what it prints, or why not. */
export type CodeView =
  | { ok: true; layer: string | null; code: string; printed: string }
  | { ok: false; problem: Problem };

/** One framework's program, highlighted, beside the list it prints, each with a copy button; or the one line saying why it cannot. */
export function CodeBody({ framework, view }: { framework: Framework; view: CodeView }) {
  const t = useT();
  const problemText = useProblemText();
  const tokens = useMemo(() => (view.ok ? highlightPython(view.code) : []), [view]);
  const codeRef = useRef<HTMLPreElement>(null);
  const outputRef = useRef<HTMLPreElement>(null);
  const name = FRAMEWORK_NAMES[framework];
  if (!view.ok) {
    return (
      <p className="code-cannot" data-testid="code-cannot">
        {t("code.cannot", { framework: name })} {problemText(view.problem)}
      </p>
    );
  }
  return (
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
            <code>{tokens.map((tok, i) => (tok.kind === "plain" ? tok.text : <span key={i} className={`tok-${tok.kind}`}>{tok.text}</span>))}</code>
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
  );
}
