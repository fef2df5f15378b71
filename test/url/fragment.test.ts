import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { deflateSync } from "fflate";
import { FRAGMENT_TAG, MAX_UNPACKED, packFragment, unpackFragment } from "../../src/url/fragment";

describe("the link's packed fragment", () => {
  test("unpack(pack(text)) = text, and the fragment is base64url after the z1. tag", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const f = packFragment(text);
        expect(f.startsWith(FRAGMENT_TAG)).toBe(true);
        expect(f.slice(FRAGMENT_TAG.length)).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(unpackFragment(f)).toBe(text);
        expect(unpackFragment(`#${f}`)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  test("the payload is raw DEFLATE, as CompressionStream('deflate-raw') writes it", () => {
    const raw = deflateSync(new TextEncoder().encode("x=1,2;3,4"));
    const b64 = btoa(String.fromCharCode(...raw)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    expect(unpackFragment(`${FRAGMENT_TAG}${b64}`)).toBe("x=1,2;3,4");
  });

  test("anything else is not ours: another tag, bad base64url, corrupt or cut DEFLATE, random text", () => {
    const good = packFragment("x=1,2;3,4");
    for (const f of ["", "anchor", "z2.q7A11DGyNtYxUSsHsgytgRgA", "z1.***", "z1.a", good.slice(0, -4)]) {
      expect(unpackFragment(f)).toBeNull();
    }
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => {
      const r = unpackFragment(FRAGMENT_TAG + s);
      expect(r === null || typeof r === "string").toBe(true);
    }), { numRuns: 2000 });
  });

  test("a deflate bomb (a short fragment that unpacks to megabytes) is refused without unpacking it all", () => {
    const bomb = packFragment("0,".repeat(4 * MAX_UNPACKED));
    expect(bomb.length).toBeLessThan(3_000);
    expect(unpackFragment(bomb)).toBeNull();
    expect(unpackFragment(packFragment("0,".repeat(MAX_UNPACKED / 4)))).toHaveLength(MAX_UNPACKED / 2);
  });
});
