import { useEffect, useRef, useState, type FormEvent } from 'react';
import { signIn, type SignedIn } from '../client/department';
import './sign-in.css';

/**
 * The department server's sign-in: shown when /auth/session says no one is signed in. Labelled
 * fields the browser's password manager knows (autocomplete), Enter signs in, the server's one
 * sentence is announced (role="alert") and focus goes back to the password.
 */
export function SignInPage({ onSignedIn }: { onSignedIn: (who: SignedIn) => void }) {
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const userNameField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);

  useEffect(() => userNameField.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (userName.trim() === '' || password === '') {
      setError('Give your user name and your password.');
      (userName.trim() === '' ? userNameField : passwordField).current?.focus();
      return;
    }
    setBusy(true);
    const result = await signIn(userName, password);
    setBusy(false);
    if (result.ok) return onSignedIn(result.who);
    setError(result.message);
    setPassword('');
    passwordField.current?.focus();
  }

  return (
    <main className="sign-in">
      <h1>Counselor Workstation</h1>
      <p>Sign in to your department&rsquo;s server.</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
        <p id="sign-in-error" role="alert" className={error ? 'alert' : 'alert alert--empty'}>
          {error}
        </p>
        <div className="field">
          <label htmlFor="sign-in-user">User name</label>
          <input id="sign-in-user" ref={userNameField} name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} value={userName} onChange={(e) => setUserName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">Password</label>
          <input id="sign-in-password" ref={passwordField} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
