"use client";
/**
 * A combobox: suggestions while typing (debounced), arrows to move, Enter to pick, Escape to
 * close. Used for the main search and for picking reading-path targets and path ends.
 *
 * Enter acts on the text as it is now. While the suggestions shown still answer an older text
 * (the debounce, or the request, has not caught up), Enter is remembered and picks the first
 * match of the current text when it arrives; results of an older text are never picked by it.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { GraphNode } from "@/contract/schemas";
import { localName, sectionName, translate, type Language } from "@/app/lib/i18n";
import { searchQuery } from "@/app/queries";
import { KindIcon } from "./kind-icon";
import { tagOf } from "@/app/lib/to-elements";

export type SearchBoxProps = {
  label: string;
  language: Language;
  onPick: (node: GraphNode) => void;
  /** controlled text (the main search keeps it in the URL) */
  value?: string;
  onValueChange?: (value: string) => void;
  placeholder?: string;
  kind?: string;
  testId?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  /** clear the text after a pick (pickers show the picked node elsewhere) */
  clearOnPick?: boolean;
  /** search only this list */
  roadmap?: string;
  /** the list being read: a hit it does not hold says which lists do */
  homeList?: string;
};

/** The value once it has stood still for `ms`; `flush` takes the current value at once. */
function useDebounced<T>(value: T, ms: number): [T, () => void] {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return [debounced, () => setDebounced(value)];
}

export function SearchBox({ inputRef, ...props }: SearchBoxProps) {
  const t = (key: string) => translate(props.language, key);
  const [ownText, setOwnText] = useState("");
  const text = props.value ?? ownText;
  const setText = (value: string) => (props.onValueChange ? props.onValueChange(value) : setOwnText(value));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const current = text.trim();
  const [q, flush] = useDebounced(current, 180);
  const { data, isFetching, isError, error, isPlaceholderData } = useQuery(searchQuery({ q, kind: props.kind, roadmap: props.roadmap, limit: 8 }));
  const results = q.length >= 2 ? (data?.results ?? []) : [];
  // The results shown answer exactly the text in the box (not the previous query's).
  const fresh = data !== undefined && !isPlaceholderData && q === current;
  // The text Enter was pressed on before its results had arrived.
  const pendingEnter = useRef<string | null>(null);
  const listId = useId();
  const blurTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const pick = (node: GraphNode) => {
    props.onPick(node);
    setOpen(false);
    if (props.clearOnPick) setText("");
  };
  const pickRef = useRef(pick);
  useEffect(() => {
    pickRef.current = pick;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(results.length - 1, 0)));
    } else if (event.key === "ArrowUp") {
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter") {
      const hit = results[active];
      if (fresh && hit) pick(hit.node);
      else if (!fresh && current.length >= 2) {
        pendingEnter.current = current;
        flush();
      }
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setText("");
    } else return;
    event.preventDefault();
  };

  // Acts on a remembered Enter once the current text's results are in: the first match, or
  // nothing (the list says "No matches"); typing on drops it.
  const first = results[0];
  useEffect(() => {
    if (pendingEnter.current === null) return;
    if (pendingEnter.current !== current) pendingEnter.current = null;
    else if (fresh || isError) {
      pendingEnter.current = null;
      if (fresh && first) pickRef.current(first.node);
    }
  }, [current, fresh, isError, first]);

  const showList = open && q.length >= 2;
  const activeId = showList && results[active] ? `${listId}-${active}` : undefined;
  return (
    <div className="search" data-testid={props.testId}>
      <label className="sr-only" htmlFor={`${listId}-input`}>
        {props.label}
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.placeholder ?? t("Search papers, tags, sections…")}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => {
          // Coming back before the blur's close fired (e.g. after switching the search scope) keeps the list open.
          if (blurTimer.current) clearTimeout(blurTimer.current);
          setOpen(true);
        }}
        onBlur={() => {
          blurTimer.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-label={props.label} className="search-list">
          {isError && <li className="search-empty">{error.message}</li>}
          {!isError && results.length === 0 && <li className="search-empty">{isFetching || q !== text.trim() ? `${t("Loading")}…` : t("No matches")}</li>}
          {results.map((r, i) => (
            <li
              key={r.node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="search-option"
              onMouseEnter={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(r.node)}
            >
              <KindIcon kind={r.node.kind} />
              <span className="search-text">
                <span className="search-title">
                  {tagOf(r.node) && <strong>{tagOf(r.node)} · </strong>}
                  {localName(r.node, props.language).title}
                </span>
                <span className="search-meta">
                  {[t(r.node.kind), r.node.year, r.sectionPath.map((s) => sectionName(s, props.language)).join(" › ")].filter(Boolean).join(" · ")}
                </span>
                {props.homeList && !r.roadmaps.some((l) => l.id === props.homeList) && (
                  <span className="search-list-name" data-testid="search-other-list">
                    {translate(props.language, "in {lists}", { lists: r.roadmaps.map((l) => l.title).join(", ") })}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
