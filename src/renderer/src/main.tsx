// First: asks for the caseload before the rest of the page's script is evaluated (earlyCaseload.ts).
import './caseload/earlyCaseload';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { needsAccessToken } from './client/api';
import { departmentState } from './client/department';
import { App } from './App';
import { SignInPage } from './signin/SignInPage';
import './styles.css';
import './ui/controls.css';
import './ui/tables.css';
import './ui/dialog.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const rootElement = root;

function showApp(): void {
  createRoot(rootElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

if (needsAccessToken) {
  // No token: on the department server the page signs in; anywhere else it says why it is empty.
  void departmentState().then((state) => {
    if (state.kind === 'signed-in') return showApp();
    if (state.kind === 'sign-in') {
      const reactRoot = createRoot(rootElement);
      reactRoot.render(
        <StrictMode>
          <SignInPage
            onSignedIn={() => {
              reactRoot.unmount();
              showApp();
            }}
          />
        </StrictMode>,
      );
      return;
    }
    // Written at once (not through React) so the page says why it is empty as soon as it knows.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'access-token-needed';
    message.textContent =
      'This Counselor Workstation page needs its access token: open the full address that was printed where Counselor Workstation started.';
    rootElement.replaceChildren(message);
  });
} else {
  showApp();
}
