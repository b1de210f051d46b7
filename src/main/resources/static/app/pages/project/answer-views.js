// Read-only renderings of stored answers, per control type of the label schema (docs/label-schema.md), for the
// manager's item view. Choice and rating get chips and a scale; every other control shows its answer as pretty JSON.
// The full interactive controls live with the workbench; this stays small and read-only on purpose.
import { html } from 'lit';

function scaleRange(scale) {
  if (scale === 'likert5') return { min: 1, max: 5, labels: {} };
  if (scale === 'likert7') return { min: 1, max: 7, labels: {} };
  if (scale && Array.isArray(scale.labels)) {
    const labels = {};
    scale.labels.forEach((l, i) => { labels[i + 1] = l; });
    return { min: 1, max: scale.labels.length, labels };
  }
  if (scale && scale.min != null) return { min: scale.min, max: scale.max, labels: scale.labels || {} };
  return null;
}

export function prettyJson(value) {
  return html`<pre class="json">${JSON.stringify(value, null, 2)}</pre>`;
}

function choiceView(q, value) {
  const chosen = new Set(Array.isArray(value) ? value : [value]);
  const options = q.options || [];
  const others = [...chosen].filter((v) => !options.includes(v));
  return html`<div class="chips">
    ${options.map((o) => html`<span class="chip ${chosen.has(o) ? 'on' : ''}" aria-checked=${chosen.has(o)}>${o}</span>`)}
    ${others.map((o) => html`<span class="chip on other" title="free text (other)">${o}</span>`)}
  </div>`;
}

function ratingView(q, value) {
  const r = scaleRange(q.scale);
  if (!r || r.max - r.min > 20) {
    return html`<span class="rating-value">${value}</span>`;
  }
  const points = [];
  for (let v = r.min; v <= r.max; v++) points.push(v);
  return html`<div class="scale" role="img" aria-label="${value} on ${r.min} to ${r.max}">
    ${points.map((v) => html`<span class="point ${v === value ? 'on' : ''} ${v < value ? 'below' : ''}">${v}</span>`)}
    ${r.labels[value] ? html`<span class="muted small">${r.labels[value]}</span>` : ''}
  </div>`;
}

function textView(value) {
  return html`<div class="answer-text">${value}</div>`;
}

/** One question's answer; {@code undefined} means the annotator gave none (skipped or hidden by a condition). */
export function answerView(q, value) {
  if (value === undefined || value === null) {
    return html`<span class="muted small">no answer</span>`;
  }
  switch (q?.type) {
    case 'choice': return choiceView(q, value);
    case 'rating': return ratingView(q, value);
    case 'text': return typeof value === 'string' ? textView(value) : prettyJson(value);
    default: return prettyJson(value);
  }
}
