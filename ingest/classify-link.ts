/**
 * What a roadmap link points at, judged from its URL (and a little from its text): a paper or
 * a resource of some kind, a link to skip (images, badges, anchors), or a better title when
 * the link text says nothing ("here", "Link 1"). Shared by the Markdown and seed parsers.
 */
import { safeDecode } from "./ids";
import type { ResourceKind } from "./roadmap-schema";

export type LinkClass = { type: "paper" } | { type: "resource"; kind: ResourceKind };

/** Hosts whose pages are papers (proceedings, preprint servers, publishers). */
const PAPER_HOSTS = [
  "arxiv.org", "openreview.net", "aclanthology.org", "aclweb.org", "proceedings.mlr.press", "proceedings.neurips.cc",
  "papers.nips.cc", "nips.cc", "neurips.cc", "openaccess.thecvf.com", "dl.acm.org", "ieeexplore.ieee.org",
  "doi.org", "link.springer.com", "jmlr.org", "ojs.aaai.org", "aaai.org", "ijcai.org", "biorxiv.org",
  "pdfs.semanticscholar.org", "papers.ssrn.com", "nature.com", "science.org", "iclr.cc", "icml.cc",
];
const VIDEO_HOSTS = ["youtube.com", "youtu.be", "bilibili.com", "vimeo.com", "b23.tv"];
const BLOG_HOSTS = [
  "medium.com", "substack.com", "towardsdatascience.com", "lilianweng.github.io", "jalammar.github.io", "distill.pub",
  "colah.github.io", "karpathy.github.io", "wordpress.com", "blogspot.com", "ai.googleblog.com", "thegradient.pub",
];
const COURSE_HOSTS = ["coursera.org", "edx.org", "udemy.com", "udacity.com", "deeplearning.ai", "fast.ai"];
const REPO_HOSTS = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"];
const BADGE_HOSTS = ["shields.io", "img.shields.io", "badge.fury.io", "badgen.net", "awesome.re", "travis-ci.org", "codecov.io"];

const IMAGE_PATH = /\.(png|jpe?g|gif|svg|webp|bmp|ico)$/i;

const hostIs = (host: string, list: readonly string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));

/** Parses an absolute http(s) URL; relative links, mailto: and the like give undefined. */
export function parseHttpUrl(raw: string): URL | undefined {
  try {
    const url = new URL(raw.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Links that are not entries: anchors (tables of contents), relative links, images, badges. */
export function isIgnoredUrl(raw: string): boolean {
  const url = parseHttpUrl(raw);
  if (!url) return true;
  const host = url.hostname.toLowerCase();
  if (hostIs(host, BADGE_HOSTS) || host === "badges.gitter.im") return true;
  return IMAGE_PATH.test(safeDecode(url.pathname));
}

export function classifyLink(raw: string, title: string): LinkClass {
  const url = parseHttpUrl(raw);
  if (!url) return { type: "resource", kind: "other" };
  const host = url.hostname.toLowerCase();
  const path = safeDecode(url.pathname).toLowerCase();
  const text = `${title} ${path}`.toLowerCase();

  if (host === "huggingface.co") {
    if (path.startsWith("/papers/")) return { type: "paper" };
    if (path.startsWith("/blog")) return { type: "resource", kind: "blog" };
    if (path.startsWith("/datasets")) return { type: "resource", kind: "dataset" };
    if (path.startsWith("/collections")) return { type: "resource", kind: "collection" };
    if (path.startsWith("/docs") || path.startsWith("/learn")) return { type: "resource", kind: "tutorial" };
    if (path.startsWith("/spaces")) return { type: "resource", kind: "tool" };
  }
  // A book served as a PDF is still a book; check it before the ".pdf means paper" rule.
  if (/(^|[^a-z])book([^a-z]|$)/.test(text)) return { type: "resource", kind: "book" };
  if (hostIs(host, PAPER_HOSTS) || path.endsWith(".pdf") || (/semanticscholar\.org$|paperswithcode\.com$/.test(host) && path.startsWith("/paper/"))) {
    return { type: "paper" };
  }
  if (hostIs(host, VIDEO_HOSTS)) return { type: "resource", kind: "video" };
  if (hostIs(host, REPO_HOSTS)) {
    if (/awesome|a complete list|paper list|collection/.test(text)) return { type: "resource", kind: "collection" };
    return { type: "resource", kind: kindFromWords(text) ?? "repository" };
  }
  if (hostIs(host, BLOG_HOSTS) || host.startsWith("blog.") || /\/(blog|posts?)\//.test(path)) {
    return { type: "resource", kind: "blog" };
  }
  if (hostIs(host, COURSE_HOSTS)) return { type: "resource", kind: "course" };
  if (/awesome/.test(text)) return { type: "resource", kind: "collection" };
  return { type: "resource", kind: kindFromWords(text) ?? (host.startsWith("docs.") ? "tutorial" : "other") };
}

/** Best guess from the words of a title or path when the host says nothing. */
function kindFromWords(text: string): ResourceKind | undefined {
  if (/dataset|corpus|kaggle/.test(text)) return "dataset";
  if (/benchmark|leaderboard/.test(text)) return "benchmark";
  if (/course|lecture|cs\d{3}/.test(text)) return "course";
  if (/tutorial|guide|cheatsheet|explainer|annotated|introduction to|\/docs?\//.test(text)) return "tutorial";
  if (/simulat|platform|toolkit|library|framework|visuali[sz]|viewer|\bapi\b/.test(text)) return "tool";
  return undefined;
}

/** A title for a link whose text says nothing: "owner/repo" on GitHub, else host and path. */
export function titleFromUrl(raw: string, arxivId?: string): string {
  if (arxivId) return `arXiv:${arxivId}`;
  const url = parseHttpUrl(raw);
  if (!url) return raw;
  const parts = safeDecode(url.pathname).split("/").filter((part) => part.length > 0);
  const host = url.hostname.replace(/^www\./, "");
  if (hostIs(host, REPO_HOSTS) && parts.length >= 2) return `${parts[0]}/${parts[1]}`;
  if (host === "huggingface.co" && parts.length >= 3) return `${parts[1]}/${parts[2]}`;
  return [host, ...parts.slice(0, 3)].join("/");
}

/** PMLR volumes that hold ICML proceedings (other volumes are other venues: no guess). */
const ICML_VOLUMES: Record<number, number> = { 37: 2015, 48: 2016, 70: 2017, 80: 2018, 97: 2019, 119: 2020, 139: 2021, 162: 2022, 202: 2023, 235: 2024, 267: 2025 };

/** Venue and year that a proceedings URL spells out, e.g. openaccess.thecvf.com/.../CVPR2022/... */
export function venueFromUrl(raw: string): { venue: string; year: number } | undefined {
  const url = parseHttpUrl(raw);
  if (!url) return undefined;
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  const cvf = /(?<![A-Za-z])(CVPR|ICCV|WACV|ECCV)_?((?:19|20)\d{2})(?!\d)/.exec(path);
  if (host.endsWith("thecvf.com") && cvf?.[1] && cvf[2]) return { venue: `${cvf[1]} ${cvf[2]}`, year: Number(cvf[2]) };
  const neurips = /\/paper(?:_files\/paper)?\/((?:19|20)\d{2})\//.exec(path);
  if ((host === "proceedings.neurips.cc" || host === "papers.nips.cc") && neurips?.[1]) {
    return { venue: `NeurIPS ${neurips[1]}`, year: Number(neurips[1]) };
  }
  const pmlr = /^\/v(\d+)\//.exec(path)?.[1];
  const icmlYear = pmlr ? ICML_VOLUMES[Number(pmlr)] : undefined;
  if (host === "proceedings.mlr.press" && icmlYear) return { venue: `ICML ${icmlYear}`, year: icmlYear };
  const acl = /^\/((?:19|20)\d{2})\.([a-z]+)-/.exec(path);
  if (host === "aclanthology.org" && acl?.[1] && acl[2]) return { venue: `${acl[2].toUpperCase()} ${acl[1]}`, year: Number(acl[1]) };
  return undefined;
}
