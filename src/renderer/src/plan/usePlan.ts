import { useCallback, useRef, useState } from 'react';
import type { Course, PostsecondaryEntry } from '../../../shared/domain/catalog';
import type { Framework } from '../../../shared/domain/framework';
import type { PlanOperationInput } from '../../../shared/domain/plan-operation';
import type { PlanView } from '../../../shared/domain/plan-view';
import type { ProgramOfStudy } from '../../../shared/domain/program';
import { CounselorError } from '../../../shared/errors';
import { api } from '../client/api';
import { messageOf } from '../shell/ErrorAlert';
import { useQuery, type Query } from '../ui/useQuery';

/** What the editor looks things up in: read once when the page opens. */
export interface ReferenceData {
  framework: Framework;
  programs: ProgramOfStudy[];
  courses: Course[];
  postsecondary: PostsecondaryEntry[];
}

export type PlanLoad = Query<{ view: PlanView; reference: ReferenceData }>;

export interface ChangeOptions {
  /** What to announce once the change is saved (worked out from the plan after it, and before). */
  done?: string | ((after: PlanView, before: PlanView) => string);
  /** The `data-focus-key` of the element that takes focus once the new plan is drawn. */
  focus?: string;
  /**
   * Called when the change is not saved because the plan it was made on is no longer the stored
   * one (refused as stale, or queued behind a change that was): the page now shows the stored plan.
   */
  onStale?: () => void;
}

/** An operation, or one worked out from the plan as it stands when the call's turn comes. */
export type OperationSource = PlanOperationInput | ((view: PlanView) => PlanOperationInput | null);

export interface PlanSession {
  load: PlanLoad;
  /** The core's message for the last change it refused; cleared by the next one that succeeds. */
  error: string | null;
  /** The last change announced ("Added English 10 to grade 10."). */
  announcement: string;
  /** A focus request waiting for the next drawing of the plan. */
  takeFocusRequest(): string | null;
  change(op: OperationSource, options?: ChangeOptions): Promise<PlanView | null>;
  undo(options?: ChangeOptions): Promise<PlanView | null>;
  /** The program chosen when the call's turn comes, unless one is named. */
  applyProgram(programId?: string, options?: ChangeOptions): Promise<{ before: PlanView; after: PlanView } | null>;
  /** A graduate who did not finish made active again (year.reactivate), then the plan as it now stands. */
  reactivate(): Promise<PlanView | null>;
}

/**
 * One student's plan as the store holds it. Every change goes to the core at once and the page
 * redraws from the plan it sends back: the store is the only copy. Calls run one after another,
 * in the order the counselor made them, so a quick second change never races the first.
 *
 * Each change carries `basedOn`, the revision of the plan the page last received (the previous
 * change's answer, since calls wait their turn), so the counselor's own quick edits always chain.
 * A change someone else made meanwhile (another counselor, another window) makes the core refuse
 * it as stale: the page shows that sentence, reads the plan again, and drops the changes queued
 * behind the refused one (they were made on the version it no longer shows).
 */
export function usePlan(studentNumber: string): PlanSession {
  const [error, setError] = useState<string | null>(null);
  // The same sentence twice in a row ("Goal added.") must still be announced: every other one
  // carries a trailing no-break space, so the live region's text always changes.
  const [said, setSaid] = useState({ text: '', count: 0 });
  const setAnnouncement = useCallback((text: string) => setSaid((s) => ({ text, count: s.count + 1 })), []);
  const announcement = said.text === '' ? '' : `${said.text}${said.count % 2 === 0 ? '\u00a0' : ''}`;
  const view = useRef<PlanView | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Counts stale refusals: a call queued before the latest one is dropped when its turn comes. */
  const reloads = useRef(0);
  const focusRequest = useRef<string | null>(null);

  const loadPlan = useCallback(async () => {
    const [plan, framework, { programs }, { courses, postsecondary }] = await Promise.all([
      api['plans.get']({ studentNumber }),
      api['framework.get']({}),
      api['programs.list']({}),
      api['courses.list']({}),
    ]);
    view.current = plan;
    return { view: plan, reference: { framework, programs, courses, postsecondary } };
  }, [studentNumber]);
  const { state: load, update: setLoaded } = useQuery(loadPlan);

  /** After a stale refusal: the plan as the store now holds it (the refusal's sentence stays shown). */
  const showStoredPlan = useCallback(async () => {
    reloads.current += 1;
    try {
      const stored = await api['plans.get']({ studentNumber });
      view.current = stored;
      setLoaded((l) => ({ ...l, view: stored }));
    } catch (e) {
      setError(messageOf(e));
    }
  }, [studentNumber, setLoaded]);

  const run = useCallback((call: (before: PlanView) => Promise<PlanView> | null, options: ChangeOptions = {}) => {
    const queuedAt = reloads.current;
    const next = queue.current.then(async (): Promise<{ before: PlanView; after: PlanView } | null> => {
      const before = view.current;
      if (!before) return null;
      if (reloads.current !== queuedAt) {
        options.onStale?.();
        return null;
      }
      try {
        const pending = call(before);
        if (!pending) return { before, after: before };
        const after = await pending;
        view.current = after;
        focusRequest.current = options.focus ?? null;
        setError(null);
        setAnnouncement(typeof options.done === 'function' ? options.done(after, before) : (options.done ?? 'Saved.'));
        setLoaded((l) => ({ ...l, view: after }));
        return { before, after };
      } catch (e) {
        setError(messageOf(e));
        setAnnouncement('');
        if (e instanceof CounselorError && e.code === 'stale') {
          options.onStale?.();
          await showStoredPlan();
        }
        return null;
      }
    });
    queue.current = next;
    return next;
  }, [setAnnouncement, setLoaded, showStoredPlan]);

  const change = useCallback(
    async (op: OperationSource, options?: ChangeOptions) => {
      const done = await run((before) => {
        const operation = typeof op === 'function' ? op(before) : op;
        return operation ? api['plans.update']({ studentNumber, operation, basedOn: before.revision }) : null;
      }, options);
      return done?.after ?? null;
    },
    [run, studentNumber],
  );
  const undo = useCallback(
    async (options?: ChangeOptions) =>
      (await run((before) => api['plans.undo']({ studentNumber, basedOn: before.revision }), { done: 'The last change was undone.', ...options }))?.after ?? null,
    [run, studentNumber],
  );
  const applyProgram = useCallback(
    (programId?: string, options?: ChangeOptions) =>
      run((before) => {
        const id = programId ?? before.framework.program?.id;
        if (!id) throw new Error('Choose a program of study first, then apply it.');
        return api['plans.applyProgram']({ studentNumber, programId: id, basedOn: before.revision });
      }, options),
    [run, studentNumber],
  );
  const reactivate = useCallback(
    async () =>
      (
        await run(
          async () => {
            await api['year.reactivate']({ studentNumber });
            return api['plans.get']({ studentNumber });
          },
          { done: 'Active again: the plan can be edited.', focus: 'plan-mark-reviewed' },
        )
      )?.after ?? null,
    [run, studentNumber],
  );
  const takeFocusRequest = useCallback(() => {
    const key = focusRequest.current;
    focusRequest.current = null;
    return key;
  }, []);

  return { load, error, announcement, takeFocusRequest, change, undo, applyProgram, reactivate };
}
