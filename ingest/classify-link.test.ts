import { describe, expect, it } from "vitest";
import { classifyLink, isIgnoredUrl, titleFromUrl, venueFromUrl } from "./classify-link";
import { clip, isTagLike, mergeAnnotations, readAnnotation, readPaperTitle } from "./read-annotation";

describe("classifyLink", () => {
  it.each([
    ["https://arxiv.org/pdf/1706.03762.pdf", "paper"],
    ["https://openreview.net/forum?id=abc", "paper"],
    ["https://aclanthology.org/P19-1472.pdf", "paper"],
    ["https://proceedings.neurips.cc/paper_files/paper/2022/file/x-Paper.pdf", "paper"],
    ["https://openaccess.thecvf.com/content/CVPR2022/html/x.html", "paper"],
    ["https://nips.cc/virtual/2023/poster/72033", "paper"],
    ["https://example.org/files/some-paper.pdf", "paper"],
    ["https://huggingface.co/papers/2305.13245", "paper"],
  ])("%s is a paper", (url, type) => {
    expect(classifyLink(url, "A title").type).toBe(type);
  });

  it.each([
    ["https://github.com/ucinlp/autoprompt", "AutoPrompt", "repository"],
    ["https://github.com/f/awesome-chatgpt-prompts", "Awesome ChatGPT Prompts", "collection"],
    ["https://github.com/mandarjoshi90/triviaqa", "TriviaQA: A Challenge Dataset", "dataset"],
    ["https://www.youtube.com/watch?v=x", "A talk", "video"],
    ["https://www.bilibili.com/video/BV1AF411b7xQ", "导读", "video"],
    ["https://huggingface.co/blog/rlhf", "RLHF", "blog"],
    ["https://medium.com/@a/b", "Post", "blog"],
    ["https://blog.eleuther.ai/rotary-embeddings/", "Rotary", "blog"],
    ["https://huggingface.co/datasets/EleutherAI/pile", "The Pile", "dataset"],
    ["https://huggingface.co/collections/PEFT/peft-papers", "PEFT papers", "collection"],
    ["https://arnold-benchmark.github.io/", "ARNOLD: A Benchmark", "benchmark"],
    ["https://www.coursera.org/learn/x", "A course", "course"],
    ["http://ndl.ethernet.edu.et/1/2018_Book_NeuralNetworks.pdf", "Neural Networks", "book"],
    ["https://www.tensorflow.org/text/tutorials/transformer", "NMT", "tutorial"],
    ["https://procthor.allenai.org/", "ProcTHOR-10K", "other"],
  ])("%s (%s) is a %s resource", (url, title, kind) => {
    expect(classifyLink(url, title)).toEqual({ type: "resource", kind });
  });

  it("ignores anchors, relative links, images and badges", () => {
    expect(isIgnoredUrl("#background-knowledge")).toBe(true);
    expect(isIgnoredUrl("LICENSE")).toBe(true);
    expect(isIgnoredUrl("mailto:a@b.c")).toBe(true);
    expect(isIgnoredUrl("https://github.com/a/b/blob/main/imgs/tree.jpg")).toBe(true);
    expect(isIgnoredUrl("https://img.shields.io/badge/License-MIT-yellow.svg")).toBe(true);
    expect(isIgnoredUrl("https://arxiv.org/abs/1706.03762")).toBe(false);
  });

  it("gives link text that names nothing a title from the URL", () => {
    expect(titleFromUrl("https://github.com/Hannibal046/Awesome-LLM?tab=readme#x")).toBe("Hannibal046/Awesome-LLM");
    expect(titleFromUrl("https://arxiv.org/pdf/2304.04052.pdf", "2304.04052")).toBe("arXiv:2304.04052");
    expect(titleFromUrl("https://www.example.org/a/b/c/d")).toBe("example.org/a/b/c");
  });

  it("reads venue and year from proceedings URLs", () => {
    expect(venueFromUrl("https://openaccess.thecvf.com/content/ICCV2021/papers/x.pdf")).toEqual({ venue: "ICCV 2021", year: 2021 });
    expect(venueFromUrl("http://openaccess.thecvf.com/content_CVPR_2020/papers/x.pdf")).toEqual({ venue: "CVPR 2020", year: 2020 });
    expect(venueFromUrl("https://proceedings.neurips.cc/paper_files/paper/2022/file/x.pdf")).toEqual({ venue: "NeurIPS 2022", year: 2022 });
    expect(venueFromUrl("http://proceedings.mlr.press/v139/radford21a/radford21a.pdf")).toEqual({ venue: "ICML 2021", year: 2021 });
    expect(venueFromUrl("https://aclanthology.org/2023.acl-long.1.pdf")).toEqual({ venue: "ACL 2023", year: 2023 });
    expect(venueFromUrl("https://arxiv.org/abs/1706.03762")).toBeUndefined();
  });
});

describe("annotations", () => {
  it.each([
    ["CLIP", { tag: "CLIP" }],
    ["MoE", { tag: "MoE" }],
    ["GPT 4", { tag: "GPT 4" }],
    ["Multi-Query Attention (MQA)", { tag: "MQA", note: "Multi-Query Attention (MQA)" }],
    ["Section 2.1", { note: "Section 2.1" }],
    ["Original Paper", { note: "Original Paper" }],
    ["Great Explanation for MultiHead Attention (MHA)", { note: "Great Explanation for MultiHead Attention (MHA)" }],
    ["Tutorial", { note: "Tutorial" }],
    ["[[CLIP]]", { tag: "CLIP" }],
    ["", {}],
  ])("%j -> %j", (text, expected) => {
    expect(readAnnotation(text)).toEqual(expected);
  });

  it("keeps tags short and name-like", () => {
    expect(isTagLike("AVeryLongNameThatIsNotATag")).toBe(false);
    expect(isTagLike("clip")).toBe(false);
    expect(isTagLike("LoRA")).toBe(true);
  });

  it("merges several annotations of one entry", () => {
    expect(mergeAnnotations([{ note: "a" }, { tag: "X", note: "b" }, { tag: "Y" }])).toEqual({ tag: "X", note: "a; b" });
    expect(clip("x".repeat(400)).length).toBe(300);
  });

  it("reads venue, year and an award from a title", () => {
    expect(readPaperTitle("Deja Vu: Contextual Sparsity (ICML 2023 Oral)")).toEqual({ title: "Deja Vu: Contextual Sparsity", venue: "ICML 2023", year: 2023, note: "Oral" });
    expect(readPaperTitle("Custom Diffusion (cvpr 2023)")).toEqual({ title: "Custom Diffusion", venue: "CVPR 2023", year: 2023 });
    expect(readPaperTitle("Palette (SIGGRAPH 2022)")).toEqual({ title: "Palette", venue: "SIGGRAPH 2022", year: 2022 });
    expect(readPaperTitle("Plain title")).toEqual({ title: "Plain title" });
  });
});
