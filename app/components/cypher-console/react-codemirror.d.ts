/**
 * Types for @neo4j-cypher/react-codemirror 1.0.4. The package ships declarations, but its
 * "exports" map does not point at them, so TypeScript cannot find them (TS7016). This declares
 * the part of the API the console uses; see node_modules/@neo4j-cypher/react-codemirror/src.
 */
declare module "@neo4j-cypher/react-codemirror" {
  import type { Component, CSSProperties } from "react";
  import type { Extension } from "@codemirror/state";

  /** Line and column are 1-based; position is the 0-based offset in the text. */
  export type EditorPosition = { line: number; column: number; position: number };
  export type EditorPositionInput = number | { line: number; column: number };

  export interface EditorSchema {
    labels?: string[];
    relationshipTypes?: string[];
    propertyKeys?: string[];
    parameters?: string[];
  }

  export interface CypherEditorApi {
    focus(): void;
    getPosition(): EditorPosition;
    setPosition(position?: EditorPositionInput, scrollIntoView?: boolean): void;
    setValue(value?: string, parseOnSetValue?: boolean): void;
  }

  export interface CypherEditorProps {
    autocomplete?: boolean;
    autofocus?: boolean;
    autofocusProps?: ("cursorWide" | "position" | "readOnly" | "value")[];
    /** CodeMirror extensions added after the package's own */
    postExtensions?: Extension[];
    lineNumbers?: boolean;
    lineWrapping?: boolean;
    lint?: boolean;
    placeholder?: string;
    readOnly?: boolean;
    schema?: EditorSchema;
    /** false: Tab moves focus out of the editor instead of indenting (no keyboard trap). */
    tabKey?: boolean;
    theme?: "light" | "dark" | "auto";
    tooltipAbsolute?: boolean;
    value?: string;
    className?: string;
    focusedClassName?: string;
    style?: CSSProperties;
    onEditorCreated?: (editor: CypherEditorApi) => void;
    onValueChanged?: (value: string) => void;
    onFocusChanged?: (focused: boolean) => void;
    onKeyDown?: (event: KeyboardEvent) => void;
  }

  export class CypherEditor extends Component<CypherEditorProps> {}
}
