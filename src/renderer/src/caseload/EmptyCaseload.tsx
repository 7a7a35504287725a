/** An empty store: say so kindly and offer the sample school to look around with. */
export function EmptyCaseload({ busy, onLoadSample }: { busy: boolean; onLoadSample: () => void }) {
  return (
    <section className="empty-state" aria-labelledby="empty-caseload-title">
      <h2 id="empty-caseload-title">No students yet</h2>
      <p>
        This store has no students in it. Import your school's roster when you are ready, or load
        the sample school (Lincoln High School, about 60 students) to look around first.
      </p>
      <button
        type="button"
        className="button button--primary"
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!busy) onLoadSample();
        }}
      >
        {busy ? 'Loading the sample school…' : 'Load sample school'}
      </button>
    </section>
  );
}
