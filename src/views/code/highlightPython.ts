/** A run of source text and how to colour it. */
export interface CodeToken {
  text: string;
  kind: "plain" | "comment" | "keyword" | "call" | "name";
}

const TOKEN = /(#.*$)|\b(import|as|True|False|None)\b|\b(print|tensor|flip|conv2d|conv_transpose2d|round|tolist)(?=\()|\b(torch|F)\b/gm;

/**
 * The few tokens the snippet needs coloured (comments, keywords, called functions, the module
 * names). Numbers stay plain: a 32×32 input would otherwise cost thousands of spans. The tokens'
 * texts concatenate back to `code` exactly.
 */
export function highlightPython(code: string): CodeToken[] {
  const out: CodeToken[] = [];
  let last = 0;
  for (const m of code.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: code.slice(last, at), kind: "plain" });
    out.push({ text: m[0], kind: m[1] ? "comment" : m[2] ? "keyword" : m[3] ? "call" : "name" });
    last = at + m[0].length;
  }
  if (last < code.length) out.push({ text: code.slice(last), kind: "plain" });
  return out;
}
