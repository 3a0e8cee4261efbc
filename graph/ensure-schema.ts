/**
 * Constraints and indexes, created before any write (schema commands cannot share a
 * transaction with data writes). Every statement is idempotent.
 */
import { getDatabase, getDriver } from "./driver";
import { STAGING_SCHEMA } from "./staging-statements";

export const SEARCH_INDEX = "roadmapSearch";
/** The roadmap's annotations of its listings (IN_SECTION.note), which search also matches. */
export const NOTES_INDEX = "roadmapNotes";
/**
 * Russian names with Neo4j's Russian analyzer, which stems words ("изображениями" and
 * "изображений" both index as "изображен"); the main index keeps the standard analyzer, which
 * suits titles in English, so Russian text has an index of its own.
 */
export const RUSSIAN_INDEX = "roadmapSearchRu";

// Both full-text indexes: no stop words ("on", "in" are parts of titles), updated at commit.
const FULLTEXT_OPTIONS = "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }";

const SCHEMA = [
  "CREATE CONSTRAINT roadmap_id IF NOT EXISTS FOR (n:Roadmap) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT resource_id IF NOT EXISTS FOR (n:Resource) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT question_id IF NOT EXISTS FOR (n:Question) REQUIRE n.id IS UNIQUE",
  // Stored overview positions, one node per list and layout (graph/stored-positions.ts).
  "CREATE CONSTRAINT layout_id IF NOT EXISTS FOR (n:Layout) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX paper_arxiv IF NOT EXISTS FOR (n:Paper) ON (n.arxivId)",
  "CREATE INDEX paper_norm_title IF NOT EXISTS FOR (n:Paper) ON (n.normTitle)",
  "CREATE INDEX paper_doi IF NOT EXISTS FOR (n:Paper) ON (n.doi)",
  "CREATE INDEX paper_year IF NOT EXISTS FOR (n:Paper) ON (n.year)",
  "CREATE INDEX paper_owner IF NOT EXISTS FOR (n:Paper) ON (n.ownerRoadmap)",
  "CREATE INDEX section_roadmap IF NOT EXISTS FOR (n:Section) ON (n.roadmap)",
  "CREATE INDEX resource_roadmap IF NOT EXISTS FOR (n:Resource) ON (n.roadmap)",
  "CREATE INDEX question_roadmap IF NOT EXISTS FOR (n:Question) ON (n.roadmap)",
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:Paper|Resource|Section)
     ON EACH [n.title, n.tag, n.name, n.nameRu, n.venue]
     ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX ${NOTES_INDEX} IF NOT EXISTS FOR ()-[r:IN_SECTION]-() ON EACH [r.note]
     ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX ${RUSSIAN_INDEX} IF NOT EXISTS FOR (n:Section) ON EACH [n.nameRu]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'russian', \`fulltext.eventually_consistent\`: false } }`,
  ...STAGING_SCHEMA,
];

export async function ensureSchema(): Promise<void> {
  const driver = getDriver();
  const database = getDatabase();
  for (const statement of SCHEMA) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
}
