"use client";
/** With a list chosen, whether the main search looks in that list (the default) or in every list. */
import { translate, type Language } from "@/app/lib/i18n";

export function SearchScope({ all, language, onChange }: { all: boolean; language: Language; onChange: (all: boolean) => void }) {
  const t = (key: string) => translate(language, key);
  return (
    <div role="radiogroup" aria-label={t("Search in")} className="segmented search-scope" data-testid="search-scope">
      <button type="button" role="radio" aria-checked={!all} className="segment" onClick={() => onChange(false)}>
        {t("This list")}
      </button>
      <button type="button" role="radio" aria-checked={all} className="segment" onClick={() => onChange(true)}>
        {t("All lists")}
      </button>
    </div>
  );
}
