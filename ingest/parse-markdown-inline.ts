/**
 * Inline Markdown of one (logical) line: links, bracket annotations, images and HTML.
 * A small hand-written scanner instead of a Markdown library: roadmaps use a handful of inline
 * forms, and we need things a renderer throws away (the "[CLIP]" right after a link, the text
 * before it). It never throws and always advances, so any text terminates.
 */

export type Token =
  | { kind: "text"; text: string }
  | { kind: "link"; text: string; url: string; bare?: boolean; badge?: boolean }
  | { kind: "bracket"; text: string };

/** Reference-style link definitions, `[label]: url`, keyed by lowercase label. */
export type LinkRefs = ReadonlyMap<string, string>;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (ENTITIES[lower] !== undefined) return ENTITIES[lower];
    const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : lower.startsWith("#") ? Number(lower.slice(1)) : NaN;
    return Number.isInteger(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

/** Inline HTML to Markdown: `<a href>` becomes a link, `<br>` a space, other tags vanish. */
export function cleanHtml(line: string): string {
  return decodeEntities(
    line
      .replace(/<a\s[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a\s*>/gi, (_whole, url: string, text: string) => `[${text}](${url})`)
      .replace(/<br\s*\/?>/gi, " ")
      .replace(/<img\b[^>]*>/gi, "")
      .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/g, ""),
  );
}

/** Index of the bracket closing the one at `open`, or -1. Backslash escapes are skipped. */
function findClose(src: string, open: number, openChar: string, closeChar: string): number {
  let depth = 0;
  // A bounded search keeps a line full of stray "[" linear instead of quadratic.
  const limit = Math.min(src.length, open + 4000);
  for (let i = open; i < limit; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === openChar) depth++;
    else if (c === closeChar && --depth === 0) return i;
  }
  return -1;
}

type Scanned = { token: Token | undefined; end: number };

/** `[text](url)`, `[text][ref]`, `[text]` at `start` (src[start] is "["); undefined when unclosed. */
function scanBracket(src: string, start: number, refs: LinkRefs): Scanned | undefined {
  const close = findClose(src, start, "[", "]");
  if (close < 0) return undefined;
  const inner = src.slice(start + 1, close);
  const badge = /!\[[^\]]*\]\([^)]*\)/.test(inner) && plainText(inner, refs).length === 0;
  if (src[close + 1] === "(") {
    const end = findClose(src, close + 1, "(", ")");
    if (end > 0) {
      const url = (src.slice(close + 2, end).trim().split(/\s+/)[0] ?? "").replace(/^<|>$/g, "");
      return { token: { kind: "link", text: inner, url, ...(badge ? { badge } : {}) }, end: end + 1 };
    }
  }
  if (src[close + 1] === "[") {
    const refEnd = src.indexOf("]", close + 2);
    const label = refEnd > 0 ? src.slice(close + 2, refEnd).trim() || inner : "";
    const url = refs.get(label.toLowerCase());
    if (url !== undefined && refEnd > 0) return { token: { kind: "link", text: inner, url }, end: refEnd + 1 };
  }
  const url = refs.get(inner.trim().toLowerCase());
  if (url !== undefined) return { token: { kind: "link", text: inner, url }, end: close + 1 };
  return { token: { kind: "bracket", text: inner }, end: close + 1 };
}

const BARE_URL = /https?:\/\/[^\s<>"'\]]+/y;
const AUTO_LINK = /<(https?:\/\/[^>\s]+)>/y;

/** Splits a line into text, links (also `<url>` and bare URLs) and bracket annotations. */
export function tokenize(line: string, refs: LinkRefs = new Map()): Token[] {
  const src = cleanHtml(line);
  const tokens: Token[] = [];
  let text = "";
  const flush = () => {
    if (text.length > 0) tokens.push({ kind: "text", text });
    text = "";
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? "";
    if (c === "\\" && i + 1 < src.length) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (c === "!" && src[i + 1] === "[") {
      const image = scanBracket(src, i + 1, refs);
      if (image?.token?.kind === "link") {
        i = image.end; // images are decoration, never entries
        continue;
      }
    }
    if (c === "[") {
      const scanned = scanBracket(src, i, refs);
      if (scanned?.token) {
        flush();
        tokens.push(scanned.token);
        i = scanned.end;
        continue;
      }
    }
    if ((c === "h" || c === "<") && (i === 0 || /[\s(:<]/.test(src[i - 1] ?? ""))) {
      AUTO_LINK.lastIndex = i;
      BARE_URL.lastIndex = i;
      const auto = c === "<" ? AUTO_LINK.exec(src) : null;
      const bare = c === "h" ? BARE_URL.exec(src) : null;
      if (auto?.[1] || bare) {
        let url = auto?.[1] ?? bare?.[0] ?? "";
        // A sentence's final punctuation, or the ")" of "(see https://...)", is not part of the URL.
        while (/[.,;:!?]$/.test(url) || (url.endsWith(")") && (url.match(/\(/g) ?? []).length < (url.match(/\)/g) ?? []).length)) {
          url = url.slice(0, -1);
        }
        flush();
        tokens.push({ kind: "link", text: "", url, bare: true });
        i += auto ? (auto[0]?.length ?? 1) : url.length;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
  return tokens;
}

/**
 * The readable text of inline Markdown: links become their text, images and HTML vanish,
 * emphasis, code ticks and emoji shortcodes (":fire:") are dropped, spaces collapsed.
 */
export function plainText(line: string, refs: LinkRefs = new Map()): string {
  const joined = tokenize(line, refs)
    .map((token) => (token.kind === "link" ? (token.bare ? token.url : plainText(token.text, refs)) : token.kind === "bracket" ? `[${plainText(token.text, refs)}]` : token.text))
    .join("");
  return joined
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?=$|[\s).,:;!?])/g, "$1$2")
    .replace(/`/g, "")
    .replace(/(^|\s):[a-z0-9_+-]{2,30}:(?=\s|$)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** "[image source]" -> "image source": link text written inside its own brackets. */
export function unbracket(text: string): string {
  const match = /^\[(.*)\]$/.exec(text.trim());
  return match?.[1] !== undefined && !match[1].includes("]") ? match[1].trim() : text.trim();
}

/** The leading bold phrase of a line ("**Benchmark Datasets**: ..."), if any. */
export function leadingBold(line: string): string | undefined {
  const match = /^\s*(\*\*|__)(.+?)\1/.exec(line);
  const text = match?.[2] ? plainText(match[2]).replace(/[:.]\s*$/, "").trim() : "";
  return text.length > 0 ? text : undefined;
}
