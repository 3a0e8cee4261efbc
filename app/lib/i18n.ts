/**
 * Interface strings in English and Russian. Keys are the English meaning so a missing Russian
 * string falls back to readable English rather than a key.
 */
export type Language = "en" | "ru";

const RU: Record<string, string> = {
  "Search papers, tags, sections…": "Поиск статей, тегов, разделов…",
  Search: "Поиск",
  "No matches": "Ничего не найдено",
  Explore: "Обзор",
  "Reading path": "Путь чтения",
  "Path finder": "Поиск пути",
  Cypher: "Cypher",
  Roadmap: "Роадмап",
  Sections: "Разделы",
  Legend: "Легенда",
  Layout: "Раскладка",
  "Force-directed": "Силовая",
  Hierarchical: "Иерархия",
  Timeline: "Хронология",
  Concentric: "Концентрическая",
  Filters: "Фильтры",
  Relations: "Связи",
  Kinds: "Типы",
  Years: "Годы",
  Section: "Раздел",
  "All sections": "Все разделы",
  "Clear filters": "Сбросить фильтры",
  Details: "Подробности",
  "Select a node to see its details.": "Выберите узел, чтобы увидеть подробности.",
  "Builds on": "Опирается на",
  "Built upon by": "На неё опираются",
  "Same topic": "Та же тема",
  "Surveyed by": "Обзоры",
  Surveys: "Обзор покрывает",
  Expand: "Раскрыть",
  Collapse: "Свернуть",
  Hide: "Скрыть",
  "Read first": "Что прочитать до",
  "Open paper": "Открыть статью",
  arXiv: "arXiv",
  Read: "Прочитано",
  Reading: "Читаю",
  Skipped: "Пропущено",
  "Not started": "Не начато",
  "Mark as": "Отметить",
  "Copy link": "Скопировать ссылку",
  "Link copied": "Ссылка скопирована",
  Export: "Экспорт",
  Theme: "Тема",
  Light: "Светлая",
  Dark: "Тёмная",
  Language: "Язык",
  paper: "статья",
  survey: "обзор",
  resource: "ресурс",
  section: "раздел",
  roadmap: "роадмап",
  question: "вопрос",
  other: "другое",
  "Pick a target paper or section": "Выберите целевую статью или раздел",
  "What to read first": "Что прочитать сначала",
  "What to read next": "Что читать дальше",
  "What to read next in the whole graph": "Что читать дальше во всём графе",
  "{name} builds on it": "{name} опирается на эту статью",
  "and {count} more": "и ещё {count}",
  "Hide what is read": "Скрыть прочитанное",
  "Markdown checklist": "Чек-лист Markdown",
  BibTeX: "BibTeX",
  depth: "глубина",
  From: "Откуда",
  To: "Куда",
  "Builds-on only": "Только «опирается на»",
  "Forward in time only": "Только вперёд во времени",
  "All shortest paths": "Все кратчайшие пути",
  "Find path": "Найти путь",
  "No path between these two.": "Между ними нет пути.",
  "With these options there is none; there is a path of {count} steps if you:": "С этими настройками пути нет; путь из {count} шагов есть, если",
  "Swap From and To": "поменять концы пути местами",
  "Turn off “Forward in time only”": "выключить «Только вперёд во времени»",
  "Turn off “Builds-on only”": "выключить фильтр «опирается на»",
  "Turn off both options": "выключить обе настройки",
  "Not even with the options off: these two are not connected.": "Даже без настроек пути нет: эти узлы не связаны.",
  "Pick two nodes to see how they connect.": "Выберите два узла, чтобы увидеть, как они связаны.",
  Loading: "Загрузка",
  "Loading the graph…": "Загрузка графа…",
  "Show {n} more": "Показать ещё {n}",
  "Nothing to show with these filters.": "С этими фильтрами показывать нечего.",
  "The graph is empty. Load the roadmap with npm run ingest.": "Граф пуст. Загрузите роадмап командой npm run ingest.",
  "What the canvas shows": "Что показано на холсте",
  "nodes": "узлов",
  "edges": "связей",
  "papers": "статей",
  "Fit": "Вписать",
  "Zoom in": "Приблизить",
  "Zoom out": "Отдалить",
  "Undated": "Без года",
  // Year range of the filters: a start and an end year, not a path's two ends.
  "From year": "С года",
  "To year": "До года",
  "The start year is after the end year: no paper can match, only undated nodes (sections) are shown.":
    "Начальный год позже конечного: ни одна статья не подходит, показаны только узлы без года (разделы).",
  Mode: "Режим",
  Breadcrumb: "Путь по разделам",
  "not in roadmap": "вне роадмапа",
  "Open link": "Открыть ссылку",
  "PNG image": "Изображение PNG",
  "SVG image": "Изображение SVG",
  "JSON data": "Данные JSON",
  "CSV table": "Таблица CSV",
  "builds on": "опирается на",
  "same topic": "та же тема",
  surveys: "обзор охватывает",
  "in section": "входит в раздел",
  "subsection of": "подраздел",
  "{added} new, {relations} relations shown": "новых узлов: {added}, показано связей: {relations}",
  "Could not load": "Не удалось загрузить",
  "Try again": "Повторить",
  "Step": "Шаг",
  "path": "путь",
  "Everything on the path is read.": "Всё на этом пути прочитано.",
  "Start here": "Начните отсюда",
  "Loading the Cypher console…": "Загрузка консоли Cypher…",
  "Hierarchical layout is limited to 500 nodes; showing the layered preview instead.": "Иерархическая раскладка ограничена 500 узлами; показан упрощённый вариант.",
  "Swap": "Поменять",
  "Clear": "Очистить",
  "Area": "Область",
  "Node size: papers building on it": "Размер: сколько статей на неё опираются",
  "Close": "Закрыть",
  "Show list": "Список",
  "Show canvas": "Холст",
  "Reset view": "Сбросить вид",
  "reasons": "причины",
  "Outside the roadmap": "Вне роадмапа",
  "double-click a node to expand it": "двойной щелчок раскрывает узел",
  resources: "ресурсов",
  "Listed in this section": "В этом разделе",
  "Run a query that returns nodes, relationships or paths to draw them here.": "Выполните запрос, возвращающий узлы, связи или пути, — они появятся здесь.",
  "Start here: most built upon": "С чего начать: на них опираются чаще всего",
  "build on it": "опираются",
  "The graph database is unreachable.": "База данных графа недоступна.",
  "Retrying automatically; the page recovers by itself when it is back.": "Повторяем попытки автоматически; страница восстановится сама, когда база вернётся.",
  "checking…": "проверка…",
  "database down": "база недоступна",
  relationships: "связей",
  "Builds on no paper of this graph": "Не опирается ни на одну статью этого графа",
  Lists: "Списки",
  "All lists": "Все списки",
  "{n} lists": "списков: {n}",
  "{p}% read": "прочитано {p}%",
  "loaded {date}": "загружен {date}",
  "Remove list {title}": "Удалить список «{title}»",
  "Remove the list “{title}”? Papers other lists hold stay.": "Удалить список «{title}»? Статьи, которые есть в других списках, останутся.",
  "Papers the lists share": "Общие статьи списков",
  "In lists": "В списках",
  "Load a list": "Загрузить список",
  "Load a list…": "Загрузить список…",
  "Loading {name}…": "Загружается {name}…",
  "or drop a Markdown, text, YAML/JSON, NDJSON, BibTeX, RIS or CSL-JSON file on the page": "или перетащите на страницу файл Markdown, текст, YAML/JSON, NDJSON, BibTeX, RIS или CSL-JSON",
  "Loading lists from the page is off on this server (ALLOW_PAGE_INGEST).": "Загрузка списков со страницы на этом сервере выключена (ALLOW_PAGE_INGEST).",
  "Drop the file to load it as a list": "Отпустите файл, чтобы загрузить его как список",
  "Loaded “{title}”: {papers} papers, {resources} resources, {sections} sections.": "Загружен «{title}»: статей — {papers}, ресурсов — {resources}, разделов — {sections}.",
  "{n} warnings": "Предупреждений: {n}",
  "Search in": "Где искать",
  "This list": "Этот список",
  "in {lists}": "в списке: {lists}",
  // Citation data (npm run enrich): derived edges, suggested prerequisites, the edge-set toggle.
  "derived from citations": "выведено из цитирований",
  "derived from citations: {evidence}": "выведено из цитирований: {evidence}",
  "confidence {value}": "уверенность {value}",
  suggested: "предложена",
  "Suggested prerequisite: cited by several papers of the list, not in it": "Предложенная предпосылка: её цитируют несколько статей списка, но в нём её нет",
  "Edges": "Связи",
  "Curated only": "Только из списка",
  "Curated and citations": "Из списка и из цитирований",
  "cites": "цитирует",
  "builds on (derived)": "опирается (выведено)",
  "Turn on citation edges": "включить связи из цитирований",
};

export function translate(language: Language, key: string, vars?: Record<string, string | number>): string {
  const text = language === "ru" ? (RU[key] ?? key) : key;
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
}

/** A relation type as the interface names it ("builds on"); the type itself stays in the data. */
export function relationName(type: string, language: Language): string {
  return translate(language, type.toLowerCase().replace(/_/g, " "));
}

/**
 * A SAME_TOPIC edge's topic is the English name of the section both papers share; shown in the
 * chosen language when that section is known.
 */
type NamedSection = { name: string; nameRu?: string | null; children?: readonly NamedSection[] };

export function topicName(topic: string, sections: readonly NamedSection[], language: Language): string {
  for (const section of sections) {
    if (section.name === topic) return sectionName(section, language);
    const inner = topicName(topic, section.children ?? [], language);
    if (inner !== topic) return inner;
  }
  return topic;
}

/** Section names come from the data in both languages; fall back to English when Russian is missing. */
export function sectionName(section: { name: string; nameRu?: string | null }, language: Language): string {
  return language === "ru" && section.nameRu ? section.nameRu : section.name;
}

/** A section's own name in the chosen language (the data carries both); other nodes as they are. */
export function localName(node: { kind: string; label: string; title: string; nameRu?: string | undefined }, language: Language): { label: string; title: string } {
  const ru = node.nameRu;
  if (language === "ru" && node.kind === "section" && ru) return { label: ru, title: ru };
  return { label: node.label, title: node.title };
}
