// The item as the annotators saw it, with every annotator's answer on it at once (issue 23, "Seeing the work"): spans
// highlighted in the text, boxes and polygons drawn over the image, the responses of a comparison side by side with
// each annotator's verdict, a conversation's turns with each annotator's rating beside them. One element per question;
// its legend shows or hides each source (an annotator, the gold answer, a model prediction). Read-only, for managers.
import { html, svg } from 'lit';
import { LightElement } from '../../light-element.js';
import { colorOf, graphemes, scaleValues, slice } from '../../controls/util.js';
import { context, contentOf } from '../../controls/context.js';
import { diffMarkup, wordDiff } from '../../controls/word-diff.js';

const LETTERS = 'ABCDEFGHIJKLMNOP';

/** The question types this element draws; the others are shown per annotator in the answers table. */
export const SEEN_TYPES = new Set(['spans', 'boxes', 'comparison', 'conversation_rating', 'demonstration']);

/** A scale value with its label, as the schema names it ("4", "3 · harmless"). */
export function scaleText(scale, value) {
  const label = scaleValues(scale).find((v) => v.value === value)?.label;
  return label ? `${value} · ${label}` : String(value);
}

class SeenView extends LightElement {
  static properties = {
    question: { attribute: false },
    data: { attribute: false },
    /** [{key, name, kind: 'annotator'|'gold'|'prediction', answer}]: whose answers to show. */
    sources: { attribute: false },
    hidden: { state: true },
  };

  constructor() {
    super();
    this.hidden = new Set();
  }

  shown() {
    return this.sources.map((s, i) => ({ ...s, color: colorOf(i), value: s.answer?.[this.question.name] }))
      .filter((s) => s.value !== undefined && s.value !== null);
  }

  toggle(key, on) {
    const next = new Set(this.hidden);
    on ? next.delete(key) : next.add(key);
    this.hidden = next;
  }

  legend(sources, { colored }) {
    const q = this.question;
    return html`<fieldset class="seen-legend"><legend class="small muted">Show</legend>
      ${sources.map((s) => html`<label class="inline seen-source" data-source=${s.key} style="--c:${s.color}">
        <input type="checkbox" data-source=${s.key} .checked=${!this.hidden.has(s.key)} @change=${(e) => this.toggle(s.key, e.target.checked)}>
        ${colored ? html`<span class="swatch"></span>` : ''}${s.name}<span class="sr-only"> on ${q.title || q.name}</span></label>`)}
    </fieldset>`;
  }

  render() {
    const sources = this.shown();
    if (!sources.length) {
      return html`<p class="muted small">Nobody has answered this question.</p>`;
    }
    const visible = sources.filter((s) => !this.hidden.has(s.key));
    switch (this.question.type) {
      case 'spans': return html`${this.legend(sources, { colored: false })}${this.spans(visible)}`;
      case 'boxes': return html`${this.legend(sources, { colored: true })}${this.boxes(visible)}`;
      case 'comparison': return this.comparison(sources);
      case 'conversation_rating': return this.conversation(sources);
      case 'demonstration': return this.demonstration(sources);
      default: return '';
    }
  }

  /**
   * The text once, cut into runs wherever some shown span starts or ends; each covered run says who labelled it what.
   * A run every shown annotator labelled alike is drawn solid ("agreed"), one only some labelled is drawn light and
   * dashed, so agreement shows at a glance; below, each distinct span with who gave it (the gold answer and predictions
   * are drawn like an annotator's, but agreement counts annotators only).
   */
  spans(visible) {
    const q = this.question;
    const text = String(this.data?.[q.field || 'text'] ?? '');
    const labelIndex = new Map((q.labels || []).map((l, i) => [l, i]));
    const all = visible.flatMap((s) => (Array.isArray(s.value) ? s.value : []).map((sp) => ({ ...sp, source: s })));
    const cuts = new Set([0]);
    const clusters = graphemes(text);
    const length = clusters.length ? clusters[clusters.length - 1].end : 0;
    cuts.add(length);
    all.forEach((sp) => { cuts.add(sp.start); cuts.add(sp.end); });
    const points = [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
    const runs = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const [start, end] = [points[k], points[k + 1]];
      const covering = all.filter((sp) => sp.start <= start && end <= sp.end);
      runs.push({ start, end, text: slice(text, start, end), covering });
    }
    // Agreement is the annotators': the gold answer and predictions are shown with them but do not count.
    const n = visible.filter((s) => s.kind === 'annotator').length;
    const people = (list) => list.filter((s) => s.kind === 'annotator').length;
    const distinct = new Map();
    for (const sp of all) {
      const key = `${sp.start}:${sp.end}:${sp.label}`;
      const d = distinct.get(key) || { start: sp.start, end: sp.end, label: sp.label, by: [] };
      if (!d.by.includes(sp.source)) d.by.push(sp.source);
      distinct.set(key, d);
    }
    const spansList = [...distinct.values()].sort((x, y) => x.start - y.start || x.end - y.end || x.label.localeCompare(y.label));
    const tip = (covering) => covering.map((c) => `${c.label} (${c.source.name})`).join(', ');
    return html`
      <div class="item-text seen-text" data-question=${q.name}>${runs.map((r) => {
        if (!r.covering.length) {
          return r.text;
        }
        const labels = [...new Set(r.covering.map((c) => c.label))];
        const by = [...new Set(r.covering.map((c) => c.source))];
        const agreed = labels.length === 1 && people(by) === n && n > 1;
        const style = labels.length === 1 ? `--c:${colorOf(labelIndex.get(labels[0]) ?? 0)}`
          : `--c:${colorOf(labelIndex.get(labels[0]) ?? 0)};--c2:${colorOf(labelIndex.get(labels[1]) ?? 0)}`;
        return html`<mark class="seen-run ${agreed ? 'agreed' : 'partial'} ${labels.length > 1 ? 'mixed' : ''}" tabindex="0" style=${style}
            data-labels=${labels.join(' ')} data-by=${by.map((s) => s.key).join(' ')} title=${tip(r.covering)} data-tip=${tip(r.covering)}
            >${r.text}</mark>`;
      })}</div>
      <ul class="seen-spans" aria-label="Spans (${spansList.length})">
        ${spansList.map((d) => html`<li class="seen-span ${people(d.by) === n && n > 1 ? 'agreed' : ''}" style="--c:${colorOf(labelIndex.get(d.label) ?? 0)}"
            data-label=${d.label} data-start=${d.start} data-end=${d.end} data-by=${d.by.map((s) => s.key).join(' ')}>
          <span class="swatch"></span><strong>${d.label}</strong> <span class="span-covered">“${slice(text, d.start, d.end)}”</span>
          <span class="muted small">${d.start}–${d.end} · ${d.by.map((s) => s.name).join(', ')}${n > 1 ? ` (${people(d.by)} of ${n} annotators)` : ''}</span></li>`)}
      </ul>`;
  }

  /** The image with every shown source's shapes over it, in image pixels (the viewBox is the image's size). */
  boxes(visible) {
    const q = this.question;
    const image = this.data?.image || {};
    const sized = this.sources.map((s) => s.answer?.[q.name]).find((v) => v?.width && v?.height);
    const w = image.width || sized?.width || this.natural?.w;
    const h = image.height || sized?.height || this.natural?.h;
    const loaded = (e) => {
      if (!w || !h) {
        this.natural = { w: e.target.naturalWidth, h: e.target.naturalHeight };
        this.requestUpdate();
      }
    };
    const font = Math.max(10, Math.round(Math.max(w || 0, h || 0) / 55));
    const shapes = visible.flatMap((s) => (s.value?.objects || []).map((o, i) => ({ ...o, source: s, n: i + 1 })));
    return html`
      <figure class="seen-image" data-question=${q.name}>
        <div class="seen-stage">
          <img src=${image.url} alt=${image.name ? `The item's image ${image.name}` : "The item's image"} @load=${loaded}>
          ${w && h ? html`<svg class="seen-shapes" viewBox="0 0 ${w} ${h}" preserveAspectRatio="none" role="img"
              aria-label="${shapes.length} shapes by ${visible.map((s) => s.name).join(', ') || 'nobody shown'}">
            ${shapes.map((o) => {
              const [lx, ly] = o.type === 'polygon' ? o.points[0] : [o.x, o.y];
              const common = { stroke: o.source.color };
              const shape = o.type === 'polygon'
                ? svg`<polygon class="shape" data-source=${o.source.key} data-class=${o.class} data-points=${o.points.map((p) => p.join(',')).join(' ')}
                    points=${o.points.map((p) => p.join(',')).join(' ')} stroke=${common.stroke}></polygon>`
                : svg`<rect class="shape" data-source=${o.source.key} data-class=${o.class} x=${o.x} y=${o.y} width=${o.width} height=${o.height}
                    stroke=${common.stroke}></rect>`;
              return svg`<g><title>${o.class} (${o.source.name})</title>${shape}
                <text x=${lx} y=${Math.max(font, ly - font * 0.3)} font-size=${font} fill=${o.source.color} class="shape-label">${o.class}</text></g>`;
            })}
          </svg>` : ''}
        </div>
        <figcaption class="small muted">${w && h ? `${w} × ${h} px` : ''} · ${visible.map((s) => `${s.name}: ${(s.value?.objects || []).length}`).join(' · ')}</figcaption>
      </figure>`;
  }

  /**
   * The prompt, then the responses side by side in the item's order; under each, every annotator's verdict on it: the
   * letter they saw it under (from their shown_order), preferred or rank, rubric scores with the scale's labels.
   */
  comparison(sources) {
    const q = this.question;
    const responses = this.data?.responses || [];
    const ranking = q.mode === 'ranking';
    const seenAs = (s, item) => {
      const order = s.value.shown_order;
      return Array.isArray(order) && order.includes(item) ? LETTERS[order.indexOf(item)] : null;
    };
    const letterOf = (s, item) => {
      const l = seenAs(s, item);
      return `Response ${item + 1}${l ? ` (seen as ${l})` : ''}`;
    };
    return html`
      ${context(this.data)}
      <div class="responses seen-responses" style="--n:${Math.min(responses.length, 3)}" data-question=${q.name}>
        ${responses.map((r, item) => html`
          <article class="card response" data-response=${item} aria-labelledby="seen-${q.name}-${item}">
            <h3 id="seen-${q.name}-${item}">Response ${item + 1}${r?.model ? html` <span class="muted small normal">${r.model}</span>` : ''}</h3>
            <div class="response-text">${contentOf(r)}</div>
            <ul class="verdicts">
              ${sources.map((s) => {
                const v = s.value;
                const l = seenAs(s, item);
                const preferred = !ranking && v.preferred === item;
                return html`<li class="verdict ${preferred || (ranking && v.ranking?.[item] === 1) ? 'best' : ''}" data-source=${s.key}
                    data-seen-as=${l ?? ''} data-preferred=${preferred ? 'true' : 'false'}>
                  <strong>${s.name}</strong>${l ? html` <span class="tag">saw ${l}</span>` : ''}
                  ${ranking ? html` rank <strong>${v.ranking?.[item] ?? '—'}</strong>` : preferred ? html` <strong class="pref">preferred</strong>` : ''}
                  ${(q.rubric || []).map((c) => v.scores?.[item]?.[c.name] == null ? '' : html`<br><span class="small" data-criterion=${c.name}>
                    ${c.title || c.name}: ${scaleText(c.scale, v.scores[item][c.name])}</span>`)}
                </li>`;
              })}
            </ul>
          </article>`)}
      </div>
      <table class="grid seen-verdicts">
        <thead><tr><th>Who</th><th>Order seen</th><th>${ranking ? 'Ranking' : 'Preferred'}</th><th>Strength</th><th>Rationale</th></tr></thead>
        <tbody>${sources.map((s) => {
          const v = s.value;
          const order = Array.isArray(v.shown_order) ? v.shown_order.map((item, k) => `${LETTERS[k]} = ${item + 1}`).join(', ') : '—';
          const verdict = ranking
            ? (v.ranking || []).map((rank, item) => ({ rank, item })).sort((a, b) => a.rank - b.rank).map((x) => `${x.rank}. ${letterOf(s, x.item)}`).join('; ')
            : v.preferred === 'tie' ? 'Tie' : typeof v.preferred === 'number' ? letterOf(s, v.preferred) : '—';
          return html`<tr data-source=${s.key}><td>${s.name}</td><td class="small">${order}</td><td class="verdict-cell">${verdict}</td>
            <td>${v.strength ?? '—'}</td><td class="small rationale">${v.rationale ?? ''}</td></tr>`;
        })}</tbody>
      </table>`;
  }

  /** The prompt or chat, then each annotator's text side by side, as a word diff against the model draft if there was one. */
  demonstration(sources) {
    const q = this.question;
    const draft = typeof this.data?.draft === 'string' ? this.data.draft : null;
    return html`
      ${context(this.data)}
      ${draft !== null ? html`<details class="more"><summary>The model draft</summary><div class="answer-text">${draft}</div></details>` : ''}
      <div class="responses seen-demonstrations" style="--n:${Math.min(sources.length, 3)}" data-question=${q.name}>
        ${sources.map((s) => html`<article class="card response" data-source=${s.key} aria-label="${s.name}'s text">
          <h3>${s.name}</h3>
          <div class="response-text word-diff">${draft !== null ? diffMarkup(wordDiff(draft, String(s.value?.text ?? ''))) : String(s.value?.text ?? '')}</div>
        </article>`)}
      </div>
      ${draft !== null ? html`<p class="muted small">Against the model draft: struck through is removed, underlined is added.</p>` : ''}`;
  }

  /** The turns, with each annotator's rating, flags and note beside every rated turn; the overall ratings below. */
  conversation(sources) {
    const q = this.question;
    const messages = this.data?.messages || [];
    const roles = q.roles || ['assistant'];
    return html`
      <ol class="messages seen-turns" aria-label="Conversation" data-question=${q.name}>
        ${messages.map((m, i) => html`<li class="msg ${m.role}" data-index=${i}><span class="role">${m.role}</span>
          <div class="content">${contentOf(m)}</div>
          ${roles.includes(m.role) ? html`<ul class="verdicts">${sources.map((s) => {
            const t = (s.value?.turns || []).find((x) => x.index === i);
            return html`<li class="verdict" data-source=${s.key} data-turn=${i}><strong>${s.name}</strong>
              ${t?.rating != null && q.turn_scale ? scaleText(q.turn_scale, t.rating) : t ? '' : html`<span class="muted">not rated</span>`}
              ${(t?.flags || []).map((f) => html` <span class="tag">${f.replaceAll('_', ' ')}</span>`)}
              ${t?.note ? html`<br><span class="small">${t.note}</span>` : ''}</li>`;
          })}</ul>` : ''}</li>`)}
      </ol>
      ${q.overall_scale ? html`<p class="small"><strong>Overall:</strong> ${sources.map((s, k) => html`${k ? ' · ' : ''}<span data-source=${s.key}>${s.name}
        ${s.value?.overall != null ? scaleText(q.overall_scale, s.value.overall) : '—'}</span>`)}</p>` : ''}`;
  }
}

customElements.define('annota-seen', SeenView);
