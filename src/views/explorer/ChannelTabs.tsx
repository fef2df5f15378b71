import type { Linked } from "../../model/focus";
import { kernelPlane, planeChannels, planePair, type Layout } from "../frames/layout";
import { planesTouched } from "../frames/marks";
import type { Moment } from "../../model/moment";
import { useT } from "../useT";
import type { Channels } from "./models";

interface Tab {
  key: number;
  label: string;
  pressed: boolean;
  /** The current step touches this channel or kernel. */
  active: boolean;
  /** The focused cell or weight links into it. */
  linked: boolean;
  pick: () => void;
}

function TabRow({ label, tabs }: { label: string; tabs: Tab[] }) {
  return (
    <div className="tab-row" role="group" aria-label={label}>
      <span className="tab-row-label" aria-hidden="true">
        {label}
      </span>
      {tabs.map((tab) => (
        <button
          type="button"
          key={tab.key}
          className="channel-tab"
          aria-pressed={tab.pressed}
          data-active={tab.active ? "true" : undefined}
          data-linked={tab.linked ? "true" : undefined}
          onClick={tab.pick}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/**
 * Which channel of the input and of the output the views show, and the kernel linking them (a
 * kernel pick sets both). A dot marks the channels the current step touches, a dashed ring those
 * linked to the focused cell. Hidden for single-channel configurations.
 */
export function ChannelTabs(props: { layout: Layout; channels: Channels; moment: Moment; linked: Linked; onPick: (c: Channels) => void }) {
  const { layout: l, channels, moment, linked, onPick } = props;
  const t = useT();
  if (l.inC === 1 && l.outC === 1) return null;
  const inPlane = l.inH * l.inW;
  const outPlane = l.outH * l.outW;
  const kArea = l.kH * l.kW;
  const touched = (indices: Iterable<number>, size: number) => new Set(planesTouched(indices, size));
  const stepIn = touched(moment.inputs, inPlane);
  const stepOut = touched(moment.outputs, outPlane);
  const stepK = touched(moment.kernel, kArea);
  const linkIn = touched(linked.inputs, inPlane);
  const linkOut = touched(linked.outputs, outPlane);
  const linkK = touched(linked.kernel, kArea);
  const shownPlane = kernelPlane(l, channels.input, channels.output);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return (
    <div className="channel-tabs" data-testid="channel-tabs">
      <TabRow
        label={t("channels.input")}
        tabs={range(l.inC).map((n) => ({
          key: n,
          label: String(n),
          pressed: n === channels.input,
          active: stepIn.has(n),
          linked: linkIn.has(n),
          pick: () => onPick({ ...channels, input: n }),
        }))}
      />
      <TabRow
        label={t("channels.output")}
        tabs={range(l.outC).map((n) => ({
          key: n,
          label: String(n),
          pressed: n === channels.output,
          active: stepOut.has(n),
          linked: linkOut.has(n),
          pick: () => onPick({ ...channels, output: n }),
        }))}
      />
      <TabRow
        label={t("channels.kernel")}
        tabs={range(l.kernelPlanes).map((p) => {
          const [a, b] = planePair(l, p);
          const { input, output } = planeChannels(l, p);
          return {
            key: p,
            label: `[${a},${b}]`,
            pressed: p === shownPlane,
            active: stepK.has(p),
            linked: linkK.has(p),
            pick: () => onPick({ input, output }),
          };
        })}
      />
    </div>
  );
}
