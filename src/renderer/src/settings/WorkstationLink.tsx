import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CounselorError } from '../../../shared/errors';
import type { ProbedServer, WorkstationView } from '../../../shared/domain/workstation';
import { api } from '../client/api';
import { platform } from '../client/platform';
import { messageOf } from '../shell/ErrorAlert';
import { SaveOutcome } from '../ui/setup';
import { TextField } from '../ui/fields';
import { formatDateTime } from '../ui/values';

/**
 * Settings → "Where this workstation keeps its caseload" (issue 16): its own store, or the
 * department server. Connecting is trust on first use, made explicit: the server's certificate
 * fingerprint is shown for the counselor to compare with the one IT has (the server prints it when
 * it starts), and only that certificate is trusted afterwards.
 */
export function WorkstationLink() {
  const [view, setView] = useState<WorkstationView | null>(null);
  const [onServer, setOnServer] = useState(false);
  const [address, setAddress] = useState('');
  const [probed, setProbed] = useState<ProbedServer | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const compareRef = useRef<HTMLParagraphElement>(null);
  const checkRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  const load = useCallback(async () => {
    try {
      setView(await api['workstation.get']({}));
    } catch (e) {
      // The department server's own pages: there is no other store to switch to from here.
      if (e instanceof CounselorError && e.code === 'not_on_server') setOnServer(true);
      else setError(messageOf(e));
    }
  }, []);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (probed) compareRef.current?.focus();
  }, [probed]);

  const act = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const check = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => setProbed(await api['workstation.probe']({ address })));
  };
  const connect = (server: ProbedServer) =>
    act(async () => {
      setView(await api['workstation.connect'](server));
      setProbed(null);
      setNotice(
        platform.kind === 'desktop'
          ? `Connected. Restart Counselor Workstation to open the department's caseload at ${server.origin}; the store on this computer is kept.`
          : `Connected. Open ${server.origin} in this browser to work on the department's caseload; the store on this computer is kept.`,
      );
    });
  const disconnect = () =>
    act(async () => {
      setView(await api['workstation.disconnect']({}));
      setNotice("This workstation opens its own store again. Restart it if a department server's page is open.");
    });

  return (
    <section className="setup-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="setup-card__title">
        Where this workstation keeps its caseload
      </h2>
      {onServer ? (
        <p>
          On the department server at {window.location.origin}: every counselor signed in here shares its caseload. To use a computer&apos;s own store,
          choose Department → Use this computer&apos;s store instead in the workstation&apos;s menu.
        </p>
      ) : view?.department ? (
        <>
          <p>
            On the department server at <strong>{view.department.origin}</strong>, trusting its certificate {view.department.fingerprint256} (connected{' '}
            {formatDateTime(view.department.connectedAt)}).
          </p>
          <button type="button" className="button button--small" onClick={() => void disconnect()} disabled={busy}>
            Use this computer&apos;s store again
          </button>
        </>
      ) : view ? (
        <>
          <p>On this computer, in the store above. A counseling department can share one caseload on its department server instead.</p>
          <form className="item-form__fields" noValidate onSubmit={check} aria-label="Connect to a department server">
            <TextField
              label="Department server address"
              value={address}
              onChange={(v) => {
                setAddress(v);
                setProbed(null);
              }}
              className="field--wide"
              maxLength={300}
              hint="As IT gave it, for example counsel.lincoln.k12.wi.us:8443."
            />
            <div className="form-buttons">
              <button ref={checkRef} type="submit" className="button button--small" disabled={busy || address.trim() === ''}>
                {busy && !probed ? 'Checking…' : 'Check the server'}
              </button>
            </div>
          </form>
          {probed ? (
            <div className="workstation-compare">
              <p ref={compareRef} tabIndex={-1}>
                The server at {probed.origin} presents a certificate with this fingerprint:
              </p>
              <p className="settings-path">
                <code>{probed.fingerprint256}</code>
              </p>
              <p>Compare it with the fingerprint IT gave you (the server prints it when it starts). Connect only if every pair is the same.</p>
              <div className="form-buttons">
                <button type="button" className="button button--small button--primary" onClick={() => void connect(probed)} disabled={busy}>
                  The fingerprints match: connect
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    setProbed(null);
                    // The compared text goes away: focus returns to where the check began.
                    checkRef.current?.focus();
                  }}
                  disabled={busy}
                >
                  Cancel
                </button>
              </div>
            </div>
          ) : null}
        </>
      ) : null}
      <SaveOutcome notice={notice} error={error} errorTitle="Not connected:" />
    </section>
  );
}
