/**
 * One entry of a list (a list item, a paragraph line group, a table row) -> what it lists.
 * Pure: spans in, facts out. The rules, in the order the issue gives them:
 * - the paper's link: the first arXiv link (or `arXiv:ID` in the text), else the first link to
 *   a paper host (proceedings, OpenReview, ACL Anthology, DOI, Semantic Scholar, a PDF);
 * - the title: that link's text unless it is generic ("paper", "pdf", a date, an id), else a
 *   link before it that names something, else bold or quoted text, else italic, else the text
 *   before the first link; never a generic word, a date or an id (then there is no title);
 * - the entry's code and project links become codeUrl and projectUrl; other links of a paper
 *   entry (tweets, videos, slides) are not kept;
 * - an entry without a paper link lists resources (repositories, courses, blogs...).
 */
import { classifyLink, isIgnoredUrl, parseHttpUrl, titleFromUrl } from "../../classify-link";
import { arxivIdFromUrl, doiFromUrl, normalizeArxivId } from "../../ids";
import { mergeAnnotations, readAnnotation, type Annotation } from "../../read-annotation";
import { cleanTitle, isGenericTitle, readAuthors, readVenueAndYear, titleFromLeadingText } from "./read-entry-facts";
import { type Span, splitAtBreaks, spansText } from "./to-spans";

export type PaperFacts = {
  title: string;
  /** the title came from a link inside a sentence ("papers on [knowledge editing](…)"): a later listing may name it better */
  weakTitle: boolean;
  url?: string;
  arxivId?: string;
  doi?: string;
  year?: number;
  venue?: string;
  authors?: string[];
  codeUrl?: string;
  projectUrl?: string;
  tag?: string;
  note?: string;
};
export type LinkFacts = { title: string; url: string; note?: string };
export type Entry =
  | { kind: "paper"; line: number; paper: PaperFacts }
  | { kind: "links"; line: number; links: LinkFacts[] }
  /** several papers named by their links in one entry ("[PrivQA](…), [Enron](…)") */
  | { kind: "papers"; line: number; papers: PaperFacts[] }
  | { kind: "untitled"; line: number; url: string };
/** What a table's header says about a row's cells (see read-table-entry.ts). */
export type EntryHints = { year?: number; venue?: string; tag?: string; prose?: boolean };

type FoundLink = { url: string; text: string; line: number; start: number; arxivId?: string; doi?: string };

/** How far into an entry (characters) its bold, quoted or italic title may start. */
const TITLE_WITHIN = 300;
/** How far after the title (characters) the entry's year and venue may be stated. */
const FACTS_WITHIN = 160;
const CODE_TEXT = /^(?:code|github|repo|repository|official code|implementation|source code|pytorch|jax|tensorflow)$/i;
const PROJECT_TEXT = /project|page|website|homepage|home page|demo|blog/i;
const REPO_HOST = /(^|\.)(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)$/;

/** Text runs in order, each with its offset in the joined entry text. */
function indexSpans(spans: readonly Span[]) {
  let offset = 0;
  return spans.flatMap((span) => {
    if (span.kind !== "text") {
      offset += 1;
      return [];
    }
    const start = offset;
    offset += span.text.length;
    return [{ ...span, start }];
  });
}

function findLinks(spans: readonly Span[]): FoundLink[] {
  const links = new Map<number, FoundLink>();
  for (const span of indexSpans(spans)) {
    if (!span.link) continue;
    const found = links.get(span.link.id);
    if (found) found.text += span.text;
    else links.set(span.link.id, { url: span.link.url, text: span.text, line: span.line, start: span.start });
  }
  return [...links.values()].flatMap((link) => {
    const text = link.text.replace(/\s+/g, " ").trim();
    // A link around an image only is a badge; relative links and anchors are navigation.
    if (text === "" || isIgnoredUrl(link.url)) return [];
    const arxivId = arxivIdFromUrl(link.url);
    // An arxiv.org link without an id is a flaw (find-markdown-flaws.ts reports it): skipped.
    if (!arxivId && /^https?:\/\/(?:[\w-]+\.)?arxiv\.org\/(?:abs|pdf|html)\//i.test(link.url)) return [];
    const doi = arxivId ? undefined : doiFromUrl(link.url);
    return [{ ...link, text, ...(arxivId ? { arxivId } : {}), ...(doi ? { doi } : {}) }];
  });
}

/** Bold runs, quoted text and italic runs outside links, in document order. */
function styledCandidates(spans: readonly Span[]): { strong: { text: string; start: number }[]; emphasis: { text: string; start: number }[] } {
  const runs = { strong: [] as { text: string; start: number }[], emphasis: [] as { text: string; start: number }[] };
  let last: { kind: "strong" | "emphasis"; end: number; run: { text: string; start: number } } | undefined;
  for (const span of indexSpans(spans)) {
    const kind = span.link ? undefined : span.strong ? "strong" : span.emphasis ? "emphasis" : undefined;
    if (!kind) continue;
    if (last?.kind === kind && last.end === span.start) last.run.text += span.text;
    else {
      const run = { text: span.text, start: span.start };
      runs[kind].push(run);
      last = { kind, end: span.start, run };
    }
    last.end = span.start + span.text.length;
  }
  const joined = spans.map((span) => (span.kind === "text" && !span.link ? span.text : span.kind === "text" ? " ".repeat(span.text.length) : " ")).join("");
  // A quoted title opens the entry or follows a sentence's end ('Zisserman. "Very deep…"'),
  // unlike a phrase quoted inside a description ('a "virtual collaborator"').
  for (const quote of joined.matchAll(/(^\s*|[.:,;)\]*]\s+)["“](\S[^"“”\n]{5,300}?)["”]/g)) {
    const text = quote[2] ?? "";
    if (text.trim().split(/\s+/).length >= 2) runs.strong.push({ text, start: quote.index + (quote[1]?.length ?? 0) });
  }
  // Bold or quoted words deep inside a description ("the 'reversal curse'") do not name the entry.
  runs.strong = runs.strong.filter((run) => run.start < TITLE_WITHIN).sort((a, b) => a.start - b.start);
  runs.emphasis = runs.emphasis.filter((run) => run.start < TITLE_WITHIN);
  return runs;
}

/** A numbering label (`**[12]**`), an aside in brackets (`**(VGGNet)**`) or a date is not a title. */
const isLabel = (text: string) => /^\s*[[(].*[\])]\s*$/.test(text) || /^\s*\d+[.)]?\s*$/.test(text);

function pickTitle(spans: readonly Span[], links: readonly FoundLink[], paperLink: FoundLink | undefined, hints: EntryHints): { title: string; weak: boolean } | undefined {
  const usable = (text: string) => {
    const clean = cleanTitle(text);
    return clean.length > 0 && !isGenericTitle(clean) && !isLabel(text) ? clean : undefined;
  };
  const joined = spans.map((span) => (span.kind === "text" && !span.link ? span.text : " ")).join("");
  const firstLink = links[0];
  const before = firstLink ? joined.slice(0, firstLink.start) : joined;
  if (paperLink) {
    const own = usable(paperLink.text);
    const words = before.replace(/^\s*(?:\d+[.)]|\[[^\]]*\])\s*/, "").trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const prose = hints.prose === true && words.length >= 3 && !/[:–—-]\s*$/.test(before);
    if (own) return { title: own, weak: prose };
    const earlier = links.find((link) => link.start < paperLink.start && usable(link.text) && !CODE_TEXT.test(link.text) && !PROJECT_TEXT.test(link.text));
    if (earlier) return { title: usable(earlier.text) ?? "", weak: false };
  }
  const { strong, emphasis } = styledCandidates(spans);
  for (const run of strong) {
    const title = usable(run.text);
    if (!title) continue;
    // "**Swin Transformer**: Hierarchical Vision Transformer using Shifted Windows": the bold is
    // the name the paper's title opens with; the title goes on after the colon.
    const after = /^\s*:\s*(\p{Lu}[^\n[\]()|]{8,200}?)\s*(?=$|[[(|]|\.\s|\s[-–—]\s|\s{2})/u.exec(joined.slice(run.start + run.text.length));
    const going = after?.[1] ? cleanTitle(after[1]) : undefined;
    if (going && going.split(/\s+/).length >= 2 && !readAuthors(going) && !/^[^:]*:\s*$/.test(run.text)) return { title: `${title}: ${going}`, weak: false };
    return { title, weak: false };
  }
  for (const run of emphasis) {
    const title = usable(run.text);
    if (title && !readAuthors(run.text)) return { title, weak: false };
  }
  // In running prose the words before a link are a sentence ("See the [paper](…)"), not a title.
  if (hints.prose) return undefined;
  const leading = titleFromLeadingText(before);
  return leading && !isGenericTitle(leading) ? { title: leading, weak: false } : undefined;
}

/** Authors: an italic run or a line of the entry that is a list of names, else "Name et al." after the year. */
function pickAuthors(spans: readonly Span[], title: string): string[] | undefined {
  const { emphasis } = styledCandidates(spans);
  for (const run of emphasis) {
    const names = readAuthors(run.text.replace(/\b(?:arxiv|preprint)\b.*$/i, ""));
    if (names) return names;
  }
  for (const segment of splitAtBreaks(spans)) {
    const text = spansText(segment.filter((span) => span.kind === "text" && !span.link && !span.strong)).replace(/[[\]|]/g, " ");
    if (text.includes(title)) continue;
    const names = readAuthors(text);
    if (names) return names;
  }
  const after = /\((?:19|20)\d{2}\),\s*([^[(]+?et al\.?)/.exec(spansText(spans))?.[1];
  return after ? readAuthors(after) : undefined;
}

export function readEntry(spans: readonly Span[], hints: EntryHints = {}): Entry | undefined {
  const links = findLinks(spans);
  const line = spans.find((span) => span.kind === "text" && span.text.trim() !== "")?.line ?? spans[0]?.line ?? 0;
  const plainOutsideLinks = spans.map((span) => (span.kind === "text" && !span.link ? span.text : " ")).join("");
  const textArxiv = /\barxiv\s*:\s*((?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?)/i.exec(plainOutsideLinks)?.[1];
  const paperLink = links.find((link) => link.arxivId) ?? links.find((link) => classifyLink(link.url, link.text).type === "paper");
  const arxivId = paperLink?.arxivId ?? (textArxiv ? normalizeArxivId(textArxiv) : undefined);
  if (!paperLink && !arxivId) {
    if (links.length === 0) return undefined;
    const entryTitle = pickTitle(spans, links, undefined, hints)?.title;
    return {
      kind: "links",
      line,
      links: links.map((link) => {
        const own = isGenericTitle(link.text) || /^https?:\/\//.test(link.text) ? undefined : cleanTitle(link.text);
        const title = own ?? (entryTitle ? (link === links[0] ? entryTitle : `${entryTitle} (${link.text.toLowerCase()})`) : titleFromUrl(link.url));
        return { title, url: link.url };
      }),
    };
  }
  // "[ProofWriter](arxiv), [EntailmentBank](arxiv)": a list of papers, each named by its link.
  const named = links.filter((link) => (link.arxivId || classifyLink(link.url, link.text).type === "paper") && !isGenericTitle(link.text));
  if (named.filter((link) => link.arxivId).length >= 2 && new Set(named.map((link) => link.arxivId ?? link.url)).size === named.length) {
    return {
      kind: "papers",
      line,
      papers: named.map((link) => ({
        title: cleanTitle(link.text),
        weakTitle: hints.prose === true,
        url: link.url,
        ...(link.arxivId ? { arxivId: link.arxivId } : {}),
        ...(link.doi ? { doi: link.doi } : {}),
      })),
    };
  }
  const picked = pickTitle(spans, links, paperLink, hints);
  const url = paperLink?.url ?? `https://arxiv.org/abs/${arxivId ?? ""}`;
  if (!picked) return { kind: "untitled", line: paperLink?.line ?? line, url };
  const others = links.filter((link) => link !== paperLink);
  const code = others.find((link) => CODE_TEXT.test(link.text) || REPO_HOST.test(parseHttpUrl(link.url)?.hostname.replace(/^www\./, "") ?? ""));
  const project = others.find((link) => link !== code && (PROJECT_TEXT.test(link.text) || /\.github\.io$/.test(parseHttpUrl(link.url)?.hostname ?? "")));
  // Year and venue are stated next to the title, not deep in a description ("85% on AIME 2024").
  const titleAt = plainOutsideLinks.indexOf(picked.title);
  const rest = titleAt >= 0 ? `${plainOutsideLinks.slice(0, titleAt)} ${plainOutsideLinks.slice(titleAt + picked.title.length, titleAt + picked.title.length + FACTS_WITHIN)}` : plainOutsideLinks.slice(0, FACTS_WITHIN);
  const stated = readVenueAndYear(rest);
  const annotations: Annotation[] = [];
  for (const bracket of rest.matchAll(/\[([^\][]{1,40})\]/g)) {
    if (!isGenericTitle(bracket[1] ?? "")) annotations.push(readAnnotation(bracket[1] ?? ""));
  }
  const label = /^\s*([^:[\]]{1,40}?)\s*:\s*$/.exec(plainOutsideLinks.slice(0, links[0]?.start ?? 0))?.[1];
  if (label && !isGenericTitle(label)) annotations.push(readAnnotation(label));
  const { tag, note } = mergeAnnotations(annotations);
  const authors = pickAuthors(spans, picked.title);
  const venue = hints.venue ?? stated.venue;
  const year = hints.year ?? stated.year;
  const paper: PaperFacts = {
    title: picked.title,
    weakTitle: picked.weak,
    url,
    ...(arxivId ? { arxivId } : {}),
    ...(paperLink?.doi ? { doi: paperLink.doi } : {}),
    ...(year ? { year } : {}),
    ...(venue ? { venue } : {}),
    ...(authors ? { authors } : {}),
    ...(code ? { codeUrl: code.url } : {}),
    ...(project ? { projectUrl: project.url } : {}),
    ...(hints.tag ?? tag ? { tag: hints.tag ?? tag } : {}),
    ...(note ? { note } : {}),
  };
  return { kind: "paper", line, paper };
}
