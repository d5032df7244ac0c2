// Forms that keep what was typed, show each error at its field and clear it as soon as that
// field changes, keep their success message to themselves, and say when a rate limit ends.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
} from "react";
import { ApiError, TOO_LARGE } from "./api";

export type FieldErrors = Record<string, string>;

/** What a failed action shows: a message, errors by input name, when to retry, and where to go
 * when the answer is elsewhere (a passkey on another address). */
export type Problem = {
  message: string;
  fields: FieldErrors;
  retryAfterSeconds?: number;
  link?: { href: string; text: string };
};

type Outcome = {
  __typename?: string;
  message?: string;
  fields?: { field: string; message: string }[];
  retryAfterSeconds?: number;
};

/** A union member that is not the success: the Problem to show. `at` puts the message of an
 * outcome on a field instead (a wrong current password is an error of that field). */
export function problemOf(outcome: Outcome, at: Record<string, { field: string; message?: string }> = {}): Problem {
  const placed = outcome.__typename ? at[outcome.__typename] : undefined;
  if (placed) return { message: "", fields: { [placed.field]: placed.message ?? outcome.message ?? "" }, retryAfterSeconds: outcome.retryAfterSeconds };
  const fields: FieldErrors = {};
  for (const error of outcome.fields ?? []) fields[error.field] = fields[error.field] ? `${fields[error.field]} ${error.message}` : error.message;
  return { message: outcome.message ?? "Something went wrong.", fields, retryAfterSeconds: outcome.retryAfterSeconds };
}

/** A wrong current password, said where it was typed. */
export const WRONG_PASSWORD = { InvalidCredentials: { field: "currentPassword", message: "That is not your current password." } };

export function problemFromError(error: unknown): Problem {
  if (error instanceof ApiError && error.code === "UNAUTHENTICATED") return { message: "You are signed out. Log in again.", fields: {} };
  if (error instanceof ApiError && error.code === TOO_LARGE)
    return { message: "", fields: { image: "This image is too large for the service: choose a smaller one." } };
  return { message: error instanceof Error ? error.message : String(error), fields: {} };
}

export function retryText(seconds: number): string {
  const at = new Date(Date.now() + seconds * 1000);
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Try again in ${wait} (at ${at.toLocaleTimeString()}).`;
}

function without(problem: Problem | null, field: string): Problem | null {
  if (!problem || !(field in problem.fields)) return problem;
  const fields = { ...problem.fields };
  delete fields[field];
  // Only field errors were left: with the last one fixed, the form has nothing more to say.
  if (Object.keys(fields).length === 0 && (!problem.message || problem.message === "Some fields are invalid.")) return null;
  return { ...problem, fields };
}

/** What an action may end with: nothing, a problem to show, or a success message. */
type Result = Problem | string | null | void;

/** One form: its values, the problem its last submit ended with, its own success message, and
 * no double submits. Editing a field clears that field's error and the success message. */
export function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useRef<HTMLFormElement | null>(null);
  // After a failed submit the first field with an error gets the focus (its message is tied to
  // it by aria-describedby); what was typed stays where it was.
  useEffect(() => {
    if (problem && Object.keys(problem.fields).length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problem]);
  const change = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setProblem((p) => without(p, name));
    setDone(null);
  };
  const bind = (name: keyof T & string) => ({
    name,
    value: values[name],
    error: problem?.fields[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(name, event.target.value),
  });
  const run = (action: () => Promise<Result>) => async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (event?.currentTarget instanceof HTMLFormElement) form.current = event.currentTarget;
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const result = await action();
      if (typeof result === "string") setDone(result);
      else setProblem(result ?? null);
    } catch (error) {
      setProblem(problemFromError(error));
    } finally {
      setBusy(false);
    }
  };
  return { values, setValues, change, bind, reset: () => setValues(initial), busy, problem, setProblem, done, setDone, run };
}

type FieldProps = {
  label: string;
  error?: string;
  hint?: ReactNode;
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
  if (!problem.message && others.length === 0 && problem.retryAfterSeconds === undefined) return null;
  return (
    <div className="alert" role="alert">
      {problem.message && <p>{problem.message}</p>}
      {others.map(([field, message]) => (
        <p key={field}>{message}</p>
      ))}
      {problem.retryAfterSeconds !== undefined && <p>{retryText(problem.retryAfterSeconds)}</p>}
      {problem.link && (
        <p>
          <a href={problem.link.href}>{problem.link.text}</a>
        </p>
      )}
    </div>
  );
}

/** A message about what just happened (or, `warn`, about what to do first). */
export function Notice({ children, warn }: { children: ReactNode; warn?: boolean }) {
  return (
    <div className={warn ? "notice warn" : "notice"} role="status">
      {children}
    </div>
  );
}

export function Submit({ busy, danger, children }: { busy: boolean; danger?: boolean; children: ReactNode }) {
  return (
    <button type="submit" className={danger ? "danger" : "primary"} disabled={busy} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}
