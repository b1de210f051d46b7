// conversation_rating: per-turn ratings, flags and notes for the turns of the rated roles, and an overall rating.
import { html } from 'lit';
import { Control } from './util.js';
import { scaleRow } from './rating.js';
import { conversation } from './context.js';

class ConversationControl extends Control {
  turn(index) {
    return (this.value?.turns || []).find((t) => t.index === index) || { index };
  }

  setTurn(index, patch) {
    const turns = (this.value?.turns || []).filter((t) => t.index !== index);
    const next = { ...this.turn(index), ...patch };
    if (!next.flags?.length) {
      delete next.flags;
    }
    if (!next.note) {
      delete next.note;
    }
    turns.push(next);
    turns.sort((a, b) => a.index - b.index);
    this.emit({ ...(this.value || {}), turns });
  }

  flag(index, flag, on) {
    const flags = new Set(this.turn(index).flags || []);
    on ? flags.add(flag) : flags.delete(flag);
    this.setTurn(index, { flags: this.question.flags.filter((f) => flags.has(f)) });
  }

  render() {
    const q = this.question;
    const roles = q.roles || ['assistant'];
    const messages = this.task?.data?.messages || [];
    const rated = (m) => roles.includes(m.role);
    return html`
      <div class="question conversation" id="q-${q.name}">
        <h2 class="legend">${this.title}</h2>
        ${q.description ? html`<p class="muted small">${q.description}</p>` : ''}
        ${conversation(messages, { highlight: (m, i) => !rated(m) ? '' : html`
          <div class="turn-rating" data-turn=${i}>
            ${q.turn_scale ? scaleRow({ name: `turn-${i}`, label: `Rating of turn ${i + 1}`, scale: q.turn_scale, value: this.turn(i).rating,
              disabled: this.disabled, compact: true, onPick: (v) => this.setTurn(i, { rating: v }) }) : ''}
            ${(q.flags || []).length ? html`<div class="flags" role="group" aria-label="Flags for turn ${i + 1}">
              ${q.flags.map((f) => html`<label class="inline flag-check"><input type="checkbox" data-flag=${f} .checked=${(this.turn(i).flags || []).includes(f)}
                ?disabled=${this.disabled} @change=${(e) => this.flag(i, f, e.target.checked)}>${f.replaceAll('_', ' ')}</label>`)}</div>` : ''}
            <input type="text" class="note" aria-label="Note on turn ${i + 1}" placeholder="Note (optional)" maxlength="2000" .value=${this.turn(i).note || ''}
              ?disabled=${this.disabled} @change=${(e) => this.setTurn(i, { note: e.target.value })}>
          </div>` })}
        ${q.overall_scale ? html`<div class="overall"><span class="label-like">Overall rating of the conversation</span>
          ${scaleRow({ name: 'overall', label: 'Overall rating', scale: q.overall_scale, value: this.value?.overall, disabled: this.disabled,
            onPick: (v) => this.emit({ turns: [], ...(this.value || {}), overall: v }) })}</div>` : ''}
      </div>`;
  }
}

customElements.define('annota-conversation-rating', ConversationControl);
