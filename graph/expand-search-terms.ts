/**
 * Russian field terms to the English words the graph's papers are written in, so a Russian
 * query ("диффузия", "трансформеры", "механизм внимания") finds English papers and sections.
 * Pure. The glossary is the project's own: common Russian names of machine-learning terms.
 *
 * Entries are stems: a query word matches when it starts with one, which covers the cases and
 * numbers of Russian nouns and adjectives ("диффузия", "диффузии", "диффузионные" all start
 * with "диффуз"). The longest matching stem wins, so a specific term beats a general one.
 */

const GLOSSARY: Readonly<Record<string, readonly string[]>> = {
  трансформер: ["transformer"],
  трансформатор: ["transformer"],
  вниман: ["attention"],
  диффуз: ["diffusion"],
  модел: ["model"],
  языков: ["language"],
  больш: ["large"],
  мультимодальн: ["multimodal"],
  изображен: ["image"],
  картинк: ["image"],
  видео: ["video"],
  аудио: ["audio"],
  звук: ["audio", "sound"],
  реч: ["speech"],
  текст: ["text"],
  генерац: ["generation"],
  генератив: ["generative"],
  агент: ["agent"],
  обучен: ["learning", "training"],
  дообучен: ["finetuning", "tuning"],
  предобучен: ["pretraining", "pretrained"],
  настройк: ["tuning"],
  подкреплен: ["reinforcement"],
  промпт: ["prompt"],
  подсказк: ["prompting", "prompt"],
  контекст: ["context"],
  длинн: ["long"],
  эффективн: ["efficient"],
  оценк: ["evaluation"],
  бенчмарк: ["benchmark"],
  датасет: ["dataset"],
  квантизац: ["quantization"],
  квантован: ["quantization"],
  дистилляц: ["distillation"],
  слиян: ["merging"],
  редактирован: ["editing"],
  знани: ["knowledge"],
  рассужден: ["reasoning"],
  галлюцинац: ["hallucination"],
  выравниван: ["alignment"],
  сверточн: ["convolutional"],
  рекуррентн: ["recurrent"],
  нейрон: ["neural"],
  нейросет: ["neural"],
  автоэнкодер: ["autoencoder"],
  автокодировщик: ["autoencoder"],
  вариационн: ["variational"],
  состязательн: ["adversarial"],
  смес: ["mixture"],
  эксперт: ["experts"],
  состояни: ["state"],
  пространств: ["space"],
  извлечен: ["retrieval"],
  воплощ: ["embodied"],
  робот: ["robot"],
  зрени: ["vision"],
  визуальн: ["visual"],
  инструкц: ["instruction"],
  токен: ["token"],
  энкодер: ["encoder"],
  кодировщик: ["encoder"],
  декодер: ["decoder"],
  декодирован: ["decoding"],
  масштабирован: ["scaling"],
  разрежен: ["sparse"],
  линейн: ["linear"],
  позиционн: ["positional"],
  нормализ: ["normalizing", "normalization"],
  поток: ["flows"],
  латентн: ["latent"],
  сэмплир: ["sampling"],
  ускорен: ["accelerating", "fast"],
  безопасн: ["safety"],
  памят: ["memory"],
};

const STEMS = Object.keys(GLOSSARY).sort((a, b) => b.length - a.length);
const CYRILLIC = /\p{Script=Cyrillic}/u;

export function isCyrillic(term: string): boolean {
  return CYRILLIC.test(term);
}

/** "ё" is written "е" as often as not; compare without the difference. */
function foldYo(term: string): string {
  return term.replace(/ё/g, "е");
}

/** English equivalents of one lowercase Russian word; empty when the glossary has none. */
export function englishFor(term: string): readonly string[] {
  const folded = foldYo(term);
  const stem = STEMS.find((candidate) => folded.startsWith(candidate));
  return stem ? (GLOSSARY[stem] ?? []) : [];
}

/**
 * Each query term with the words that may stand for it: itself first, then its English
 * equivalents. A match of any word of a group counts as a match of the term.
 */
export function expandSearchTerms(terms: readonly string[]): string[][] {
  return terms.map((term) => [...new Set([term, ...(isCyrillic(term) ? englishFor(term) : [])])]);
}

/**
 * What must appear in a text for a term to count as written there: the word itself, or for a
 * Russian word its stem-like beginning (Russian endings change with case, "изображениями" ~
 * "изображений"). Used for ranking, not for finding.
 */
export function directForm(term: string): string {
  if (!isCyrillic(term) || term.length <= 5) return foldYo(term);
  return foldYo(term).slice(0, Math.max(5, term.length - 3));
}
