import type { Layout } from "../frames/layout";
import type { Moment } from "../../model/moment";
import type { Channels } from "./models";

/** The channels kept inside the current shapes (after a change of channel counts). */
export function clampChannels(c: Channels, l: Layout): Channels {
  const input = Math.min(c.input, l.inC - 1);
  const output = Math.min(c.output, l.outC - 1);
  return input === c.input && output === c.output ? c : { input, output };
}

/**
 * The channels to show so that the step stays in view: a side whose shown channel the step does
 * not touch moves to the first channel the step touches. Returns `c` itself when nothing moves
 * (so a React state update is skipped).
 */
export function followStep(c: Channels, m: Moment, l: Layout): Channels {
  const clamped = clampChannels(c, l);
  const inPlane = l.inH * l.inW;
  const outPlane = l.outH * l.outW;
  let { input, output } = clamped;
  if (m.inputs.length && !m.inputs.some((i) => Math.floor(i / inPlane) === input)) input = Math.floor(m.inputs[0] / inPlane);
  if (m.outputs.length && !m.outputs.some((i) => Math.floor(i / outPlane) === output)) output = Math.floor(m.outputs[0] / outPlane);
  return input === c.input && output === c.output ? c : { input, output };
}
