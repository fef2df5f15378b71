import { expect, test } from "vitest";
import { avgPool2d, fromNested, toNested } from "../../src/core";

test("avgPool2d averages each s×s block: [[1, 2], [3, 4]] pools to [[2.5]]", () => {
  expect(toNested(avgPool2d(fromNested([[[1, 2], [3, 4]]]), 2))).toEqual([[[2.5]]]);
});

test("a trailing partial block is dropped, as PyTorch's floor mode does: 5×3 pools by 2 to 2×1", () => {
  const x = fromNested([[[1, 2, 9], [3, 4, 9], [5, 6, 9], [7, 8, 9], [9, 9, 9]]]);
  expect(toNested(avgPool2d(x, 2))).toEqual([[[2.5], [6.5]]]);
});

test("channels and batches pool independently", () => {
  const x = { shape: [2, 2, 2, 2], data: Float64Array.from({ length: 16 }, (_, i) => i) };
  expect([...avgPool2d(x, 2).data]).toEqual([1.5, 5.5, 9.5, 13.5]);
});

test("a pool larger than the image is rejected with the sizes", () => {
  expect(() => avgPool2d(fromNested([[[1, 2]]]), 2)).toThrow("pool size must not exceed the image (got pool size 2 for 1×2)");
});
