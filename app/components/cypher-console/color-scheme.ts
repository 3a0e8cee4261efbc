/** Whether the page is in a dark theme, read from its --bg variable so any theme switch works. */
import { useCallback, useSyncExternalStore, type RefObject } from "react";

/** Relative luminance below 0.4 counts as dark. Understands #rgb, #rrggbb and rgb()/rgba(). */
export function isDarkColor(css: string): boolean | undefined {
  const value = css.trim().toLowerCase();
  let rgb: number[] | undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
    rgb = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  } else {
    const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(value);
    if (match) rgb = [match[1], match[2], match[3]].map(Number);
  }
  if (!rgb || rgb.some((c) => Number.isNaN(c))) return undefined;
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
}

function readScheme(element: Element | null): "light" | "dark" {
  // The page may set its theme on any ancestor, so read the variable where the console is.
  const target = element ?? document.documentElement;
  const bg = getComputedStyle(target).getPropertyValue("--bg") || getComputedStyle(document.body).backgroundColor;
  const dark = isDarkColor(bg) ?? window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  return dark ? "dark" : "light";
}

function subscribeFor(element: Element | null, onChange: () => void): () => void {
  // Themes are switched by a class or data attribute on an ancestor, or by the OS preference.
  // Only ancestors are watched: the editor below changes its own classes on every keystroke.
  const observer = new MutationObserver(onChange);
  for (let node: Element | null = element ?? document.documentElement; node; node = node.parentElement) {
    observer.observe(node, { attributes: true, attributeFilter: ["class", "data-theme", "style"] });
  }
  const media = window.matchMedia?.("(prefers-color-scheme: dark)");
  media?.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    media?.removeEventListener("change", onChange);
  };
}

/** "dark" or "light" for the element in `ref` (the page's --bg there decides). */
export function useColorScheme(ref: RefObject<Element | null>): "light" | "dark" {
  const subscribe = useCallback((onChange: () => void) => subscribeFor(ref.current, onChange), [ref]);
  const getSnapshot = useCallback(() => readScheme(ref.current), [ref]);
  return useSyncExternalStore(subscribe, getSnapshot, () => "light");
}
