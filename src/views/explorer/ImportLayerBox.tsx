import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { Problem } from "../../core/problem";
import { needMessages } from "../../i18n";
import { useAppStore, useAppStoreApi } from "../../store";
import { useProblemText } from "../code/useProblemText";
import { lazyPart } from "../Lazy";
import { useComputed } from "../useComputed";
import { useLocalizeProblem } from "../useLocalizeProblem";
import { useT } from "../useT";
import type { LayerImport } from "./layerImport";
import { looksLikeLayer } from "./pastedLayer";
import { stillImported } from "./stillImported";
import "./importLayer.css";

// The parser, the result and the frameworks' comparison are chunks of their own: the start page
// shows the box, and fetches them with the first import (or, for the comparison, in the
// transposed direction, the only one it has something to say about).
const loadParser = () => import("./layerImport").then((m) => m.layerImport);
const ImportResult = lazyPart(() => Promise.all([import("./ImportResult"), needMessages("later")]).then(([m]) => m.ImportResult));
const FrameworkCompare = lazyPart(() => Promise.all([import("./FrameworkCompare"), needMessages("later")]).then(([m]) => m.FrameworkCompare));

/** Whether a paste lands in a field of its own (then the field takes it, not the import). */
function isField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.isContentEditable);
}

/**
 * "Import a layer": paste a PyTorch, Keras or ONNX convolution layer here, or anywhere in the
 * explorer outside a field, and the explorer takes its direction, kernel and parameters, with
 * PyTorch's padding and output_padding from the core's pytorchEquivalent. When symmetric padding
 * cannot express the layer, it says so and marks on PyTorch's output the cells the layer crops,
 * checking the rest against the layer's own output computed separately (layerOutput).
 */
export function ImportLayerBox() {
  const t = useT();
  const problemText = useProblemText();
  const localize = useLocalizeProblem();
  const api = useAppStoreApi();
  const id = useId();
  const params = useAppStore((s) => s.params);
  const { exploration, explored, exploredFrom } = useComputed();
  const [text, setText] = useState("");
  const [result, setResult] = useState<LayerImport | null>(null);
  const [refused, setRefused] = useState<Problem | null>(null);
  // The parser's chunk could not be fetched: said so, the text kept, a new Import tries again.
  const [unloaded, setUnloaded] = useState(false);
  const latest = useRef(0);

  const run = useCallback(
    (source: string) => {
      const attempt = ++latest.current;
      loadParser().then(
        (layerImport) => {
          if (attempt !== latest.current) return; // a later import won
          const r = layerImport(source, api.getState().params);
          setUnloaded(false);
          setResult(r);
          setRefused(r.ok ? api.getState().setParams(r.patch) : null);
        },
        () => {
          if (attempt === latest.current) setUnloaded(true);
        },
      );
    },
    [api],
  );

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isField(e.target)) return;
      const pasted = e.clipboardData?.getData("text/plain") ?? "";
      if (!looksLikeLayer(pasted)) return;
      e.preventDefault();
      setText(pasted.trim());
      run(pasted);
    };
    window.addEventListener("paste", onPaste);
    return () => window.removeEventListener("paste", onPaste);
  }, [run]);

  const live = result?.ok && refused === null && stillImported(result.patch, params) ? result : null;
  const shown = live && exploration && explored && exploredFrom && stillImported(live.patch, exploredFrom) ? live : null;
  return (
    <section className="panel import-layer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("layers.title")}</h2>
      <p className="import-lead">{t("layers.lead")}</p>
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          run(text);
        }}
      >
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t("layers.label")}
        </label>
        <input
          id={`${id}-text`}
          className="import-text"
          value={text}
          spellCheck={false}
          placeholder="nn.ConvTranspose2d(16, 8, 4, stride=2, padding=1)"
          onChange={(e) => setText(e.target.value)}
          data-testid="import-text"
        />
        <button type="submit">{t("layers.import")}</button>
      </form>
      {unloaded && (
        <p className="import-problem" role="alert" data-testid="import-unloaded">
          {t("layers.unloaded")}
        </p>
      )}
      {result && !result.ok && (
        <p className="import-problem" role="alert" data-testid="import-problem">
          {problemText(result.problem)}
        </p>
      )}
      {refused && (
        <p className="import-problem" role="alert">
          {localize(refused)}
        </p>
      )}
      {result?.ok && refused === null && !live && <p className="import-note">{t("layers.edited")}</p>}
      {shown && exploration && explored && <ImportResult shown={shown} explored={explored} output={exploration.output} />}
      {exploration && explored && explored.mode === "transposed" && explored.groups === 1 && (
        <FrameworkCompare explored={explored} output={exploration.output} />
      )}
    </section>
  );
}
