import { expect, test } from "vitest";
import { conv2d, flipKernel, fromNested, toNested } from "../../src/core";

test("flipKernel rotates each channel's kernel by 180° and flipping twice gives it back", () => {
  const w = { shape: [2, 1, 2, 2], data: Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8) };
  expect(Array.from(flipKernel(w).data)).toEqual([4, 3, 2, 1, 8, 7, 6, 5]);
  expect(flipKernel(flipKernel(w))).toEqual(w);
});

test("correlating with the flipped kernel is true convolution: a delta input reproduces the kernel itself", () => {
  const delta = fromNested([[[0, 0, 0], [0, 1, 0], [0, 0, 0]]]);
  const w = fromNested([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]]);
  expect(toNested(conv2d(delta, w, null, { padding: 1 }))).toEqual([[[9, 8, 7], [6, 5, 4], [3, 2, 1]]]);
  expect(toNested(conv2d(delta, flipKernel(w), null, { padding: 1 }))).toEqual([[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]);
});
