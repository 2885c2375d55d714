"use client";

/**
 * One document slot. Without JavaScript it is a plain multipart form (the server answers with
 * a redirect back to the page). With JavaScript the same form is sent by XMLHttpRequest to
 * show the upload's progress, and the page refreshes when the server has checked the file.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FieldError } from "@/components/ui/field";

export function UploadSlot({
  action,
  inputId,
  label,
  accept,
  maxBytes,
  hintId,
  error,
}: {
  action: string;
  inputId: string;
  label: string;
  accept: string;
  maxBytes: number;
  hintId: string;
  error?: string;
}) {
  const t = useTranslations("uploads");
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | undefined>(error);
  const [status, setStatus] = useState<string>("");
  const busy = useRef(false);

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy.current) return;
    const form = e.currentTarget;
    const input = form.elements.namedItem("file") as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return setMessage(t("errors.noFile"));
    if (file.size === 0) return setMessage(t("errors.empty"));
    if (file.size > maxBytes) return setMessage(t("errors.tooLarge"));
    setMessage(undefined);
    busy.current = true;
    setProgress(0);
    setStatus(t("uploading", { name: file.name }));
    const xhr = new XMLHttpRequest();
    xhr.open("POST", action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) setProgress(Math.round((ev.loaded / ev.total) * 100));
    };
    xhr.onload = () => {
      busy.current = false;
      setProgress(null);
      let body: { ok?: boolean; code?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // not JSON
      }
      if (xhr.status >= 200 && xhr.status < 300 && body.ok) {
        setStatus(t("done", { name: file.name }));
        form.reset();
        router.refresh();
      } else {
        setStatus("");
        setMessage(t(`errors.${body.code && /^[a-zA-Z]+$/.test(body.code) ? body.code : "failed"}`));
      }
    };
    xhr.onerror = () => {
      busy.current = false;
      setProgress(null);
      setStatus("");
      setMessage(t("errors.failed"));
    };
    xhr.send(new FormData(form));
  };

  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={onSubmit} className={`mt-3 space-y-2 ${message ? "border-l-4 border-accent-700 pl-3" : ""}`}>
      <label htmlFor={inputId} className="block font-semibold">
        {label}
      </label>
      <FieldError id={`${inputId}-error`} message={message} prefix={t("errorPrefix")} />
      <input
        id={inputId}
        name="file"
        type="file"
        accept={accept}
        aria-describedby={`${hintId} ${inputId}-error`}
        aria-invalid={message ? true : undefined}
        className="block w-full max-w-full text-sm file:mr-3 file:rounded file:border-2 file:border-brand-700 file:bg-white file:px-3 file:py-2 file:font-semibold file:text-brand-800"
      />
      {progress !== null ? (
        <progress value={progress} max={100} aria-label={t("progress")} className="h-3 w-full">
          {progress}%
        </progress>
      ) : null}
      <p role="status" className="text-sm text-ok-700">
        {status}
      </p>
      <button type="submit" className="btn btn-secondary">
        {t("upload")}
      </button>
    </form>
  );
}
