/** A failure the counselor should read: announced at once, with the sentence the core wrote. */
export function ErrorAlert({ title, message }: { title: string; message: string | null }) {
  return (
    <div role="alert" className={message ? 'alert' : 'alert alert--empty'}>
      {message ? (
        <>
          <strong className="alert__title">{title}</strong> {message}
        </>
      ) : null}
    </div>
  );
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : 'Something went wrong.';
}
