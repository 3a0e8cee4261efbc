"use client";
/** Language, theme and "copy link" in the top bar. */
import { useState } from "react";
import { translate, type Language } from "@/app/lib/i18n";
import type { Theme } from "@/app/lib/graph-style";
import type { Prefs } from "./hooks/use-local-store";

export function PrefsControls(props: { prefs: Prefs; theme: Theme; setPrefs: (p: Prefs) => void }) {
  const { language } = props.prefs;
  const t = (key: string) => translate(language, key);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
    } catch {
      // Clipboard refused (no permission or insecure context): let the user copy it by hand.
      window.prompt(t("Copy link"), window.location.href);
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1800);
  };
  const nextLanguage: Language = language === "en" ? "ru" : "en";
  return (
    <div className="prefs">
      <button type="button" className="button" data-testid="copy-link" onClick={() => void copy()} aria-live="polite">
        {copied ? (
          <span aria-hidden="true">✓</span>
        ) : (
          <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" aria-hidden="true">
            <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9" />
            <path d="M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8a3 3 0 0 0 4.2 4.2l.9-.9" />
          </svg>
        )}
        <span className="button-label">{copied ? t("Link copied") : t("Copy link")}</span>
      </button>
      <button
        type="button"
        className="button icon-button"
        data-testid="language-toggle"
        aria-label={`${t("Language")}: ${language === "en" ? "English" : "Русский"}`}
        onClick={() => props.setPrefs({ ...props.prefs, language: nextLanguage })}
      >
        {language === "en" ? "RU" : "EN"}
      </button>
      <button
        type="button"
        className="button icon-button"
        data-testid="theme-toggle"
        aria-label={`${t("Theme")}: ${t(props.theme === "dark" ? "Dark" : "Light")}`}
        aria-pressed={props.theme === "dark"}
        onClick={() => props.setPrefs({ ...props.prefs, theme: props.theme === "dark" ? "light" : "dark" })}
      >
        <span aria-hidden="true">{props.theme === "dark" ? "☀" : "☾"}</span>
      </button>
    </div>
  );
}
