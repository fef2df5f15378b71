import { useId, useMemo, useState } from "react";
import { snippetOutput } from "../../format/pytorchSnippet";
import { lazyPart } from "../Lazy";
import { useComputed } from "../useComputed";
import { useT } from "../useT";
import { CodeBody, FRAMEWORK_NAMES } from "./CodeBody";
import { FRAMEWORKS, type Framework } from "./frameworks";
import { snippetFor } from "./snippetFor";
import "./code.css";

// Keras and ONNX, with the layer writers and the parser behind their printed lists, are fetched
// the first time one of their tabs opens: the start page shows PyTorch's.
const FrameworkCodeBody = lazyPart(() => import("./FrameworkCodeBody").then((m) => m.FrameworkCodeBody));

/**
 * The computed configuration as a copyable program in PyTorch, Keras (channels-last, the weight
 * transposed to Keras' layout) or ONNX, and beside it the list the program prints, computed by
 * this app's core from that framework's own layer line (snippetOutput: rounded as the program
 * rounds, in Python's float repr). A framework that cannot express the configuration says why
 * in one line.
 */
export function CodePanel() {
  const t = useT();
  const titleId = useId();
  const tabsId = useId();
  const [framework, setFramework] = useState<Framework>("pytorch");
  const { exploration, explored, exploredFrom } = useComputed();
  const pytorch = useMemo(() => {
    if (!explored || !exploredFrom || !exploration || framework !== "pytorch") return null;
    return { ok: true as const, layer: null, code: snippetFor(explored, exploredFrom), printed: snippetOutput(exploration.output) };
  }, [framework, exploration, explored, exploredFrom]);

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
            {FRAMEWORK_NAMES[f]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${tabsId}-panel`} aria-labelledby={`${tabsId}-${framework}`}>
        {!explored || !exploredFrom || !exploration ? (
          <p className="code-empty">{t("code.empty")}</p>
        ) : framework === "pytorch" ? (
          <CodeBody framework="pytorch" view={pytorch!} />
        ) : (
          <FrameworkCodeBody framework={framework} explored={explored} />
        )}
      </div>
    </section>
  );
}
