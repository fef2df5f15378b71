import { refuse } from "./problems";

/** A value as a user writes it in a layer call: Python/ONNX literals, nothing evaluated. */
export type CallValue =
  | { kind: "int"; value: number }
  | { kind: "float"; value: number }
  | { kind: "string"; value: string }
  | { kind: "bool"; value: boolean }
  | { kind: "none" }
  | { kind: "name"; value: string }
  | { kind: "list"; items: CallValue[] };

/** One call `dotted.Name(positional…, key=value…)`, as read from the text. */
export interface CallText {
  /** The dotted prefix and the name, e.g. ["torch", "nn", "ConvTranspose2d"]. */
  path: string[];
  positional: CallValue[];
  keywords: { name: string; value: CallValue }[];
}

type Token =
  | { t: "id"; v: string; at: number }
  | { t: "num"; v: string; at: number }
  | { t: "str"; v: string; at: number }
  | { t: "punct"; v: string; at: number }
  | { t: "end"; at: number };

/** Longest text quoted back in a message, so a pasted essay cannot flood the screen. */
const QUOTE_LIMIT = 24;

function near(text: string, at: number): string {
  const s = text.slice(at, at + QUOTE_LIMIT);
  return at + QUOTE_LIMIT < text.length ? `${s}…` : s;
}

function syntax(text: string, at: number, expected: string): never {
  return refuse(
    "layer.syntax",
    { position: at + 1, near: near(text, at) },
    `could not read the layer at character ${at + 1} (near “${near(text, at)}”): expected ${expected}`,
  );
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))!;
      out.push({ t: "id", v: m[0], at: i });
      i += m[0].length;
    } else if (/[0-9]/.test(ch) || ((ch === "-" || ch === "+" || ch === ".") && /[0-9.]/.test(text[i + 1] ?? ""))) {
      const m = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/.exec(text.slice(i));
      if (!m) syntax(text, i, "a number");
      out.push({ t: "num", v: m[0], at: i });
      i += m[0].length;
    } else if (ch === '"' || ch === "'") {
      const end = text.indexOf(ch, i + 1);
      if (end < 0) syntax(text, i, "a closing quote");
      out.push({ t: "str", v: text.slice(i + 1, end), at: i });
      i = end + 1;
    } else if ("()[],=.".includes(ch)) {
      out.push({ t: "punct", v: ch, at: i });
      i++;
    } else {
      syntax(text, i, "a layer call such as nn.ConvTranspose2d(16, 8, 4, stride=2)");
    }
  }
  out.push({ t: "end", at: text.length });
  return out;
}

/**
 * Reads one layer call as a user pastes it: an optional `name =` assignment, a dotted name, and
 * Python/ONNX-style arguments (ints, floats, strings, None/True/False, tuples and lists). Throws a
 * ProblemError (layer.empty, layer.syntax) saying where the text stopped making sense.
 */
export function readCall(text: string): CallText {
  const tokens = tokenize(text);
  if (tokens.length === 1) refuse("layer.empty", {}, "there is no layer to read: paste one, e.g. nn.ConvTranspose2d(16, 8, 4, stride=2)");
  let k = 0;
  const peek = () => tokens[k];
  const isPunct = (v: string) => {
    const tok = tokens[k];
    return tok.t === "punct" && tok.v === v;
  };
  const expect = (v: string, what: string) => {
    if (!isPunct(v)) syntax(text, peek().at, what);
    k++;
  };
  const dotted = (): string[] => {
    const first = peek();
    if (first.t !== "id") syntax(text, first.at, "a layer name");
    const path = [first.v];
    k++;
    while (isPunct(".")) {
      k++;
      const tok = peek();
      if (tok.t !== "id") syntax(text, tok.at, "a name after the dot");
      path.push(tok.v);
      k++;
    }
    return path;
  };
  // `self.up = nn.ConvTranspose2d(...)`: the left side is only a name.
  let path = dotted();
  if (isPunct("=")) {
    k++;
    path = dotted();
  }
  expect("(", "“(” after the layer name");
  const positional: CallValue[] = [];
  const keywords: { name: string; value: CallValue }[] = [];
  const value = (): CallValue => {
    const tok = peek();
    if (tok.t === "num") {
      k++;
      const n = Number(tok.v);
      return /^[-+]?[0-9]+$/.test(tok.v) ? { kind: "int", value: n } : { kind: "float", value: n };
    }
    if (tok.t === "str") {
      k++;
      return { kind: "string", value: tok.v };
    }
    if (tok.t === "id") {
      k++;
      if (tok.v === "None") return { kind: "none" };
      if (tok.v === "True" || tok.v === "False") return { kind: "bool", value: tok.v === "True" };
      // Dotted names such as torch.float32 are kept whole, never evaluated.
      let name = tok.v;
      while (isPunct(".") && tokens[k + 1]?.t === "id") {
        name += `.${(tokens[k + 1] as { v: string }).v}`;
        k += 2;
      }
      return { kind: "name", value: name };
    }
    if (tok.t === "punct" && (tok.v === "(" || tok.v === "[")) {
      const close = tok.v === "(" ? ")" : "]";
      k++;
      const items: CallValue[] = [];
      while (!isPunct(close)) {
        items.push(value());
        if (isPunct(",")) k++;
        else if (!isPunct(close)) syntax(text, peek().at, `“,” or “${close}”`);
      }
      k++;
      return { kind: "list", items };
    }
    return syntax(text, tok.at, "a value");
  };
  while (!isPunct(")")) {
    const tok = peek();
    if (tok.t === "end") syntax(text, tok.at, "“)” to close the layer call");
    const next = tokens[k + 1];
    if (tok.t === "id" && next.t === "punct" && next.v === "=") {
      k += 2;
      keywords.push({ name: tok.v, value: value() });
    } else {
      if (keywords.length > 0) syntax(text, tok.at, "a keyword argument (positional ones come first)");
      positional.push(value());
    }
    if (isPunct(",")) k++;
    else if (!isPunct(")")) syntax(text, peek().at, "“,” or “)”");
  }
  k++;
  if (peek().t !== "end") syntax(text, peek().at, "the end of the layer (one layer at a time)");
  return { path, positional, keywords };
}

/** A value as text, for messages: what the user wrote, bounded. */
export function describeValue(v: CallValue): string {
  let s: string;
  switch (v.kind) {
    case "int":
    case "float":
      s = String(v.value);
      break;
    case "string":
      s = JSON.stringify(v.value);
      break;
    case "bool":
      s = v.value ? "True" : "False";
      break;
    case "none":
      s = "None";
      break;
    case "name":
      s = v.value;
      break;
    case "list":
      s = `[${v.items.map(describeValue).join(", ")}]`;
      break;
  }
  return s.length > QUOTE_LIMIT ? `${s.slice(0, QUOTE_LIMIT)}…` : s;
}
