// comparison: RLHF preference between 2..N responses. The responses are shown in the order of the answer's
// `shown_order` (shuffled per annotator by the workbench, kept in the draft and sent with the annotation); every
// answer field refers to responses by their position in the item, whatever order they are shown in.
import { html } from 'lit';
import { Control } from './util.js';
import { scaleRow } from './rating.js';
import { context, contentOf } from './context.js';
import { recorderOf } from './writing.js';

const LETTERS = 'ABCDEFGHIJKLMNOP';

class ComparisonControl extends Control {
  set(patch) {
    const next = { ...(this.value || {}), ...patch };
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === null || v === '') {
        delete next[k];
      }
    }
    this.emit(next);
  }

  responses() {
    return this.task?.data?.responses || [];
  }

  score(item, criterion, v) {
    const n = this.responses().length;
    const scores = Array.from({ length: n }, (_, i) => ({ ...(this.value?.scores?.[i] || {}) }));
    scores[item][criterion] = v;
    this.set({ scores });
  }

  rank(item, r) {
    const n = this.responses().length;
    const ranking = Array.from({ length: n }, (_, i) => this.value?.ranking?.[i] ?? null);
    ranking[item] = r;
    this.set({ ranking });
  }

  tied() {
    const v = this.value || {};
    if (this.question.mode === 'ranking') {
      return (v.ranking || []).filter((r) => r === 1).length > 1;
    }
    return v.preferred === 'tie';
  }

  render() {
    const q = this.question;
    const v = this.value || {};
    const responses = this.responses();
    const order = v.shown_order || responses.map((_, i) => i);
    const ranking = q.mode === 'ranking';
    const letter = (item) => LETTERS[order.indexOf(item)];
    const rationale = q.rationale === true ? {} : q.rationale;
    const w = rationale ? recorderOf(this.task, q.name, v.rationale || '') : null;
    return html`
      ${context(this.task.data)}
      <div class="question comparison" id="q-${q.name}">
        <h2 class="legend">${this.title}</h2>
        ${q.description ? html`<p class="muted small">${q.description}</p>` : ''}
        <div class="responses" style="--n:${Math.min(order.length, 3)}">
          ${order.map((item, position) => html`
            <article class="card response ${!ranking && v.preferred === item ? 'preferred' : ''}" data-position=${position} aria-labelledby="resp-${q.name}-${position}">
              <h3 id="resp-${q.name}-${position}">Response ${LETTERS[position]}</h3>
              <div class="response-text">${contentOf(responses[item])}</div>
              ${ranking ? html`
                <label class="rank">Rank <select data-rank=${position} ?disabled=${this.disabled} @change=${(e) => this.rank(item, e.target.value ? Number(e.target.value) : null)}>
                  <option value="" ?selected=${v.ranking?.[item] == null}>—</option>
                  ${responses.map((_, r) => html`<option value=${r + 1} ?selected=${v.ranking?.[item] === r + 1}>${r + 1}${r === 0 ? ' (best)' : ''}</option>`)}
                </select></label>` : ''}
              ${(q.rubric || []).map((c) => html`
                <div class="criterion"><span class="small">${c.title || c.name}</span>
                  ${scaleRow({ name: `${c.name}-${position}`, label: `${c.title || c.name} of response ${LETTERS[position]}`, scale: c.scale,
                    value: v.scores?.[item]?.[c.name], disabled: this.disabled, compact: true, onPick: (x) => this.score(item, c.name, x) })}</div>`)}
            </article>`)}
        </div>
        ${!ranking ? html`
          <fieldset class="subq"><legend>Which response is better?</legend>
            <div class="options" role="radiogroup" aria-label="Preferred response">
              ${order.map((item, position) => html`<button type="button" role="radio" class="option ${v.preferred === item ? 'chosen' : ''}"
                  aria-checked=${v.preferred === item ? 'true' : 'false'} data-preferred=${position} ?disabled=${this.disabled}
                  @click=${() => this.set({ preferred: item })}>Response ${LETTERS[position]}</button>`)}
              ${q.ties ? html`<button type="button" role="radio" class="option ${v.preferred === 'tie' ? 'chosen' : ''}" aria-checked=${v.preferred === 'tie' ? 'true' : 'false'}
                  data-preferred="tie" ?disabled=${this.disabled} @click=${() => this.set({ preferred: 'tie', strength: null })}>Tie</button>` : ''}
            </div></fieldset>` : html`<p class="muted small">Rank 1 is best.${q.ties ? ' Equal ranks mean a tie.' : ''}</p>`}
        ${q.strength && !this.tied() ? html`
          <fieldset class="subq"><legend>How much better${!ranking && typeof v.preferred === 'number' ? ` is Response ${letter(v.preferred)}` : ''}?</legend>
            <div class="options" role="radiogroup" aria-label="Strength of preference">
              ${q.strength.map((s) => html`<button type="button" role="radio" class="option ${v.strength === s ? 'chosen' : ''}" aria-checked=${v.strength === s ? 'true' : 'false'}
                  data-strength=${s} ?disabled=${this.disabled} @click=${() => this.set({ strength: s })}>${s}</button>`)}
            </div></fieldset>` : ''}
        ${rationale ? html`
          <div class="field"><label for="q-${q.name}-rationale">Rationale${rationale.required === false ? html` <span class="hint">optional</span>` : ''}
            ${rationale.min_length ? html`<span class="hint">at least ${rationale.min_length} characters</span>` : ''}</label>
            <textarea id="q-${q.name}-rationale" rows="3" .value=${v.rationale || ''} maxlength=${rationale.max_length ?? 5000} ?disabled=${this.disabled}
              placeholder="Why is your choice better? Refer to responses by their letter." @keydown=${w} @paste=${w} @drop=${w}
              @input=${(e) => { w.handleEvent(e); this.set({ rationale: e.target.value }); }}></textarea>
            <p class="counter small muted">${[...(v.rationale || '')].length} characters</p></div>` : ''}
      </div>`;
  }
}

customElements.define('annota-comparison', ComparisonControl);
