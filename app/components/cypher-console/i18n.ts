/** Every string the Cypher console shows, in English and Russian. */
import type { Language } from "@/app/lib/i18n";

export type { Language };

/** Russian needs three plural forms (1 строка, 2 строки, 5 строк). */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const en = {
  panelLabel: "Cypher console",
  editorLabel: "Cypher query",
  editorPlaceholder: "MATCH (p:Paper) RETURN p LIMIT 25",
  editorLoading: "Loading the editor…",
  run: "Run",
  runHint: "Run the query (Ctrl+Enter or ⌘+Enter)",
  running: "Running…",
  idleHint: "Type a Cypher query and press Ctrl+Enter (⌘+Enter on a Mac), or pick one from Examples. The console only reads.",
  examples: "Examples",
  examplesLabel: "Examples: queries to try",
  history: "History",
  historyLabel: "History of queries you ran",
  historyEmpty: "No queries yet",
  clearHistory: "Clear history",
  append: "Add to canvas",
  appendHint: "Add the result's nodes to the canvas instead of replacing what it shows",
  connect: "Connect nodes",
  connectHint: "Also draw the relationships between the result's nodes (at most 1,000), as Neo4j Browser does",
  connectionsCut: "Only the first 1,000 relationships between the result's nodes are drawn.",
  viewsLabel: "Result views",
  viewGraph: "Graph",
  viewTable: "Table",
  viewJson: "JSON",
  showOnCanvas: "Show on canvas",
  addToCanvas: "Add to canvas",
  graphCounts: (nodes: number, edges: number) =>
    `${nodes} ${nodes === 1 ? "node" : "nodes"} and ${edges} ${edges === 1 ? "relationship" : "relationships"} in the result`,
  graphEmpty: "The result has no nodes or relationships to draw. Return nodes, relationships or paths to see them on the canvas.",
  sentToCanvas: "Sent to the canvas.",
  exportCsv: "Export CSV",
  exportCsvLabel: "Export CSV: download the table as a file",
  exportJson: "Export JSON",
  exportJsonLabel: "Export JSON: download the result as a file",
  tableLabel: "Query result table",
  noRows: "No rows.",
  rows: (n: number) => `${n} ${n === 1 ? "row" : "rows"}`,
  timing: (available: number, consumed: number) => `${available + consumed} ms (first row after ${available} ms)`,
  truncated: (cap: number) => `Only the first ${cap} rows are shown: the result was cut at the row cap. Add a LIMIT or narrow the query to see everything.`,
  errorTitle: {
    "bad-query": "The query has an error",
    "invalid-input": "The request was rejected",
    refused: "Refused: this console is read-only",
    timeout: "The query took too long",
    "too-large": "The query or its result is too large",
    unavailable: "The graph database is unreachable",
    "rate-limited": "Too many queries in a short time",
    network: "The app server cannot be reached",
    internal: "Something went wrong",
  },
  errorExplain: {
    "bad-query": "",
    "invalid-input": "",
    refused: "The console only runs read queries; it refuses writes, file or URL access and admin procedures.",
    timeout: "The server stops queries that run longer than its time limit. Add a LIMIT, bound variable-length patterns (e.g. *1..4) or start from an indexed property.",
    "too-large": "The server refused to hold that much in memory. Return fewer columns, add a LIMIT or aggregate instead of collecting.",
    unavailable: "Neo4j did not answer. Try again in a moment.",
    "rate-limited": "The console takes a limited number of queries from one client in a short window. Wait a few seconds, then run it again.",
    network: "Check that the app is still running, then try again.",
    internal: "The server could not finish the query.",
  },
  errorAt: (line: number, column: number) => `Line ${line}, column ${column}`,
  goToError: "Move the cursor to the error",
  notifications: "Notifications",
} as const;

type Dictionary = { [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : (typeof en)[K] extends Record<string, string> ? Record<keyof (typeof en)[K], string> : string };

const ru: Dictionary = {
  panelLabel: "Консоль Cypher",
  editorLabel: "Запрос Cypher",
  editorPlaceholder: "MATCH (p:Paper) RETURN p LIMIT 25",
  editorLoading: "Загрузка редактора…",
  run: "Выполнить",
  runHint: "Выполнить запрос (Ctrl+Enter или ⌘+Enter)",
  running: "Выполняется…",
  idleHint: "Введите запрос Cypher и нажмите Ctrl+Enter (⌘+Enter на Mac) или выберите запрос в «Примерах». Консоль только читает данные.",
  examples: "Примеры",
  examplesLabel: "Примеры запросов",
  history: "История",
  historyLabel: "История выполненных запросов",
  historyEmpty: "Запросов пока нет",
  clearHistory: "Очистить историю",
  append: "Добавить на холст",
  appendHint: "Добавить узлы результата на холст, не заменяя то, что на нём уже есть",
  connect: "Связать узлы",
  connectHint: "Рисовать и связи между узлами результата (не больше 1000), как Neo4j Browser",
  connectionsCut: "Нарисованы только первые 1000 связей между узлами результата.",
  viewsLabel: "Виды результата",
  viewGraph: "Граф",
  viewTable: "Таблица",
  viewJson: "JSON",
  showOnCanvas: "Показать на холсте",
  addToCanvas: "Добавить на холст",
  graphCounts: (nodes, edges) =>
    `В результате ${nodes} ${pluralRu(nodes, "узел", "узла", "узлов")} и ${edges} ${pluralRu(edges, "связь", "связи", "связей")}`,
  graphEmpty: "В результате нет узлов или связей для отрисовки. Верните узлы, связи или пути, чтобы увидеть их на холсте.",
  sentToCanvas: "Отправлено на холст.",
  exportCsv: "Экспорт CSV",
  exportCsvLabel: "Экспорт CSV: скачать таблицу файлом",
  exportJson: "Экспорт JSON",
  exportJsonLabel: "Экспорт JSON: скачать результат файлом",
  tableLabel: "Таблица результата запроса",
  noRows: "Нет строк.",
  rows: (n) => `${n} ${pluralRu(n, "строка", "строки", "строк")}`,
  timing: (available, consumed) => `${available + consumed} мс (первая строка через ${available} мс)`,
  truncated: (cap) => `Показаны только первые ${cap} ${pluralRu(cap, "строка", "строки", "строк")}: результат обрезан по лимиту строк. Добавьте LIMIT или сузьте запрос, чтобы увидеть всё.`,
  errorTitle: {
    "bad-query": "В запросе ошибка",
    "invalid-input": "Запрос отклонён",
    refused: "Отказано: консоль только для чтения",
    timeout: "Запрос выполнялся слишком долго",
    "too-large": "Запрос или его результат слишком велик",
    unavailable: "База графа недоступна",
    "rate-limited": "Слишком много запросов за короткое время",
    network: "Сервер приложения недоступен",
    internal: "Что-то пошло не так",
  },
  errorExplain: {
    "bad-query": "",
    "invalid-input": "",
    refused: "Консоль выполняет только запросы на чтение; запись, доступ к файлам и URL и административные процедуры запрещены.",
    timeout: "Сервер останавливает запросы, которые выполняются дольше лимита времени. Добавьте LIMIT, ограничьте пути переменной длины (например, *1..4) или начните с индексированного свойства.",
    "too-large": "Серверу не хватило разрешённой памяти. Верните меньше столбцов, добавьте LIMIT или агрегируйте вместо collect.",
    unavailable: "Neo4j не отвечает. Попробуйте ещё раз чуть позже.",
    "rate-limited": "Консоль принимает от одного клиента ограниченное число запросов за короткое время. Подождите несколько секунд и запустите запрос снова.",
    network: "Проверьте, что приложение запущено, и попробуйте ещё раз.",
    internal: "Сервер не смог выполнить запрос.",
  },
  errorAt: (line, column) => `Строка ${line}, столбец ${column}`,
  goToError: "Перейти к ошибке",
  notifications: "Уведомления",
};

export const dictionaries: Record<Language, Dictionary> = { en, ru };
export type Messages = Dictionary;
export type ErrorKind = keyof typeof en.errorTitle;
