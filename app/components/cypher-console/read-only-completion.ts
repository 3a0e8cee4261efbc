/**
 * The console's completion, in place of the editor package's: the same grammar-aware suggestions
 * (the package's CypherEditorSupport), refined for read queries and the graph's labels
 * (refine-completions.ts). Like the package, it opens by itself after `.`, `:`, `(`, `[`, `{`
 * and `$`, and on Ctrl+Space.
 */
import { autocompletion, completionKeymap, startCompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import type { Extension } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { CypherEditorSupport, type EditorSupportSchema } from "@neo4j-cypher/editor-support";
import type { ConsoleSchema } from "./cypher-api";
import { refineCompletions } from "./refine-completions";

// With closing brackets on, typing "(" inserts "()".
const TRIGGERS = new Set([".", ":", "(", "[", "{", "$", "()", "[]", "{}"]);

/**
 * The extensions, and `setSchema` to hand it the graph's schema: it may arrive after the editor
 * exists, and is read at each completion.
 */
export function readOnlyCompletion(): { extensions: Extension[]; setSchema: (schema: ConsoleSchema | undefined) => void } {
  const support = new CypherEditorSupport("");
  let current: ConsoleSchema | undefined;
  let applied: EditorSupportSchema | undefined;
  const getSchema = () => current;

  const source = (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/\w*/);
    if (!context.explicit && (!word || word.from === word.to)) return null;
    const schema = getSchema();
    if (schema && schema.editor !== applied) {
      support.setSchema(schema.editor);
      applied = schema.editor;
    }
    const doc = context.state.doc;
    const query = doc.toString();
    support.update(query);
    const line = doc.lineAt(context.pos);
    const completion = support.getCompletion(line.number, context.pos - line.from, true);
    const before = query.slice(0, context.pos);
    const items = refineCompletions(completion.items, before, query, schema?.labelProperties ?? {});
    // After `v.`, what replaces is the name typed after the dot.
    const dot = /\.([A-Za-z0-9_]*)$/.exec(before);
    const from = items.every((i) => i.type === "property") && dot ? context.pos - (dot[1]?.length ?? 0) : doc.line(completion.from.line).from + completion.from.column;
    return {
      from,
      options: items.map((item) => ({ label: item.view, apply: item.content, type: item.type, detail: item.postfix ?? undefined })),
      filter: false,
    };
  };

  // Typing one trigger character opens the list, as in the package's editor.
  const openOnTrigger = EditorView.updateListener.of((update) => {
    if (!update.docChanged) return;
    for (const tr of update.transactions) {
      if (!tr.isUserEvent("input.type")) continue;
      tr.changes.iterChanges((_fromA, _toA, _fromB, _toB, inserted) => {
        if (TRIGGERS.has(inserted.toString())) queueMicrotask(() => startCompletion(update.view));
      });
    }
  });

  return {
    extensions: [autocompletion({ override: [source], activateOnTyping: false }), keymap.of(completionKeymap), openOnTrigger],
    setSchema: (schema) => {
      current = schema;
    },
  };
}
