/**
 * Broken Markdown links on one line: a link whose target is never closed, is empty, is not a
 * URL, or is an arXiv link without an arXiv id (a truncated copy). The parser is lenient about
 * everything else an awesome list may hold, but a broken link would silently become a wrong
 * entry (or none), so it stops the ingest with its line instead. Pure.
 */
import { arxivIdFromUrl } from "../../ids";
import type { InputProblem } from "../../input-error";

const clipped = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Index of the ")" closing the "(" at `open` (nested parentheses count), or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

export function findBrokenLinks(text: string, line: number): InputProblem[] {
  // Code spans show Markdown, they are not Markdown.
  const visible = text.replace(/(`+)[\s\S]*?\1/g, (code) => " ".repeat(code.length));
  const problems: InputProblem[] = [];
  // "[Title(https://…)": the link text's "]" is missing, so this is no link at all.
  const unclosed = /\[(?![^\]]*\])[^[]*?\(?https?:\/\//.exec(visible);
  if (unclosed && visible[unclosed.index - 1] !== "\\") {
    problems.push({ line, message: `broken link: ${clipped(visible.slice(unclosed.index))} has no closing "]"` });
  }
  const link = /!?\[([^\][]*)\]\(/g;
  for (let match = link.exec(visible); match; match = link.exec(visible)) {
    const open = match.index + match[0].length - 1;
    const close = closingParen(visible, open);
    const shown = clipped(visible.slice(match.index, close < 0 ? undefined : close + 1));
    if (close < 0) {
      problems.push({ line, message: `broken link: ${shown} is never closed (a ")" is missing)` });
      break;
    }
    link.lastIndex = close + 1;
    if (match[0].startsWith("!")) continue; // an image: decoration, never an entry
    const target = (visible.slice(open + 1, close).trim().split(/\s+/)[0] ?? "").replace(/^<|>$/g, "");
    if (target === "") {
      problems.push({ line, message: `broken link: ${shown} has no target` });
    } else if (/^[^/?#]*:\/\//.test(target) && !/^https?:\/\/[^/?#\s]+\.[^/?#\s]+/i.test(target) && !/^(?:ftp|git|ssh|s3):\/\//i.test(target)) {
      problems.push({ line, message: `broken link: ${shown} does not point at a valid URL` });
    } else if (/^https?:\/\/(?:[\w-]+\.)?arxiv\.org\/(?:abs|pdf)\//i.test(target) && arxivIdFromUrl(target) === undefined) {
      problems.push({ line, message: `broken link: ${shown} is an arXiv link without an arXiv id` });
    }
  }
  return problems;
}
