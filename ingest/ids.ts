/**
 * Stable ids and normalisation shared by the parsers, the bundled dataset checks and the loader.
 * Pure functions: re-ingesting the same roadmap must always produce the same ids.
 */

/** "Attention Is All You Need!" -> "attention-is-all-you-need" (ASCII, max 80 chars). */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.slice(0, maxLength).replace(/-+$/g, "");
  return cut.length > 0 ? cut : "untitled";
}

/** Title comparison key: case, punctuation, accents and a trailing "(Venue 2021)" ignored. */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\(([A-Za-z][A-Za-z&\- ]*)?\s*(19|20)\d{2}[^)]*\)\s*$/u, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const NEW_STYLE = /(\d{4}\.\d{4,5})(v\d+)?/;
const OLD_STYLE = /([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(v\d+)?/;

/**
 * The arXiv id of an arxiv.org (or export.arxiv.org, alphaxiv, huggingface papers) link,
 * without version and ".pdf": "https://arxiv.org/pdf/2305.13245v3.pdf" -> "2305.13245".
 */
export function arxivIdFromUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  // The DOI arXiv gives every paper: https://doi.org/10.48550/arXiv.2305.13245
  const arxivDoi = /^\/10\.48550\/arxiv\.(.+)$/i.exec(safeDecode(parsed.pathname))?.[1];
  if (arxivDoi && /(^|\.)doi\.org$/.test(host)) return normalizeArxivId(arxivDoi);
  const isArxiv = host === "arxiv.org" || host.endsWith(".arxiv.org");
  const isHfPapers = host === "huggingface.co" && parsed.pathname.startsWith("/papers/");
  if (!isArxiv && !isHfPapers) return undefined;
  const path = safeDecode(parsed.pathname);
  const match = NEW_STYLE.exec(path) ?? OLD_STYLE.exec(path);
  return match?.[1];
}

/** The DOI of a doi.org link, lowercased (DOIs are case-insensitive): "10.18653/v1/n19-1423". */
export function doiFromUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/(^|\.)doi\.org$/.test(parsed.hostname.toLowerCase())) return undefined;
  const doi = /^\/(10\.\d{4,9}\/\S+?)\/?$/.exec(safeDecode(parsed.pathname))?.[1];
  return doi?.toLowerCase();
}

/** decodeURIComponent that keeps the text as it is when a "%" sequence is malformed. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Normalise a bare id such as "arXiv:1911.02150v1" -> "1911.02150". */
export function normalizeArxivId(raw: string): string | undefined {
  const text = raw.trim().replace(/^arxiv:\s*/i, "").replace(/\.pdf$/i, "");
  const match = NEW_STYLE.exec(text) ?? OLD_STYLE.exec(text);
  return match?.[1];
}

/**
 * A paper's id: its arXiv id when it has one, else a slug of its title.
 * Old-style arXiv ids ("math.GT/0309136") hold "/" and capitals, which ids may not, so they
 * become "math.gt_0309136"; new-style ids ("2305.13245") are used unchanged.
 */
export function paperId(title: string, arxivId?: string): string {
  return arxivId ? arxivId.toLowerCase().replace("/", "_") : slugify(title);
}

/** Canonical arXiv abstract URL for an id. */
export function arxivUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}

/** Reads "(ICML 2022)" / "(NeurIPS 2017)" / "(2023)" at the end of a title. */
export function venueAndYearFromTitle(title: string): { title: string; venue?: string; year?: number } {
  const match = /\s*\(\s*([A-Za-z][A-Za-z0-9&'\-. ]*?)?\s*((?:19|20)\d{2})\s*\)\s*$/.exec(title);
  if (!match) return { title: title.trim() };
  const venueName = match[1]?.trim();
  const year = Number(match[2]);
  const clean = title.slice(0, match.index).trim();
  return {
    title: clean.length > 0 ? clean : title.trim(),
    year,
    ...(venueName ? { venue: `${venueName} ${year}` } : {}),
  };
}

/** The year an arXiv id was submitted: "2305.13245" -> 2023, "cs/9912017" -> 1999. */
export function yearFromArxivId(arxivId: string): number | undefined {
  const match = /^(\d{2})\d{2}\.\d{4,5}$/.exec(arxivId) ?? /\/(\d{2})\d{5}$/.exec(arxivId);
  if (!match?.[1]) return undefined;
  const yy = Number(match[1]);
  // arXiv started in August 1991, so 91..99 are the 1990s.
  return yy >= 91 ? 1900 + yy : 2000 + yy;
}

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  і: "i", ї: "yi", є: "ye", ґ: "g",
};

/**
 * Latin letters for Cyrillic ones ("Оценка" -> "otsenka"), so that slugify, which keeps only
 * ASCII, gives Russian names a readable id instead of "untitled". Output is lowercase where
 * it transliterates; meant for ids, not for display.
 */
export function transliterate(text: string): string {
  return text.replace(/[\u0400-\u04ff]/g, (char) => CYRILLIC[char.toLowerCase()] ?? char);
}

/** slugify after transliteration: the id-maker for names in any script the parsers meet. */
export function slugifyName(text: string, maxLength = 80): string {
  return slugify(transliterate(text), maxLength);
}
