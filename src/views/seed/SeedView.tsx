import { useEffect } from "react";
import { usePlaybackLoop } from "../../playback/usePlaybackLoop";
import { useKeyboardShortcuts } from "../../playback/useKeyboardShortcuts";
import { useAppStoreApi, useAppStoreShallow } from "../../store";
import { PlaybackBar } from "../playback/PlaybackBar";
import { useT } from "../useT";
import { ConvStage } from "./ConvStage";
import { DirectionToggle } from "./DirectionToggle";
import { ErrorNotice } from "./ErrorNotice";
import { ScatterStage } from "./ScatterStage";
import { StatusLine } from "./StatusLine";

/**
 * The first view: the tutorial's 4×4 → 2×2 convolution and its reverse, one control apart. It
 * renders traces the worker computed; the step index is the only thing playback changes.
 */
export function SeedView() {
  const t = useT();
  const api = useAppStoreApi();
  const { params, reversedFrom, exploration, explored, backend } = useAppStoreShallow((s) => ({
    params: s.params,
    reversedFrom: s.reversedFrom,
    exploration: s.exploration,
    explored: s.explored,
    backend: s.backend,
  }));
  const mode = params.mode;
  const original =
    reversedFrom?.mode === "conv"
      ? { shape: [reversedFrom.inC, reversedFrom.inH, reversedFrom.inW], data: reversedFrom.input }
      : null;
  useEffect(() => {
    const s = api.getState();
    if (!s.exploration && !s.loading) void s.compute();
  }, [api]);
  usePlaybackLoop();
  useKeyboardShortcuts();
  const k = params.kH * params.kW;
  const controls = <PlaybackBar />;

  return (
    <section className="seed-view" data-mode={exploration?.mode ?? mode}>
      <div className="toolbar">
        <DirectionToggle />
        <p className="lead">{mode === "conv" ? t("direction.convLead", { k }) : t("direction.transposedLead", { k })}</p>
      </div>
      <ErrorNotice />
      <div className="stage-card" data-backend={backend ?? undefined}>
        {exploration && explored ? (
          exploration.mode === "conv" ? (
            <ConvStage exploration={exploration} explored={explored} controls={controls} />
          ) : (
            <ScatterStage exploration={exploration} explored={explored} original={original} controls={controls} />
          )
        ) : (
          <StatusLine placeholder />
        )}
      </div>
      <StatusLine />
    </section>
  );
}
