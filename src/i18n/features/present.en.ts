/** English messages of presenter mode and the spoken step caption (merged by ../en.ts). */
export const presentEn = {
  "present.captionStart": "Before the first step. Press Space to play or → to step.",
  "present.cell": "({r},{c})",
  "present.cellChannel": "channel {ch} ({r},{c})",
  "present.gather": "output {cell} = {terms} = {value}",
  "present.gatherEmpty": "output {cell} = {value}: every tap lies on padding or an inserted zero",
  "present.scatter": "input {cell} = {value} scatters into {count} output cells, rows {rows}, columns {cols}: each += {value} × its weight",
  "present.scatterCropped": "input {cell} = {value} lands outside the output: padding crops all {count} of its contributions",
  "present.mac": "output {cell} += {x} × {w}",
  "present.macCropped": "{x} × {w} lands at {cell}, outside the output: cropped by padding",
  "present.macPadding": "output {cell} += 0 × {w} (padding)",
  "present.more": "… ({n} more)",
  "present.range": "{a}–{b}",
} as const;
