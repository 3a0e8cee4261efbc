"use client";
/** Read / reading / skipped as a toggle group; pressing the current status clears it. */
import { translate, type Language } from "@/app/lib/i18n";
import type { ReadingStatus } from "@/app/lib/reading-progress";

const OPTIONS: { status: ReadingStatus; label: string; icon: string }[] = [
  { status: "read", label: "Read", icon: "✓" },
  { status: "reading", label: "Reading", icon: "◐" },
  { status: "skipped", label: "Skipped", icon: "⤼" },
];

export function StatusButtons(props: {
  status: ReadingStatus | undefined;
  onChange: (status: ReadingStatus | null) => void;
  language: Language;
  compact?: boolean;
  title: string;
}) {
  return (
    <div role="group" aria-label={`${translate(props.language, "Mark as")}: ${props.title}`} className={`status-group${props.compact ? " compact" : ""}`}>
      {OPTIONS.map((o) => (
        <button
          key={o.status}
          type="button"
          className={`status-button status-${o.status}`}
          aria-pressed={props.status === o.status}
          title={translate(props.language, o.label)}
          onClick={() => props.onChange(props.status === o.status ? null : o.status)}
        >
          <span aria-hidden="true">{o.icon}</span>
          <span className={props.compact ? "sr-only" : undefined}>{translate(props.language, o.label)}</span>
        </button>
      ))}
    </div>
  );
}
