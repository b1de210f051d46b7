// What the hours pages (project/hours.js, work/team-hours.js) show above their tables: the form choosing the period
// (UTC days from..to), what counts as active time, the period's error if the server refused it, and the total.
// `id` names the page's form (`${id}-period`) and total (`${id}-total`).
import { html } from 'lit';
import { problem } from '../page.js';
import { duration } from './active-time.js';

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
