// What the hours pages (project/hours.js, work/team-hours.js) show above their tables: the form choosing the period
// (UTC days from..to), what counts as active time, the period's error if the server refused it, and the total.
// `id` names the page's form (`${id}-period`) and total (`${id}-total`).
import { html } from 'lit';
import { api } from '../../api.js';
import { problem } from '../page.js';
import { duration } from './active-time.js';

/**
 * Shows the hours of the period the form asks for: {@code page.hours} from {@code path}?from=&to=, or the server's
 * refusal as {@code page.periodError}, in which case the hours shown stay those of the last period.
 */
export async function askPeriod(page, e, path) {
  e.preventDefault();
  const f = e.target.elements;
  try {
    page.hours = await api(`${path}?${new URLSearchParams({ from: f.from.value, to: f.to.value })}`);
    page.periodError = null;
  } catch (err) {
    page.periodError = err;
  }
}

export function hoursPeriod({ id, from, to, hours, error, submit }) {
  return html`
      <form class="inline" id="${id}-period" @submit=${submit}>
        <label>From <input name="from" type="date" .value=${from} required></label>
        <label>To <input name="to" type="date" .value=${to} required></label>
        <button type="submit">Show</button>
        <span class="muted small">Days in UTC. Active time: counted in the workbench while the task was visible,
          focused and in use, and never more than the lease lasted.</span>
      </form>
      ${problem(error, { id: 'period-error' })}
      <p id="${id}-total">Active time ${hours.from} – ${hours.to}: <strong>${duration(hours.activeMillis)}</strong></p>`;
}
