/**
 * English messages of presenter mode's controls and shortcut sheet: part of the later messages
 * (../later.en.ts), fetched with their chunk when presenter mode starts.
 */
export const presenterEn = {
  "present.controls": "Presenter controls",
  "present.toTransposed": "Reverse it",
  "present.toConv": "Back to the convolution",
  "present.kernel": "Kernel",
  "present.stride": "Stride",
  "present.padding": "Padding",
  "present.stepDown": "{name} one less (Shift+key)",
  "present.stepUp": "{name} one more (key)",
  "present.keys": "Keys",
  "present.keysTitle": "Keyboard shortcuts",
  "present.keysClose": "Close (Esc)",
  "present.keyPlay": "play or pause",
  "present.keyStep": "one step back or forward",
  "present.keyEnds": "the start, the end",
  "present.keySpeed": "faster, slower",
  "present.keyDirection": "the convolution or its reverse, the transposed convolution",
  "present.keyKernel": "kernel size one more, one less",
  "present.keyStride": "stride one more, one less",
  "present.keyPadding": "padding one more, one less",
  "present.keyLayout": "the views side by side, or one a row at the largest size",
  "present.keyFullscreen": "full screen",
  "present.keyHelp": "this sheet",
  "present.keyLeave": "leave presenter mode",
} as const;
