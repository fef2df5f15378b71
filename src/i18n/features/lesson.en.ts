/**
 * English messages of the guided lesson and practice (merged into the pages' catalogue by ../pages.en.ts; the start page's way in is lessonEntry.en.ts).
 * Prompts are `lesson.q.<code>` and hints `lesson.hint.<code>`, the codes of model/lesson's
 * questions; each chapter's text stays under about 120 words.
 */
export const lessonEn = {
  "lesson.title": "Guided lesson",
  "lesson.chapterList": "Chapters",
  "lesson.chapterOf": "Chapter {n} of {total}",
  "lesson.doneMark": "done",
  "lesson.next": "Next",
  "lesson.back": "Back",
  "lesson.keys": "Keys: N or Page Down for the next chapter, B or Page Up for the one before.",
  "lesson.reset": "Reset progress",
  "lesson.resetConfirm": "Progress reset: no chapter is marked done.",
  "lesson.progress": "{done} of {total} chapters done",
  "lesson.live": "Live view",
  "lesson.answerFirst": "Answer the question above (or choose “Show me”) to open the live view.",
  "lesson.check": "Check",
  "lesson.showMe": "Show me",
  "lesson.answerLabel": "Your answer",
  "lesson.correct": "Right: {answer}.",
  "lesson.wrong": "Not quite.",
  "lesson.shown": "The answer is {answer}.",
  "lesson.or": "{a} or {b}",
  "lesson.figure.input": "Input · {h}×{w}",
  "lesson.figure.kernel": "Kernel · {h}×{w}",
  "lesson.figure.output": "Result · {h}×{w}",
  "lesson.figure.label": "The question's numbers",
  "lesson.figure.ask": "the cell asked about, not shown yet",
  "lesson.figure.asked": "the cell asked about: {v}",
  "lesson.figure.blank": "not shown",
  "lesson.figure.cell": "row {r}, column {c}: {v}",
  "lesson.toExplorer": "Open the explorer",
  "lesson.toPractice": "Practise without end",
  "lesson.source": "Source: Odena, Dumoulin & Olah, “Deconvolution and Checkerboard Artifacts”, Distill, 2016.",

  "lesson.ch.transpose.title": "The matrix transpose",
  "lesson.ch.transpose.body":
    "Transposing a matrix swaps its rows and columns: entry (r, c) moves to (c, r). Images, audio and feature tables are matrices, and in graphics a transpose changes coordinate frames. Keep one picture for the whole lesson: a convolution can be written as a matrix C, and the transposed convolution uses Cᵀ. Watch a small matrix move into its transpose, then the seed's 4×16 matrix C do the same.",
  "lesson.ch.upsample.title": "Why upsample",
  "lesson.ch.upsample.body":
    "Stacked convolutions shrink feature maps. Segmentation and image generation must go back from a small resolution to a large one: upsampling. Nearest-neighbour, bilinear and bicubic interpolation do it by rules fixed by hand, so they cannot learn. A transposed convolution upsamples with weights that the network learns: it chooses its own upsampling. Compare them on a real image in the lab.",
  "lesson.ch.applications.title": "Where it is used",
  "lesson.ch.applications.body":
    "The DCGAN generator (Radford et al., 2015) grows a random vector into a full-size image. Segmentation decoders such as FCN (Long et al., 2015) and U-Net (Ronneberger et al., 2015) restore the resolution so that every pixel can be classified. Zeiler & Fergus (2014) used transposed convolutions to project feature maps back to pixel space. Their layer sizes are below.",
  "lesson.ch.conv.title": "Convolution is many-to-one",
  "lesson.ch.conv.body":
    "The 4×4 input has rows 1 2 3 4; the kernel is 3×3 ones, with stride 1 and padding 0, so the output is 2×2. Each output cell is the sum of the 9 input values under the window, each times its weight: 9 values give 1. That window is the cell's receptive field. Predict one output before you see it.",
  "lesson.ch.transposed.title": "Transposed convolution is one-to-many, and no inverse",
  "lesson.ch.transposed.body":
    "The transposed convolution runs the same links backwards. Each of the 4 values of y = [[18, 27], [18, 27]] is multiplied by the all-ones kernel and added into 9 cells of a 4×4 result; where placements overlap, the values add up. It is not an inverse: the convolution lost information, so x′ keeps the positions of x but not its values.",
  "lesson.ch.matrix.title": "The matrix view: Y = C·X, X′ = Cᵀ·Y",
  "lesson.ch.matrix.body":
    "Flatten the 4×4 input row by row into a 16-vector X. The convolution is Y = C·X: each row of the 4×16 matrix C is one window, with the kernel's weights at the columns of the cells it covers and zeros elsewhere. The transposed convolution is X′ = Cᵀ·Y, with Cᵀ of 16×4, reshaped to 4×4. What is transposed is the connectivity; the weights need not be the convolution's.",
  "lesson.ch.zero.title": "Zero insertion, and its wasted work",
  "lesson.ch.zero.body":
    "A transposed convolution can run as a plain convolution: insert s−1 zeros between the input values, pad the border with d(k−1)−p zeros (plus output_padding at the bottom and right), then convolve with the kernel rotated 180° (Dumoulin & Visin, 2016). Here y = [[18, 27], [18, 27]] with stride 2. The result is the same, but most multiplications meet a zero: wasted work.",
  "lesson.ch.sizes.title": "Sizes and output_padding",
  "lesson.ch.sizes.body":
    "Convolution: o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1. Transposed convolution (PyTorch): o = (i−1)s − 2p + d(k−1) + output_padding + 1. Because of the floor, several input sizes give one output size: with k=3, s=2, p=1, inputs 5 and 6 both give 3. output_padding, smaller than the stride or the dilation, picks the one that comes back. The live view takes 3×3 back to 6×6.",
  "lesson.ch.checkerboard.title": "Checkerboard artifacts, and their remedy",
  "lesson.ch.checkerboard.body":
    "When the kernel size is not divisible by the stride, output cells receive uneven numbers of contributions: k=3, s=2 gives 1, 2, 1, 2 … along a row, and 1, 2 and 4 in 2D. Generated images then show a grid pattern. The remedy is to resize, then convolve: nearest-neighbour upsampling followed by a stride-1 convolution, which covers every cell evenly.",
  "lesson.ch.summary.title": "Summary",
  "lesson.ch.summary.body":
    "You have walked the whole tutorial: a transposed convolution transposes the connectivity and is not an inverse; one value reaches many cells; Y = C·X and X′ = Cᵀ·Y; zero insertion gives the same result at a cost; the size formulas and output_padding pick the size; and uneven coverage paints checkerboards, which resize-then-convolve removes. Now explore your own configurations, or practise.",

  "lesson.q.window": "What is {cell}? ({h}×{w} input, {k} kernel, stride 1, padding 0)",
  "lesson.q.contributions": "How many values of y contribute to {cell}?",
  "lesson.q.scatterValue": "What is {cell}?",
  "lesson.q.nonZeros": "How many non-zeros does the {rows}×{cols} matrix C hold?",
  "lesson.q.border": "How many rows of zeros does the zero-insertion equivalent add as its top border (k={k}, s={s}, p={p}, d={d})?",
  "lesson.q.useful":
    "The zero-insertion convolution makes {total} multiplications ({cells} output cells × {taps} taps). How many of them multiply a real input value?",
  "lesson.q.convSize": "A convolution with k={k}, s={s}, p={p} takes an input of size {i}. What is the output size?",
  "lesson.q.outputPadding":
    "A convolution with k={k}, s={s}, p={p} takes input size {i} to {o}. Which output_padding makes the transposed convolution give {i} back from {o}?",
  "lesson.q.evenKernel": "Name a kernel size from {min} to {max} that gives every output cell the same number of contributions at stride {s}.",
  "lesson.q.pConvRows": "conv2d: input {input}, kernel {kernel}, stride {s}, padding {p}, dilation {d}. How many rows does the output have?",
  "lesson.q.pConvCols": "conv2d: input {input}, kernel {kernel}, stride {s}, padding {p}, dilation {d}. How many columns does the output have?",
  "lesson.q.pTransposedRows":
    "conv_transpose2d: input {input}, kernel {kernel}, stride {s}, padding {p}, dilation {d}, output_padding {op}. How many rows does the output have?",
  "lesson.q.pTransposedCols":
    "conv_transpose2d: input {input}, kernel {kernel}, stride {s}, padding {p}, dilation {d}, output_padding {op}. How many columns does the output have?",
  "lesson.q.pConvCell": "conv2d: input {input}, kernel {kernel}, stride {s}, padding {p}, dilation {d}. What is {cell}?",
  "lesson.q.pTransposedCell": "conv_transpose2d: input {input}, kernel {kernel}, stride {s}, padding {p}, dilation {d}, output_padding {op}. What is {cell}?",
  "lesson.q.pContributions":
    "conv_transpose2d: input {input}, kernel {kernel}, stride {s}, padding {p}, dilation {d}, output_padding {op}. How many input values contribute to {cell}?",
  "lesson.q.pOutputPaddingRows":
    "conv2d with kernel {kernel}, stride {s}, padding {p}, dilation {d} takes {i} rows to {o}. Which output_padding (rows) makes conv_transpose2d give {i} rows back?",
  "lesson.q.pOutputPaddingCols":
    "conv2d with kernel {kernel}, stride {s}, padding {p}, dilation {d} takes {i} columns to {o}. Which output_padding (columns) makes conv_transpose2d give {i} columns back?",
  "lesson.q.pBorderRows":
    "conv_transpose2d: kernel {kernel}, stride {s}, padding {p}, dilation {d}. How many rows of zeros does its zero-insertion equivalent add at the top?",
  "lesson.q.pBorderCols":
    "conv_transpose2d: kernel {kernel}, stride {s}, padding {p}, dilation {d}. How many columns of zeros does its zero-insertion equivalent add at the left?",

  "lesson.hint.notANumber": "Type one number (“{text}” is not one).",
  "lesson.hint.neighbourWindow": "The window for {cell} covers rows {rows} and columns {cols}, not columns {otherCols}: that window gives {other}.",
  "lesson.hint.oneRow": "That is one row of the window. The window for {cell} covers rows {rows} and columns {cols}: add all {taps} products.",
  "lesson.hint.wholeInput": "Only the {taps} cells under the window count, not all {n} input values: the window for {cell} covers rows {rows}, columns {cols}.",
  "lesson.hint.windowSum": "{cell} is the sum of the {taps} products of the window over rows {rows} and columns {cols}, each input value times its kernel weight.",
  "lesson.hint.oneToMany": "{taps} is how many cells one y value reaches. Count the other way: how many y values reach {cell}?",
  "lesson.hint.bothAxes": "Count both axes: the y values that reach {cell} form a block of rows × columns, and {given} counts only part of it.",
  "lesson.hint.tooManyPlacements": "Too many: only the placements of the {k} kernel that cover {cell} count.",
  "lesson.hint.countPlacements": "Place the {k} kernel at each y cell in turn and count the placements that cover {cell}.",
  "lesson.hint.notInverse":
    "That is the original {x} = {was}. The transposed convolution is not an inverse: the convolution lost information, so {cell} is not {x}.",
  "lesson.hint.oneContribution": "{given} is one contribution. {cell} adds up all {count} contributions that reach it.",
  "lesson.hint.someContributions": "You added {size} of the {count} contributions that reach {cell}: add them all.",
  "lesson.hint.scatterSum": "{cell} is the sum of y·w over the {count} values of y whose kernel placement covers it.",
  "lesson.hint.allEntries": "{given} counts every entry of the {rows}×{cols} matrix C. Most are structural zeros: count only the kernel weights stored in it.",
  "lesson.hint.zerosNotNonZeros": "{given} counts the zeros of C ({rows}×{cols}); the question asks for the non-zeros.",
  "lesson.hint.oneRowOfC": "{taps} is one row of C: one window holds the kernel's {taps} weights. C has {rows} rows.",
  "lesson.hint.sideOfC": "{given} is a side of C ({rows}×{cols}), not its number of non-zeros.",
  "lesson.hint.rowsOfC": "Each of C's {rows} rows is one window and holds the kernel's {taps} weights, at the columns of the input cells it covers.",
  "lesson.hint.insertedNotBorder": "{given} is s−1, the zeros inserted between values. The border is d(k−1)−p, with k={k}, d={d}, p={p}.",
  "lesson.hint.kernelNotBorder": "Not k itself: the border is d(k−1)−p, so that only the rotated kernel's last tap reaches the first value (k={k}, d={d}, p={p}).",
  "lesson.hint.borderRule": "The border is d(k−1)−p on each side (plus output_padding at the bottom and right), here with k={k}, d={d}, p={p}.",
  "lesson.hint.wastedNotUseful": "{given} counts the wasted multiplications (inserted zeros and border); the question asks for those with a real value.",
  "lesson.hint.notAllUseful": "Not all {total}: most of them multiply an inserted zero or the border.",
  "lesson.hint.eachMeetsAll": "Each of the {n} input values meets each of the {taps} kernel weights once; every other multiplication meets a zero.",
  "lesson.hint.floorNotCeil": "(i + 2p − d(k−1) − 1)/s + 1 is {exact} here: the formula rounds down, because a window must fit in the padded input.",
  "lesson.hint.strideShrinks": "A stride of {s} moves the window {s} cells at a time: o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1, with i={i}, k={k}, s={s}, p={p}.",
  "lesson.hint.convFormula": "Use o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 with i={i}, k={k}, s={s}, p={p}, d=1.",
  "lesson.hint.opWhole": "output_padding is a whole number from 0 up to, but not including, the stride ({s}) or the dilation ({d}).",
  "lesson.hint.opTooLarge": "output_padding must be smaller than either the stride ({s}) or the dilation ({d}): PyTorch refuses larger values.",
  "lesson.hint.opRestores": "With output_padding {given} the transposed convolution gives ({o}−1)·{s} − 2·{p} + {d}·({k}−1) + {given} + 1 = {gives}, not {i}.",
  "lesson.hint.kernelRange": "Pick a whole kernel size from {min} to {max}.",
  "lesson.hint.unevenCoverage": "k={k} at stride {s} gives coverage {counts} …: uneven, because {k} mod {s} = {rem}. Look for a k that the stride divides.",
  "lesson.hint.pForgotPadding": "Include the padding p={p}: it adds 2p to a convolution's input and crops 2p from a transposed convolution's output.",
  "lesson.hint.pForgotDilation": "Include the dilation d={dd}: the dilated kernel spans d(k−1)+1 cells, with k={k}.",
  "lesson.hint.pFloor": "The formula rounds down: a window that would run past the padded input does not count.",
  "lesson.hint.pConvFormula": "o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 along this axis, with i={i}, k={k}, s={s}, p={p}, d={dd}.",
  "lesson.hint.pForgotOutputPadding": "Add output_padding ({o}) at the bottom/right: o = (i−1)s − 2p + d(k−1) + output_padding + 1.",
  "lesson.hint.pNotTimesStride":
    "Not i·s: o = (i−1)s − 2p + d(k−1) + output_padding + 1 along this axis, with i={i}, k={k}, s={s}, p={p}, d={dd}, output_padding={o}.",
  "lesson.hint.pTransposedFormula":
    "o = (i−1)s − 2p + d(k−1) + output_padding + 1 along this axis, with i={i}, k={k}, s={s}, p={p}, d={dd}, output_padding={o}.",
  "lesson.hint.pConvCellSum":
    "{cell} is the sum over its window of each input value times the kernel weight it meets (padding cells are 0). “Show in the explorer” steps through that window.",
  "lesson.hint.pTransposedCellSum":
    "{cell} adds y·w for every input value whose kernel placement covers it. “Show in the explorer” highlights those placements.",

  "practice.title": "Practice",
  "practice.lead": "Questions from random configurations, without end. The same seed asks the same questions, so a class can share a link.",
  "practice.level": "Level",
  "practice.level1": "1D, small sizes",
  "practice.level2": "2D",
  "practice.level3": "Every parameter",
  "practice.questionOf": "Question {n} · seed {seed}",
  "practice.next": "Next question",
  "practice.showInExplorer": "Show in the explorer",
  "practice.score": "Score {right} of {asked} · streak {streak} · best streak {best}",
  "practice.resetScore": "Reset score",
  "practice.reveal": "Reveal",
  "practice.keys": "Keys: R reveals the answer, N asks the next question.",
} as const;
