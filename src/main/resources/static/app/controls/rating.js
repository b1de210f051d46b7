// rating: a whole number on a scale, as a row of radio buttons (arrow keys move within the group, like native radios).
import { html } from 'lit';
import { Control, scaleValues } from './util.js';

/** A radio row for a scale; reused by the comparison rubric and the conversation rating. */
export function scaleRow({ name, label, scale, value, disabled, onPick, compact = false }) {
  const values = scaleValues(scale);
  const key = (e, i) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step) {
      e.preventDefault();
      const next = values[(i + step + values.length) % values.length];
      onPick(next.value);
      const buttons = e.currentTarget.parentElement.querySelectorAll('button');
      buttons[(i + step + values.length) % values.length]?.focus();
    }
  };
  const current = values.findIndex((v) => v.value === value);
  return html`
    <div class="scale ${compact ? 'compact' : ''}" role="radiogroup" aria-label=${label} data-scale=${name}>
      ${values.map((v, i) => html`<button type="button" role="radio" class="scale-value ${v.value === value ? 'chosen' : ''}"
          aria-checked=${v.value === value ? 'true' : 'false'} tabindex=${(current === -1 ? i === 0 : i === current) ? 0 : -1}
          data-value=${v.value} ?disabled=${disabled} title=${v.label || String(v.value)}
          aria-label=${v.label ? `${v.value}: ${v.label}` : String(v.value)}
          @click=${() => onPick(v.value)} @keydown=${(e) => key(e, i)}>
        <span class="n">${v.value}</span>${v.label ? html`<span class="l">${v.label}</span>` : ''}</button>`)}
    </div>`;
}

class RatingControl extends Control {
  render() {
    const q = this.question;
    return html`
      <fieldset class="question" id="q-${q.name}">
        <legend>${this.title}</legend>
        ${q.description ? html`<p class="muted small">${q.description}</p>` : ''}
        ${scaleRow({ name: q.name, label: this.title, scale: q.scale, value: this.value, disabled: this.disabled, onPick: (v) => this.emit(v) })}
      </fieldset>`;
  }
}

customElements.define('annota-rating', RatingControl);
