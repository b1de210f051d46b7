// A one-time setup link as an admin sees it once: after adding a user or resetting a password. The server keeps only
// its hash, so this is the one moment to copy it; the person it is for opens it and chooses their own password.
import { html } from 'lit';
import { when } from '../../router.js';

async function copy(e) {
  const input = e.target.closest('.setup-link').querySelector('input');
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    e.target.textContent = 'Copied';
  } catch {
    e.target.textContent = 'Press Ctrl+C to copy';
  }
}

/** The link for {@code who} (an email), with a copy button; id "setup-link" on its text field. */
export function setupLink(who, link, expiresAt, why) {
  return html`<div class="notice success setup-link" role="status" id="setup-link-notice">
    <p>${why} Give <strong>${who}</strong> this one-time link to choose their own password. It is shown only now, works
      once, and expires ${when(expiresAt)}.</p>
    <div class="setup-link-line"><input id="setup-link" readonly .value=${link} aria-label="Setup link for ${who}"
      @focus=${(e) => e.target.select()}>
      <button type="button" class="small" id="copy-setup-link" @click=${copy}>Copy</button></div>
  </div>`;
}
