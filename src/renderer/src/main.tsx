import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { needsAccessToken } from './client/api';
import { App } from './App';
import './styles.css';
import './ui/controls.css';
import './ui/tables.css';
import './ui/dialog.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
if (needsAccessToken) {
  // Written at once (not through React) so the page says why it is empty as soon as it loads.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'access-token-needed';
  message.textContent =
    'This Counselor Workstation page needs its access token: open the full address that was printed where Counselor Workstation started.';
  root.replaceChildren(message);
} else {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
