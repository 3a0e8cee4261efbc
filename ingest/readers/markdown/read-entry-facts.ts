/**
 * What an entry states besides its title: year, venue, authors, and whether a piece of text is
 * a usable title at all. Pure functions over plain text, shared by list, paragraph and table
 * entries.
 */

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const DATE = new RegExp(
  `^[[(]?\\s*(?:(?:\\d{1,2}\\s+)?${MONTH}\\s*,?\\s*(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2}|(?:19|20)\\d{2}(?:[/.-]\\d{1,2}){0,2}|\\d{1,2}[/.-](?:19|20)\\d{2})\\s*[\\])]?$`,
  "i",
);
/** Words that name a kind of link, not a work. */
const GENERIC =
  /^(?:here|link|links?\s*\d*|this|this link|this one|this (?:awesome )?(?:blog|post|blog post|article|repo|list)|image source|image|figure|fig\.?|paper|papers|the paper|this paper|full paper|pdf|html|abs|abstract|arxiv|arxiv paper|arxiv link|preprint|code|github|git|repo|repository|official code|implementation|project|project page|page|website|homepage|home page|site|web|blog|blog post|post|tweet|thread|twitter|x|video|youtube|slides?|poster|demo|dataset|data|model|models|weights|checkpoints?|huggingface|hf|openreview|acl|doi|bib|bibtex|citation|cite|download|more|details|read more|click here|source|official|talk|zhihu|medium|tl;?dr|summary|notes?|\d+|n\/a|-|—)$/i;
const ARXIV_ID = /^(?:arxiv\s*:?\s*)?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;

/** Whether `text` cannot be a paper's title: a link word ("pdf", "project page"), a date, a bare id. */
export function isGenericTitle(text: string): boolean {
  const plain = text.replace(/^[\s[(<"'“*_:]+|[\s\])>"'”*_:.,;]+$/g, "").trim();
  if (plain.length === 0 || !/\p{L}/u.test(plain)) return true;
  // A bare URL written as its own link text (GFM autolinks) names nothing either.
  return GENERIC.test(plain) || DATE.test(plain) || ARXIV_ID.test(plain) || /^(?:arxiv|doi)\s*:/i.test(plain) || /^(?:https?:\/\/|www\.)\S+$/i.test(plain);
}

/** A title as the entry writes it, without list numbering, dates, emoji codes and outer punctuation. */
export function cleanTitle(text: string): string {
  const clean = stripDecoration(text);
  // "[image source]" is all label: keep its words rather than nothing.
  return clean.length > 0 ? clean : stripDecoration(text.replace(/[[\]]/g, " "));
}

function stripDecoration(text: string): string {
  return text
    .replace(/:[a-z0-9_+-]+:/g, " ") // GitHub emoji codes such as :star:
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, " ")
    .replace(new RegExp(`^\\s*(?:\\[[^\\]]{0,20}\\]|\\(\\s*\\d+\\s*\\)|\\d{1,4}\\s*[.)]|${MONTH}\\s+\\d{4}\\s*[:-])\\s*`, "i"), "")
    .replace(/\s+/g, " ")
    .replace(/^[\s"'“”‘’*_:,;|-]+|[\s"'“”‘’*_:,;|-]+$/g, "")
    .replace(/\.$/, "")
    .trim();
}

/**
 * The title part of free text before a link: "1) Title  What it does" -> "Title",
 * "Deformable Convolutional Networks (2017), J. Dai et al." -> "Deformable Convolutional Networks".
 */
export function titleFromLeadingText(raw: string): string {
  const numbered = raw.replace(/^\s*(?:\d{1,4}\s*[.)]|\[[^\]]{0,20}\])\s*/, "");
  const cut = numbered.split(/\s{2,}|\s[-–—]\s|\s\((?:[\p{L}' .,&]+\s)?(?:19|20)\d{2}\)|\.\s+(?=[A-Z])|\s(?=(?:Introduces|Proposes|Presents|Shows|Develops|Releases|Describes|Investigates|Explores|Finds|This (?:paper|work|survey|study)|A new|New)\s)/u)[0] ?? "";
  return cleanTitle(cut);
}

const VENUE_WORD = "(?:[A-Z][A-Za-z]*[A-Z][A-Za-z-]*|[A-Z][a-z]+)";
/**
 * One to three capitalised words before a year that ends a phrase: "NeurIPS 2024.", "(AI Open 2020)",
 * "ICLR Workshop 2018 [paper]"; not "scores 85% on AIME 2024 and" inside a description.
 */
const VENUE = new RegExp(`(?<![\\p{L}\\d])((?:${VENUE_WORD} ){0,2}${VENUE_WORD})\\s*['’]?((?:19|20)\\d{2})(?=\\s*(?:[).,;:|[\\]\\n]|$))`, "u");
const NOT_VENUE = new RegExp(`^(?:${MONTH}|arxiv|preprint|in|since|from|until|the|updated?|published|accepted|released?|version|copyright|year|spring|summer|fall|autumn|winter)$`, "i");
const STATED_YEAR = new RegExp(
  `\\(((?:19|20)\\d{2})\\)|\\b((?:19|20)\\d{2})[/.-]\\d{1,2}\\b|\\b${MONTH}\\s+((?:19|20)\\d{2})\\b|\\barxiv\\s*((?:19|20)\\d{2})\\b|,\\s*((?:19|20)\\d{2})\\b`,
  "i",
);

/** "NeurIPS 2024", "ICLR Workshop 2018", "ACL'23" -> venue and year; "(2015)", "[May 2024]", "arXiv 2022" -> year. */
export function readVenueAndYear(text: string): { venue?: string; year?: number } {
  const venue = VENUE.exec(text);
  const name = venue?.[1]?.replace(/^(?:(?:In|At|On|The|Proc|Proceedings|Published|Accepted)\s+)+/, "");
  if (venue && name && venue[2] && !NOT_VENUE.test(name)) return { venue: `${name} ${venue[2]}`, year: Number(venue[2]) };
  const stated = STATED_YEAR.exec(text);
  const year = stated?.slice(1).find((group) => group !== undefined);
  return year ? { year: Number(year) } : {};
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\s?\p{Lu}\.)*|van|von|der|de|den|del|da|di|le|la|du|dos|bin|al)$/u;

/**
 * "Kevin Meng, David Bau, Alex Andonian" or "Yunzhi Yao (Zhejiang University) et al." ->
 * the names as written (with a closing "et al." kept), or undefined when the text is not
 * clearly a list of "Given Family" names (a "Family, Given" list is ambiguous: left out).
 */
export function readAuthors(text: string): string[] | undefined {
  // Names end where a sentence does: "Nicolas Carion, Francisco Massa. ECCV 2020" (an initial's
  // period, "J. Dai", ends none).
  const names0 = text.split(/(?<=\p{Ll}{2})\.\s+/u)[0] ?? "";
  const plain = names0.replace(/\([^()]*\)/g, " ").replace(/\s+/g, " ").trim().replace(/[.,;:]+$/, "");
  const etAl = /\s*,?\s*et\.? al\.?$/i.test(plain);
  const names = plain
    .replace(/\s*,?\s*et\.? al\.?$/i, "")
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((name) => name.replace(/[*†‡§¶#\d]+$/u, "").trim())
    .filter((name) => name.length > 0);
  if (names.length === 0 || names.length > 60) return undefined;
  const plausible = names.every((name) => {
    const words = name.split(/\s+/);
    return words.length >= 2 && words.length <= 5 && words.every((word) => NAME_WORD.test(word));
  });
  if (!plausible || (names.length === 1 && !etAl)) return undefined;
  return etAl ? [...names, "et al."] : names;
}
