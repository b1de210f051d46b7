// Read-only renderings of stored answers, per control type of the label schema (docs/label-schema.md), for the
// manager's item view, one answer at a time: choice chips, a rating scale, a text, the spans with their text, the
// shapes with their coordinates, a comparison's verdict with the letters the annotator saw, a demonstration as a word
// diff against the draft, a conversation's turn ratings. Only an unknown control type falls back to pretty JSON.
// The item with every answer drawn on it at once is seen-views.js; the interactive controls live with the workbench.
import { html } from 'lit';
import { slice } from '../../controls/util.js';
import { diffMarkup, wordDiff } from '../../controls/word-diff.js';
import { scaleText } from './seen-views.js';

const LETTERS = 'ABCDEFGHIJKLMNOP';

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

function spansView(q, value, data) {
  const text = String(data?.[q.field || 'text'] ?? '');
  if (!value.length) {
    return html`<span class="muted small">no spans</span>`;
  }
  return html`<ul class="compact-list">${value.map((sp) => html`<li data-label=${sp.label}><strong>${sp.label}</strong>
    “${slice(text, sp.start, sp.end)}” <span class="muted small">${sp.start}–${sp.end}</span></li>`)}</ul>`;
}

function round(n) {
  return Math.round(n * 10) / 10;
}

function boxesView(value) {
  const objects = value.objects || [];
  if (!objects.length) {
    return html`<span class="muted small">no shapes</span>`;
  }
  return html`<ul class="compact-list">${objects.map((o) => html`<li data-class=${o.class}><strong>${o.class}</strong>
    <span class="small mono">${o.type === 'polygon' ? `polygon of ${o.points.length} points from (${o.points[0].map(round).join(', ')})`
      : `box (${round(o.x)}, ${round(o.y)}) ${round(o.width)} × ${round(o.height)}`}</span>
    ${Object.entries(o.attributes || {}).filter(([, v]) => v !== false).map(([k, v]) => html` <span class="tag">${v === true ? k : `${k}: ${v}`}</span>`)}</li>`)}</ul>`;
}

function comparisonView(q, v) {
  const order = Array.isArray(v.shown_order) ? v.shown_order : null;
  const named = (item) => `Response ${item + 1}${order?.includes(item) ? ` (seen as ${LETTERS[order.indexOf(item)]})` : ''}`;
  const verdict = q.mode === 'ranking'
    ? (v.ranking || []).map((rank, item) => ({ rank, item })).sort((a, b) => a.rank - b.rank).map((x) => `${x.rank}. ${named(x.item)}`).join('; ')
    : v.preferred === 'tie' ? 'Tie' : typeof v.preferred === 'number' ? named(v.preferred) : '—';
  return html`<div class="small"><strong>${q.mode === 'ranking' ? 'Ranking' : 'Preferred'}:</strong> <span class="verdict-text">${verdict}</span>
    ${v.strength ? html`<br><strong>Strength:</strong> ${v.strength}` : ''}
    ${(q.rubric || []).length && Array.isArray(v.scores) ? v.scores.map((sc, item) => html`<br>Response ${item + 1}:
      ${(q.rubric || []).map((c) => sc?.[c.name] == null ? '' : `${c.title || c.name} ${scaleText(c.scale, sc[c.name])}`).filter(Boolean).join(', ')}`) : ''}
    ${v.rationale ? html`<br><strong>Rationale:</strong> ${v.rationale}` : ''}</div>`;
}

function demonstrationView(value, data) {
  const text = String(value.text ?? '');
  if (typeof data?.draft === 'string') {
    return html`<div class="answer-text word-diff" aria-label="The text as a word diff against the model draft">${diffMarkup(wordDiff(data.draft, text))}</div>
      <p class="muted small">Struck through: removed from the draft; underlined: added.</p>`;
  }
  return textView(text);
}

function conversationView(q, value) {
  return html`<ul class="compact-list">${(value.turns || []).map((t) => html`<li data-turn=${t.index}>Turn ${t.index + 1}:
      ${t.rating != null && q.turn_scale ? scaleText(q.turn_scale, t.rating) : ''}
      ${(t.flags || []).map((f) => html` <span class="tag">${f.replaceAll('_', ' ')}</span>`)}${t.note ? html` <span class="small">${t.note}</span>` : ''}</li>`)}
    ${value.overall != null ? html`<li><strong>Overall</strong> ${q.overall_scale ? scaleText(q.overall_scale, value.overall) : value.overall}</li>` : ''}</ul>`;
}

/**
 * One question's answer; {@code undefined} means the annotator gave none (skipped or hidden by a condition).
 * {@code data}: the item's data, which spans and demonstrations are shown against.
 */
export function answerView(q, value, data) {
  if (value === undefined || value === null) {
    return html`<span class="muted small">no answer</span>`;
  }
  const object = typeof value === 'object' && !Array.isArray(value);
  switch (q?.type) {
    case 'choice': return choiceView(q, value);
    case 'rating': return ratingView(q, value);
    case 'text': return typeof value === 'string' ? textView(value) : prettyJson(value);
    case 'spans': return Array.isArray(value) ? spansView(q, value, data) : prettyJson(value);
    case 'boxes': return object ? boxesView(value) : prettyJson(value);
    case 'comparison': return object ? comparisonView(q, value) : prettyJson(value);
    case 'demonstration': return object ? demonstrationView(value, data) : prettyJson(value);
    case 'conversation_rating': return object ? conversationView(q, value) : prettyJson(value);
    default: return prettyJson(value);
  }
}

/** A whole answer (the gold answer, a prediction's), question by question. */
export function answersList(questions, answer, data) {
  const byName = new Map(questions.map((q) => [q.name, q]));
  const names = [...questions.map((q) => q.name).filter((n) => n in (answer || {})),
    ...Object.keys(answer || {}).filter((n) => !byName.has(n))];
  return html`<dl class="facts answer-list">${names.map((n) => html`<dt>${byName.get(n)?.title || n}</dt>
    <dd>${answerView(byName.get(n), answer[n], data)}</dd>`)}</dl>`;
}
