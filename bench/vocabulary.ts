/**
 * Word lists for generated titles and names: enough distinct combinations that every title of
 * a 100k-paper roadmap is unique, and real terms so that full-text search has work to do.
 */
export const ADJECTIVES = [
  "Efficient", "Sparse", "Scalable", "Robust", "Adaptive", "Hierarchical", "Contrastive", "Causal",
  "Latent", "Recurrent", "Multimodal", "Self-Supervised", "Federated", "Differentiable", "Probabilistic", "Linear",
  "Structured", "Compositional", "Equivariant", "Retrieval-Augmented", "Quantized", "Distilled", "Generative", "Implicit",
] as const;

export const METHODS = [
  "Attention", "Transformers", "Diffusion", "Tokenization", "Mixture-of-Experts", "State Space Models", "Alignment", "Pretraining",
  "Fine-Tuning", "Decoding", "Embeddings", "Reward Models", "Distillation", "Quantization", "Routing", "Memory",
  "Normalization", "Convolutions", "Autoencoders", "Flow Matching", "Prompting", "Reasoning", "Planning", "Search",
] as const;

export const PURPOSES = [
  "for", "beyond", "via", "with", "towards", "without", "through", "under",
] as const;

export const DOMAINS = [
  "Language Modeling", "Image Synthesis", "Video Generation", "Speech Recognition", "Code Generation", "Machine Translation",
  "Question Answering", "Long Contexts", "Protein Folding", "Robotics", "Visual Grounding", "Text-to-Image",
  "Summarization", "Dialogue", "Recommendation", "Time Series", "Graph Learning", "Tabular Data",
  "Scientific Discovery", "Theorem Proving", "Audio Generation", "3D Reconstruction", "Document Understanding", "Agents",
] as const;

export const AREAS = [
  "Background Knowledge", "Large Language Models", "Diffusion Models", "Multimodal Models", "Beyond Transformers",
  "Reinforcement Learning", "Efficient Inference", "Evaluation", "Safety and Alignment", "Retrieval", "Agents and Tools",
  "Speech and Audio", "Vision", "Graphs", "Optimisation", "Theory",
] as const;

export const VENUES = ["NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "CVPR", "ICCV", "AAAI", "JMLR", "TACL"] as const;

export const RESOURCE_KINDS = ["blog", "tutorial", "repository", "tool", "dataset", "benchmark", "book", "course", "video", "collection"] as const;
