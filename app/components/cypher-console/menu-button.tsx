"use client";
/**
 * A button that opens a list of actions (examples, history). Keyboard: Enter/Space/ArrowDown
 * opens and focuses the first item, arrows move, Home/End jump, Escape closes and returns focus.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import styles from "./cypher-console.module.css";

export type MenuItem = { key: string; label: string; title?: string; onSelect: () => void };

type Props = {
  label: string;
  ariaLabel: string;
  items: readonly MenuItem[];
  emptyText?: string;
  footer?: MenuItem;
  testId: string;
};

/** Narrows and shifts an open menu so it stays inside `container` (the console panel). */
function keepInside(menu: HTMLElement | null, container: Element): void {
  if (!menu) return;
  menu.style.left = "";
  const bounds = container.getBoundingClientRect();
  menu.style.maxWidth = `${Math.max(200, bounds.width - 16)}px`;
  const overflow = menu.getBoundingClientRect().right - (bounds.right - 8);
  if (overflow > 0) menu.style.left = `${-overflow}px`;
}

export function MenuButton({ label, ariaLabel, items, emptyText, footer, testId }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const all = footer ? [...items, footer] : items;

  useEffect(() => {
    if (!open) return;
    keepInside(list.current, root.current?.closest("section") ?? document.body);
    root.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(root.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    if (event.key === "ArrowDown") focusAt(index + 1);
    else if (event.key === "ArrowUp") focusAt(index - 1);
    else if (event.key === "Home") focusAt(0);
    else if (event.key === "End") focusAt(entries.length - 1);
    else if (event.key === "Escape") close(true);
    else if (event.key === "Tab") close(false);
    else return;
    if (event.key !== "Tab") event.preventDefault();
  };

  return (
    <div className={styles.menu} ref={root} data-testid={testId}>
      <button
        ref={button}
        type="button"
        className={styles.button}
        aria-label={ariaLabel}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={list} id={menuId} role="menu" aria-label={ariaLabel} className={styles.menuList} onKeyDown={onMenuKeyDown}>
          {items.length === 0 && emptyText && (
            <li role="none" className={styles.menuEmpty}>
              {emptyText}
            </li>
          )}
          {all.map((item) => (
            <li role="none" key={item.key} className={item === footer ? styles.menuFooter : undefined}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={styles.menuItem}
                title={item.title}
                onClick={() => {
                  close(false);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
