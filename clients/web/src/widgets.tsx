// Small pieces every page uses: cards, loading skeletons, times, badges and the confirmation
// a destructive action asks for.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { describeDevice } from "./devices";
import { ago } from "./time";
import { problemFromError, type Problem } from "./ui";

/** What a page shows once it has loaded: `data` is null until then (show a Skeleton), or the
 * problem that kept it from loading; `reload` after a change. `load` must be stable (defined
 * outside the component). */
export function useLoaded<T>(load: () => Promise<T>): { data: T | null; problem: Problem | null; reload: () => Promise<void> } {
  const [data, setData] = useState<T | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const reload = useCallback(async () => {
    try {
      setData(await load());
      setProblem(null);
    } catch (error) {
      setProblem(problemFromError(error));
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, problem, reload };
}

/** A titled section of a page: a region named by its heading. */
export function Card({ title, id, danger, children }: { title: string; id: string; danger?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={danger ? "card danger-zone" : "card"}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Placeholder rows while a list loads: the page keeps its shape, assistive technology hears
 * "Loading…". */
export function Skeleton({ rows = 3, label = "Loading…" }: { rows?: number; label?: string }) {
  return (
    <div className="skeleton" aria-busy="true">
      <span className="visually-hidden" role="status">
        {label}
      </span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-row" aria-hidden="true">
          <span />
          <span />
        </div>
      ))}
    </div>
  );
}

/** "3 minutes ago", with the exact time on hover. */
export function TimeAgo({ iso, never = "—" }: { iso: string | null | undefined; never?: string }) {
  if (!iso) return <>{never}</>;
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={date.toLocaleString()}>
      {ago(date)}
    </time>
  );
}

/** "Chrome on Linux", with the user agent it was read from on hover. */
export function Device({ userAgent }: { userAgent: string | null | undefined }) {
  return <span title={userAgent ?? undefined}>{describeDevice(userAgent)}</span>;
}

export function Badge({ tone = "neutral", children }: { tone?: "good" | "warn" | "neutral"; children: ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>;
}

type Question = { title: string; body: ReactNode; confirm: string };
type Asked = Question & { answer: (yes: boolean) => void };

/** Ask before a destructive action: `if (await confirm({…})) …`. Render `dialog` once. */
export function useConfirm(): { confirm: (question: Question) => Promise<boolean>; dialog: ReactNode } {
  const [asked, setAsked] = useState<Asked | null>(null);
  const confirm = useCallback(
    (question: Question) => new Promise<boolean>((resolve) => setAsked({ ...question, answer: resolve })),
    [],
  );
  const close = (yes: boolean) => {
    asked?.answer(yes);
    setAsked(null);
  };
  return { confirm, dialog: asked ? <ConfirmDialog question={asked} onClose={close} /> : null };
}

function ConfirmDialog({ question, onClose }: { question: Question; onClose: (yes: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
    >
      <h2 id={`${id}-title`}>{question.title}</h2>
      <div id={`${id}-body`}>{question.body}</div>
      <div className="dialog-actions">
        <button type="button" className="secondary" autoFocus onClick={() => onClose(false)}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => onClose(true)}>
          {question.confirm}
        </button>
      </div>
    </dialog>
  );
}
