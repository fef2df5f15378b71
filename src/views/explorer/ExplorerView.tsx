import { useEffect, useMemo, useRef, useState } from "react";
import { usePlaybackLoop } from "../../playback/usePlaybackLoop";
import { useKeyboardShortcuts } from "../../playback/useKeyboardShortcuts";
import { useAppStoreApi, useAppStoreShallow } from "../../store";
import { Part } from "../ErrorBoundary";
import { linkedTo, NOTHING_LINKED } from "../../model/focus";
import { layoutOf } from "../frames/layout";
import { momentOf, type Moment } from "../../model/moment";
import { MatrixView } from "../matrix/MatrixView";
import { GranularityPicker } from "../playback/GranularityPicker";
import { PlaybackBar } from "../playback/PlaybackBar";
import { useKeepInSight } from "../playback/useKeepInSight";
import { useDrawn } from "../useDrawn";
import { READABLE_SPEED, useReadable } from "./useReadable";
import { useT } from "../useT";
import { AgreementCheck } from "./AgreementCheck";
import { ChannelTabs } from "./ChannelTabs";
import { followStep, clampChannels } from "./channels";
import { DirectionToggle } from "./DirectionToggle";
import { DirectView } from "./DirectView";
import { EditDrawer } from "./EditDrawer";
import { ComputeNotice } from "./ComputeNotice";
import { ErrorNotice } from "./ErrorNotice";
import { Legend } from "./Legend";
import { outputModel, type Channels, type ExplorerFrame } from "./models";
import { NotInverseNote } from "./NotInverseNote";
import { StatusLine } from "./StatusLine";
import { StepPanel, stepHost } from "./StepPanel";
import { usePending } from "./usePending";
import { shownViews, ViewToggles } from "./ViewToggles";
import { ZeroView } from "./ZeroView";
import "./explorer.css";


/**
 * The explorer: the direction, the views side by side (scatter or sliding window, zero-insertion,
 * matrix), the check that they agree, the step written out and the timeline. Every view draws
 * the same moment (momentOf: what step n touches everywhere) and the same links (linkedTo: what
 * the focused cell or weight connects to), so they move and highlight together.
 */
export function ExplorerView() {
  const t = useT();
  const api = useAppStoreApi();
  const { exploration: e, explored, exploredFrom, step, granularity, focus } = useDrawn();
  const { mode, k, reversedFrom, views, backend, playing, fast } = useAppStoreShallow((s) => ({
    playing: s.playing,
    fast: s.playing && s.speed > READABLE_SPEED,
    mode: s.params.mode,
    k: s.params.kH * s.params.kW,
    reversedFrom: s.reversedFrom,
    views: s.views,
    backend: s.backend,
  }));
  useEffect(() => {
    const s = api.getState();
    if (!s.exploration && !s.loading) void s.compute();
  }, [api]);
  usePlaybackLoop();
  useKeyboardShortcuts();
  const root = useRef<HTMLElement>(null);
  useKeepInSight(root);
  const pending = usePending();

  const layout = useMemo(() => (e ? layoutOf(e) : null), [e]);
  const moment = useMemo(() => (e ? momentOf(e, granularity, step) : null), [e, granularity, step]);
  const linked = useMemo(() => (e ? linkedTo(e, focus) : NOTHING_LINKED), [e, focus]);

  // The channels shown follow the step (a new moment moves a side the step leaves); a tab pick holds until then.
  const [picked, setPicked] = useState<Channels>({ input: 0, output: 0 });
  const [followed, setFollowed] = useState<Moment | null>(null);
  if (moment !== followed) {
    setFollowed(moment);
    if (moment && layout) setPicked((p) => followStep(p, moment, layout));
  }
  const channels = layout ? clampChannels(picked, layout) : picked;

  const frame: ExplorerFrame | null = useMemo(
    () => (e && exploredFrom && layout && moment ? { e, params: exploredFrom, layout, moment, linked, channels } : null),
    [e, exploredFrom, layout, moment, linked, channels],
  );
  const output = useMemo(() => (frame ? outputModel(frame) : null), [frame]);
  const shown = shownViews(views, e?.mode ?? mode);
  const host = frame ? stepHost(frame) : "scatter";
  // One element per frame, so the memoized views skip a render that changes nothing they show;
  // the step written out follows at a readable rate while the player runs fast (useReadable).
  const written = useMemo(() => (frame && explored ? { frame, explored } : null), [frame, explored]);
  const readable = useReadable(written, fast);
  const detail = useMemo(() => (readable ? <StepPanel frame={readable.frame} explored={readable.explored} /> : null), [readable]);
  const hosted = shown.includes(host);
  const original = useMemo(
    () => (reversedFrom?.mode === "conv" ? { shape: [reversedFrom.inC, reversedFrom.inH, reversedFrom.inW], data: reversedFrom.input } : null),
    [reversedFrom],
  );

  return (
    <section ref={root} className="explorer" data-mode={e?.mode ?? mode} data-playing={playing || undefined} aria-label={t("explorer.label")}>
      <div className="explorer-bar">
        <DirectionToggle />
        <ViewToggles mode={e?.mode ?? mode} />
        <GranularityPicker />
      </div>
      <p className="lead">{mode === "conv" ? t("direction.convLead", { k }) : t("direction.transposedLead", { k })}</p>
      <ErrorNotice />
      <ComputeNotice pending={pending} />
      {frame && output && explored && layout && moment ? (
        <>
          <AgreementCheck exploration={frame.e} />
          <ChannelTabs layout={layout} channels={channels} moment={moment} linked={linked} onPick={setPicked} />
          {shown.includes("scatter") ? null : (
            <div className="loose-tools">
              <EditDrawer />
            </div>
          )}
          <div className="views" data-backend={backend ?? undefined} data-stale={pending || undefined} aria-busy={pending || undefined}>
            {shown.includes("scatter") ? (
              <Part>
                <DirectView frame={frame} output={output} detail={host === "scatter" ? detail : null} original={original} />
              </Part>
            ) : null}
            {shown.includes("zero") ? (
              <Part>
                <ZeroView frame={frame} output={output} detail={host === "zero" ? detail : null} />
              </Part>
            ) : null}
            {shown.includes("matrix") ? (
              <div className="view-slot" data-view-slot="matrix">
                <Part>
                  <MatrixView />
                </Part>
              </div>
            ) : null}
          </div>
          <Legend mode={frame.e.mode} zero={shown.includes("zero")} />
          <div className="timeline-dock">
            <PlaybackBar picker={false} />
          </div>
          {hosted ? null : <div className="panel">{detail}</div>}
          {frame.e.mode === "transposed" && !shown.includes("scatter") ? <NotInverseNote /> : null}
        </>
      ) : (
        <StatusLine placeholder />
      )}
      <StatusLine />
    </section>
  );
}
