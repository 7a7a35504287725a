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

// messageOf lives in message.ts (no JSX, so plain .ts code and the unit tests can import it); pages take it from here.
export { messageOf } from './message';
