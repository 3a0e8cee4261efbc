/**
 * The arXiv ids a Markdown file links to, as the corpus's SOURCES.md defines them: link targets
 * (`](url)` or `href="url"`) that are arxiv.org/abs|pdf|html/ID or the arXiv DOI
 * 10.48550/arXiv.ID, version stripped. Written apart from the ingest on purpose: the corpus
 * check compares what the ingest loaded against this independent count. Pure.
 */
const TARGET = /(?:\]\(\s*<?|href\s*=\s*["'])(https?:\/\/[^\s)"'>]+)/gi;
const ARXIV = /arxiv\.org\/(?:abs|pdf|html)\/((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))/i;
const ARXIV_DOI = /10\.48550\/arxiv\.((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))/i;

export function findLinkedArxivIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const match of markdown.matchAll(TARGET)) {
    const url = match[1] ?? "";
    const id = ARXIV.exec(url)?.[1] ?? ARXIV_DOI.exec(url)?.[1];
    if (id) ids.add(id);
  }
  return ids;
}
