"use client";

/**
 * The search field. Without JavaScript it is a plain text field of a GET form. With JavaScript it
 * becomes a WAI-ARIA combobox (list autocomplete): suggestions appear while typing, the arrow keys
 * move through them, Enter opens the chosen procedure, Escape closes the list; Enter with no
 * suggestion chosen submits the form as usual.
 */
import { useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "./use-hydrated";

interface Suggestion {
  code: string;
  name: string;
  url: string;
  nameHighlighted: Array<{ text: string; match: boolean }>;
}

export interface SearchBoxLabels {
  label: string;
  hint: string;
  suggestions: string;
  /** "{count}" is replaced by the number of suggestions. */
  count: string;
  none: string;
}

export function SearchBox({
  id,
  defaultValue,
  labels,
  className = "",
}: {
  id: string;
  defaultValue: string;
  labels: SearchBoxLabels;
  className?: string;
}) {
  const listId = useId();
  const hintId = `${id}-hint`;
  const enhanced = useHydrated();
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const abort = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      abort.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function fetchSuggestions(q: string) {
    if (timer.current) clearTimeout(timer.current);
    abort.current?.abort();
    if (q.trim().length < 2) {
      setItems([]);
      setOpen(false);
      setActive(-1);
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      abort.current = controller;
      try {
        const res = await fetch(`/api/v1/suggest?q=${encodeURIComponent(q.slice(0, 200))}`, { signal: controller.signal });
        if (!res.ok) return;
        const body = (await res.json()) as { items: Suggestion[] };
        setItems(body.items);
        setOpen(body.items.length > 0);
        setActive(-1);
        setStatus(body.items.length > 0 ? labels.count.replace("{count}", String(body.items.length)) : labels.none);
      } catch {
        // Aborted or offline: the plain search still works.
      }
    }, 150);
  }

  function choose(index: number) {
    const item = items[index];
    if (item) window.location.assign(item.url);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (!enhanced) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open && items.length > 0) setOpen(true);
      setActive((a) => (items.length === 0 ? -1 : (a + 1) % items.length));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (!open && items.length > 0) setOpen(true);
      setActive((a) => (items.length === 0 ? -1 : a <= 0 ? items.length - 1 : a - 1));
    } else if (event.key === "Enter") {
      if (open && active >= 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        setValue("");
      }
    }
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  const expanded = enhanced && open && items.length > 0;

  return (
    <div className={`relative ${className}`}>
      <label htmlFor={id} className="block font-semibold">
        {labels.label}
      </label>
      <p id={hintId} className="text-sm text-muted">
        {labels.hint}
      </p>
      <input
        id={id}
        name="q"
        type="search"
        className="input mt-1"
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          if (enhanced) fetchSuggestions(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        {...(enhanced
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": expanded,
              "aria-controls": listId,
              "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
            }
          : {})}
      />
      {enhanced && (
        <ul
          id={listId}
          role="listbox"
          aria-label={labels.suggestions}
          hidden={!expanded}
          className="absolute left-0 right-0 z-20 mt-1 max-h-96 overflow-auto rounded-md border-2 border-brand-700 bg-white py-1 text-ink shadow-lg"
        >
          {items.map((item, i) => (
            <li
              key={item.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
              className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-700 text-white" : "hover:bg-brand-50"}`}
            >
              {item.nameHighlighted.map((s, k) => (s.match ? <strong key={k}>{s.text}</strong> : <span key={k}>{s.text}</span>))}
            </li>
          ))}
        </ul>
      )}
      {enhanced && (
        <p role="status" aria-live="polite" className="sr-only">
          {status}
        </p>
      )}
    </div>
  );
}
