// choice: one option (radio) or several (checkboxes), optionally a free-text "other". The workbench maps digit keys
// to options (keys are given to it through `keys`, a Map option -> key).
import { html } from 'lit';
import { Control } from './util.js';

/** Whether an answer value contains an option (a multiple choice holds a list). */
function has(value, option) {
  return Array.isArray(value) ? value.includes(option) : value === option;
}

function otherOf(value) {
  const list = Array.isArray(value) ? value : [value];
  return list.find((v) => v && typeof v === 'object')?.other;
}

class ChoiceControl extends Control {
  static properties = { ...Control.properties, keys: { attribute: false } };

  toggle(option) {
    const q = this.question;
    if (this.disabled) {
      return;
    }
    if (q.multiple) {
      const list = Array.isArray(this.value) ? [...this.value] : [];
      const i = list.indexOf(option);
      if (i >= 0) {
        list.splice(i, 1);
      } else {
        list.push(option);
      }
      // keep the schema's order, whatever order the keys were pressed in; "other" last
      const ordered = q.options.filter((o) => list.includes(o));
      const other = list.find((v) => v && typeof v === 'object');
      this.emit(other ? [...ordered, other] : ordered);
    } else {
      this.emit(option);
    }
  }

  setOther(text) {
    const q = this.question;
    if (q.multiple) {
      const list = (Array.isArray(this.value) ? this.value : []).filter((v) => typeof v === 'string');
      this.emit(text ? [...list, { other: text }] : list);
    } else {
      this.emit(text ? { other: text } : (typeof this.value === 'string' ? this.value : null));
    }
  }

  render() {
    const q = this.question;
    const other = otherOf(this.value) ?? '';
    const id = `q-${q.name}`;
    return html`
      <fieldset class="question" id=${id} role=${q.multiple ? 'group' : 'radiogroup'} aria-describedby="keys-help">
        <legend>${this.title} <span class="muted small">${q.multiple ? 'choose any' : 'choose one'}</span></legend>
        ${q.description ? html`<p class="muted small">${q.description}</p>` : ''}
        <div class="options">
          ${q.options.map((option) => {
            const on = has(this.value, option);
            const key = this.keys?.get(option);
            return html`<button type="button" class="option ${on ? 'chosen' : ''}" role=${q.multiple ? 'checkbox' : 'radio'}
                aria-checked=${on ? 'true' : 'false'} data-option=${option} ?disabled=${this.disabled}
                @click=${() => this.toggle(option)}>${key ? html`<kbd>${key}</kbd>` : ''}<span>${option}</span></button>`;
          })}
        </div>
        ${q.other ? html`
          <div class="field other">
            <label for="${id}-other">Other <span class="hint">your own answer${q.multiple ? ', besides any options' : ', instead of an option'}</span></label>
            <input id="${id}-other" type="text" maxlength=${q.other_max_length ?? 500} .value=${other} ?disabled=${this.disabled}
                   @input=${(e) => this.setOther(e.target.value)}>
          </div>` : ''}
      </fieldset>`;
  }
}

customElements.define('annota-choice', ChoiceControl);
