/**
 * Forbidden queries in disguise: behind comments, odd whitespace, invisible characters,
 * look-alike letters, string and \u escapes. Each is seen through, or is harmless as Neo4j reads
 * it too (the hidden part really is inside a string or a comment).
 */
import type { ConsoleAttack } from "./console-attack";

const refused = (name: string, query: string, match: RegExp): ConsoleAttack => ({ name, query, expect: "refused", match });
const harmless = (name: string, query: string, match?: RegExp): ConsoleAttack => ({ name, query, expect: "harmless", ...(match ? { match } : {}) });
const INVISIBLE = /invisible control character/;

export const evasionAttacks: ConsoleAttack[] = [
  // Comments
  refused("a block comment before CREATE", "/* harmless */ CREATE (n:ConsoleProbe)", /CREATE/),
  refused("a line comment before DETACH DELETE", "// just a comment\nMATCH (n) DETACH DELETE n", /DETACH/),
  refused("RETURN commented out in the middle", "MATCH (n) /* RETURN n */ DETACH DELETE n", /DETACH/),
  refused("a comment between DETACH and DELETE", "MATCH (n) DETACH/**/DELETE n", /DETACH/),
  refused("a comment between LOAD and CSV", "LOAD/* x */CSV FROM 'https://example.com/x.csv' AS r RETURN r", /LOAD CSV/),
  refused("a nested-looking comment (comments do not nest)", "/* /* */ CREATE (n:ConsoleProbe) /* */", /CREATE/),
  { name: "an unclosed comment", query: "RETURN 1 /* CREATE (n)", expect: "bad-query", match: /never closed/ },
  { name: "only a comment", query: "   // nothing here", expect: "bad-query", match: /empty/ },
  harmless("a comment opener inside a string", "RETURN '/*' AS a, 1 AS b // */ CREATE (n)", /"columns":\["a","b"\]/),
  harmless("keywords in a string and a comment", "MATCH (n:Paper) WHERE n.title <> 'CREATE (x); LOAD CSV' // DETACH DELETE n\nRETURN count(n) AS c"),
  harmless("a line comment that U+2028 does not end", "RETURN 1 AS a // \u2028 CREATE (n)", /"columns":\["a"\]/),
  // Whitespace
  refused("tabs and CR LF between keywords", "MATCH\t(n)\n\nDETACH\r\nDELETE\tn", /DETACH/),
  refused("no-break spaces", "MATCH (n)\u00a0DETACH\u00a0DELETE n", /DETACH/),
  refused("an ideographic space", "MATCH (n)\u3000SET n.x = 1", /SET/),
  refused("vertical tab and form feed", "MATCH (n)\vSET\fn.x = 1", /SET/),
  refused("line and paragraph separators", "MATCH (n)\u2028DETACH\u2029DELETE n", /DETACH/),
  refused("a byte-order mark first", "\ufeffCREATE (n:ConsoleProbe)", /CREATE/),
  refused("a zero-width space inside a keyword", "MATCH (n) DE\u200bTACH DELETE n", INVISIBLE),
  refused("a soft hyphen inside a keyword", "CRE\u00adATE (n:ConsoleProbe)", INVISIBLE),
  refused("a right-to-left override", "MATCH (n) \u202eETELED HCATED", INVISIBLE),
  refused("a NUL character", "RETURN 1\u0000; CREATE (n)", INVISIBLE),
  // Look-alike letters
  refused("a Cyrillic Ѕ in SET", "MATCH (n) ЅET n.x = 1", /looks like the keyword SET/),
  refused("a Cyrillic С in CREATE", "СREATE (n:ConsoleProbe)", /looks like the keyword CREATE/),
  refused("a Greek Ε in DELETE", "MATCH (n) DΕLETE n", /looks like the keyword DELETE/),
  refused("a Cyrillic м in dbms", "CALL dbмs.listConfig()", /looks like the keyword DBMS|not allowed/),
  refused("fullwidth CREATE", "ＣＲＥＡＴＥ (n:ConsoleProbe)", /CREATE/),
  refused("mathematical bold DETACH DELETE", "MATCH (n) 𝐃𝐄𝐓𝐀𝐂𝐇 𝐃𝐄𝐋𝐄𝐓𝐄 n", /DETACH/),
  refused("fullwidth LOAD CSV", "ＬＯＡＤ ＣＳＶ FROM 'https://example.com/a.csv' AS r RETURN r", /LOAD/),
  { name: "small capitals (no keyword to Neo4j either)", query: "ᴄʀᴇᴀᴛᴇ (n:ConsoleProbe)", expect: "bad-query", match: /Invalid input/ },
  harmless("look-alike letters inside a string", "RETURN 'СREATE ЅET' AS s"),
  // String and name escapes
  harmless("an escaped quote inside a string", "RETURN 'it\\'s; CREATE (n)' AS s", /it's; CREATE/),
  refused("an escaped backslash that ends the string", "RETURN 'a\\\\' AS s CREATE (n:ConsoleProbe)", /CREATE/),
  harmless("quotes of the other kind inside a string", `RETURN "'; CREATE (n); '" AS s`),
  harmless("keywords as a back-quoted name", "MATCH (`DETACH DELETE`:Roadmap) RETURN count(*) AS c"),
  harmless("a doubled back-quote inside a name", "MATCH (`a``) DETACH DELETE n //`:Roadmap) RETURN 1 AS one"),
  // \u escapes: Neo4j decodes them before it parses (graph/check-console-query.ts).
  refused("LOAD CSV with an escaped L", "\\u004cOAD CSV FROM 'https://example.com/a.csv' AS r RETURN r", /LOAD CSV/),
  refused("an escaped quote that ends a string early, then dbms", "WITH '\\u0027 AS x CALL dbms.listConfig() YIELD name RETURN count(*) AS n //' AS y RETURN y", /dbms/),
  refused("an escaped newline that ends a line comment", "RETURN 1 AS a // \\u000a CREATE (n:ConsoleProbe)", /CREATE/),
  refused("an escaped keyword letter", "MATCH (n) DET\\u0041CH DELETE n", /DETACH/),
  refused("a fullwidth backslash escape", "MATCH (n) ＼u0044ETACH DELETE n", /DETACH/),
  refused("an escape that spells an escape", "WITH '\\u005cu0027 AS x CALL dbms.listConfig() YIELD name RETURN count(*) AS n //' AS y RETURN y", /dbms/),
  harmless("an escape that stays a letter", "RETURN 'a\\u0041b' AS s", /aAb/),
];
