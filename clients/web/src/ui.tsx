// Forms that keep what was typed, show each field error next to its field and say when a
// rate limit ends.
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type InputHTMLAttributes, type ReactNode } from "react";
import { ApiError, TOO_LARGE } from "./api";

export type FieldErrors = Record<string, string>;

/** What a failed submit shows: one message, errors by input name, and when to retry. */
export type Problem = { message: string; fields: FieldErrors; retryAfterSeconds?: number };

type Outcome = {
  __typename?: string;
  message?: string;
  fields?: { field: string; message: string }[];
  retryAfterSeconds?: number;
};

/** A union member that is not the success: the Problem to show. */
export function problemOf(outcome: Outcome): Problem {
  const fields: FieldErrors = {};
  for (const error of outcome.fields ?? []) fields[error.field] = fields[error.field] ? `${fields[error.field]} ${error.message}` : error.message;
  return {
    message: outcome.message ?? "Something went wrong.",
    fields,
    retryAfterSeconds: outcome.retryAfterSeconds,
  };
}

export function problemFromError(error: unknown): Problem {
  if (error instanceof ApiError && error.code === "UNAUTHENTICATED") return { message: "You are signed out. Log in again.", fields: {} };
  if (error instanceof ApiError && error.code === TOO_LARGE)
    return { message: "Some fields are invalid.", fields: { image: "This image is too large for the service: choose a smaller one." } };
  return { message: error instanceof Error ? error.message : String(error), fields: {} };
}

export function retryText(seconds: number): string {
  const at = new Date(Date.now() + seconds * 1000);
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Try again in ${wait} (at ${at.toLocaleTimeString()}).`;
}

/** Form values kept across failed submits; `bind(name)` wires one input. */
export function useValues<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const bind = (name: keyof T & string) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [name]: event.target.value })),
  });
  return { values, setValues, bind, reset: () => setValues(initial) };
}

/** Runs a submit: busy state, the problem it ended with, and no double submits. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useRef<HTMLFormElement | null>(null);
  // After a failed submit the first field with an error gets the focus (its message is tied
  // to it by aria-describedby); what was typed stays where it was.
  useEffect(() => {
    if (problem && Object.keys(problem.fields).length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problem]);
  const run = (action: () => Promise<Problem | null | void>) => async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    form.current = event?.currentTarget instanceof HTMLFormElement ? event.currentTarget : null;
    setBusy(true);
    setProblem(null);
    try {
      setProblem((await action()) ?? null);
    } catch (error) {
      setProblem(problemFromError(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, setProblem, run };
}

type FieldProps = {
  label: string;
  error?: string;
  hint?: string;
  multiline?: boolean;
} & InputHTMLAttributes<HTMLInputElement> & { name: string };

export function Field({ label, error, hint, multiline, ...input }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": described };
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          name={input.name}
          value={input.value as string}
          onChange={input.onChange as unknown as (e: ChangeEvent<HTMLTextAreaElement>) => void}
          rows={3}
        />
      ) : (
        <input {...common} {...input} />
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The form-level message of a problem (field errors are shown at their fields), with the
 * errors of fields this form has no input for. */
export function ProblemAlert({ problem, shown = [] }: { problem: Problem | null; shown?: string[] }) {
  if (!problem) return null;
  const others = Object.entries(problem.fields).filter(([field]) => !shown.includes(field));
  return (
    <div className="alert" role="alert">
      <p>{problem.message}</p>
      {problem.retryAfterSeconds !== undefined && <p>{retryText(problem.retryAfterSeconds)}</p>}
      {others.length > 0 && (
        <ul>
          {others.map(([field, message]) => (
            <li key={field}>
              {field}: {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}

export function Submit({ busy, danger, children }: { busy: boolean; danger?: boolean; children: ReactNode }) {
  return (
    <button type="submit" className={danger ? "danger" : undefined} disabled={busy} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}

export function when(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString() : "—";
}
