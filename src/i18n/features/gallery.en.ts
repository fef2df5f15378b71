/** English messages of the gallery feature (merged into the app catalogue by ../en.ts). */
export const galleryEn = {
  "gallery.title": "Preset gallery",
  "gallery.lead":
    "Every card is a link: click one to open it in the explorer, or copy it to share exactly that configuration.",
  "gallery.section.seed": "The tutorial's example",
  "gallery.section.arithmetic": "Convolution arithmetic, transposed",
  "gallery.section.arithmeticLead":
    "Dumoulin & Visin's cases, each as the transposed convolution that takes the convolution's output size back to its input size.",
  "gallery.section.networks": "In real networks",
  "gallery.section.sizes": "Sizes and artifacts",
  "gallery.section.channels": "Channels and groups",
  "gallery.tag.conv": "Convolution",
  "gallery.tag.transposed": "Transposed",
  "gallery.sizesTitle":
    "input → output size (channels×height×width); k kernel size, s stride, p padding, d dilation, op output_padding",
  "gallery.drawing": "Drawing…",
  "gallery.thumbFailed": "No preview",
  "gallery.current.title": "Export the current configuration",
  "gallery.current.lead": "The explorer holds {sizes} now.",
  "gallery.current.open": "Back to the explorer",

  "gallery.seed.title": "The seed example: 4×4 → 2×2",
  "gallery.seed.explain":
    "Every input row is 1\u00a02\u00a03\u00a04 and the kernel is all ones: each 3×3 window sums 9 values into one, giving [[18,\u00a027],\u00a0[18,\u00a027]].",
  "gallery.seedReverse.title": "Its reverse: 2×2 → 4×4",
  "gallery.seedReverse.explain":
    "The same all-ones kernel scatters [[18,\u00a027],\u00a0[18,\u00a027]] back to 4×4: the positions come back, the original values do not.",
  "gallery.noPadding.title": "No padding",
  "gallery.noPadding.explain": "The transpose of a 3×3 convolution over 4×4 (p=0, s=1): 2×2 grows back to 4×4.",
  "gallery.arbitraryPadding.title": "Arbitrary padding",
  "gallery.arbitraryPadding.explain":
    "Conv i=5, k=4, p=2 gives 6; its transpose takes 6×6 back to 5×5, cropping p=2 from every border.",
  "gallery.halfPadding.title": "Half (same) padding",
  "gallery.halfPadding.explain": "k=3 with p=1 keeps the size: 5×5 stays 5×5 in both directions.",
  "gallery.fullPadding.title": "Full padding",
  "gallery.fullPadding.explain": "Conv i=5, k=3, p=2 grows to 7; its transpose shrinks 7×7 back to 5×5.",
  "gallery.strided.title": "Strided",
  "gallery.strided.explain": "Conv i=5, k=3, s=2 gives 2; its transpose spreads 2×2 out to 5×5, footprints 2 cells apart.",
  "gallery.paddedStrided.title": "Padded and strided",
  "gallery.paddedStrided.explain": "Conv i=5, k=3, s=2, p=1 gives 3; its transpose takes 3×3 back to 5×5.",
  "gallery.odd.title": "Odd size (output_padding=1)",
  "gallery.odd.explain":
    "Conv i=6, k=3, s=2, p=1 also gives 3; output_padding=1 makes the transpose return 6×6 instead of 5×5.",
  "gallery.dilated.title": "Dilated",
  "gallery.dilated.explain": "Conv i=7, k=3, d=2 gives 3; the dilated transpose reaches from 3×3 back out to 7×7, taps 2 apart.",
  "gallery.dcgan.title": "DCGAN generator layer",
  "gallery.dcgan.explain": "k=4, s=2, p=1 doubles the size, 4×4 → 8×8: how a generator grows a small map into an image.",
  "gallery.fcn.title": "FCN: bilinear 2× upsampling",
  "gallery.fcn.explain":
    "A bilinear kernel (k=4, s=2, p=1) upsamples a ramp to a smooth ramp twice the size; training may then change the weights.",
  "gallery.unet.title": "U-Net up-convolution",
  "gallery.unet.explain": "k=2, s=2: each input value stamps its own 2×2 block, with no overlap, so nothing piles up.",
  "gallery.checkerboard.title": "Checkerboard artifacts",
  "gallery.checkerboard.explain":
    "k=3 is not divisible by s=2: with ones everywhere, each output cell shows how many contributions it gets, 1, 2 or 4.",
  "gallery.outputPadding0.title": "output_padding=0: 3×3 → 5×5",
  "gallery.outputPadding0.explain": "With k=3, s=2, p=1, conv inputs of size 5 and 6 both give 3; output_padding=0 restores 5.",
  "gallery.outputPadding1.title": "output_padding=1: 3×3 → 6×6",
  "gallery.outputPadding1.explain":
    "The same input and kernel: output_padding=1 adds a row at the bottom and a column at the right, restoring 6.",
  "gallery.frameworksDisagree.title": "Frameworks disagree: Keras same vs PyTorch",
  "gallery.frameworksDisagree.explain":
    "3×3 of 1..9, all-ones 3×3, stride 2: Keras' padding=\"same\" and PyTorch's padding=1, output_padding=1 both give 6×6, cropped on opposite sides.",
  "gallery.depthwise.title": "Depthwise (groups = channels = 2)",
  "gallery.depthwise.explain":
    "Each channel has its own kernel and never mixes with the other: all ones for channel 1, an edge kernel for channel 2.",
  "gallery.grouped.title": "Grouped (4 → 2 channels, groups=2)",
  "gallery.grouped.explain":
    "Input channels 1–2 feed output channel 1 and channels 3–4 feed output channel 2: two independent transposed convolutions.",
} as const;
