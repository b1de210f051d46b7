// The quality page's reports are kept per project and computed again when it changes (docs/quality.md "Kept reports"):
// a large project's answer is the kept report marked stale while the new one is computed, or 202 {status: 'computing'}
// before the first one. Shown alike wherever they appear (the quality page, its authenticity section, the comparison).
import { html } from 'lit';

export const computing = (r) => r && r.status === 'computing';
const when = (at) => new Date(at).toLocaleString();

/** The age line of a kept report, or its "computing…" notice; empty for a report computed just now. */
export function keptAge(r, what) {
  if (!r) {
    return '';
  }
  if (computing(r)) {
    return html`<p class="muted small computing" role="status">${what}: computing… over ${r.answers} answers
      (started ${when(r.since)}); this page checks again shortly.</p>`;
  }
  return r.stale ? html`<p class="muted small kept-age" role="status">${what} of ${when(r.computedAt)}, over
    ${r.answersIncluded} answers; the project has changed since and it is being computed again.</p>` : '';
}

/**
 * While one of {@code reports} is computing or stale, calls {@code again} in 10 s (once, unless called anew), as long
 * as {@code element} is on the page; returns the timer for the element's disconnectedCallback to clear.
 */
export function recheckWhileComputing(element, timer, reports, again) {
  clearTimeout(timer);
  return reports.some((r) => computing(r) || r?.stale) ? setTimeout(() => element.isConnected && again(), 10000) : undefined;
}
