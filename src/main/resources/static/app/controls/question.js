// One question of a label schema as its workbench control, and which questions a set of answers shows. Shared by the
// annotator workbench (pages/work/workbench.js) and the schema editor's live preview (pages/project/schema-editor.js), so the
// preview is the workbench, not a sketch of it.
import { html } from 'lit';
import './choice.js';
import './rating.js';
import './text.js';
import './spans.js';
import './comparison.js';
import './demonstration.js';
import './conversation.js';
import './boxes.js';

/** Whether a question's condition holds for the answers so far (a hidden question hides its dependants). */
export function shown(q, answers, byName) {
  if (!q.when) {
    return true;
  }
  const source = byName.get(q.when.question);
  if (!source || !shown(source, answers, byName)) {
    return false;
  }
  const wanted = 'equals' in q.when ? [q.when.equals] : (q.when.in || []);
  const v = answers[q.when.question];
  const values = Array.isArray(v) ? v : [v];
  return values.some((x) => (typeof x === 'string' || typeof x === 'number') && wanted.includes(x));
}

/** The questions shown for these answers, in schema order. */
export function visible(questions, answers) {
  const byName = new Map(questions.map((q) => [q.name, q]));
  return questions.filter((q) => shown(q, answers, byName));
}

/**
 * The control of one question. {@code onAnswer} receives the control's 'answer' event ({detail: {name, value}});
 * {@code keys} (choice only) maps options to the digit keys that choose them.
 */
export function control(q, { task, value, disabled = false, invalid = false, keys = new Map(), onAnswer }) {
  const cls = invalid ? 'invalid' : '';
  switch (q.type) {
    case 'choice':
      return html`<annota-choice class=${cls} data-question=${q.name} .question=${q} .task=${task} .value=${value} .keys=${keys} ?disabled=${disabled} @answer=${onAnswer}></annota-choice>`;
    case 'rating':
      return html`<annota-rating class=${cls} data-question=${q.name} .question=${q} .task=${task} .value=${value} ?disabled=${disabled} @answer=${onAnswer}></annota-rating>`;
    case 'text':
      return html`<annota-text class=${cls} data-question=${q.name} .question=${q} .task=${task} .value=${value} ?disabled=${disabled} @answer=${onAnswer}></annota-text>`;
    case 'spans':
      return html`<annota-spans class=${cls} data-question=${q.name} .question=${q} .task=${task} .value=${value} ?disabled=${disabled} @answer=${onAnswer}></annota-spans>`;
    case 'comparison':
      return html`<annota-comparison class=${cls} data-question=${q.name} .question=${q} .task=${task} .value=${value} ?disabled=${disabled} @answer=${onAnswer}></annota-comparison>`;
    case 'demonstration':
      return html`<annota-demonstration class=${cls} data-question=${q.name} .question=${q} .task=${task} .value=${value} ?disabled=${disabled} @answer=${onAnswer}></annota-demonstration>`;
    case 'conversation_rating':
      return html`<annota-conversation-rating class=${cls} data-question=${q.name} .question=${q} .task=${task} .value=${value} ?disabled=${disabled} @answer=${onAnswer}></annota-conversation-rating>`;
    case 'boxes':
      return html`<annota-boxes class=${cls} data-question=${q.name} .question=${q} .task=${task} .value=${value} ?disabled=${disabled} @answer=${onAnswer}></annota-boxes>`;
    default:
      return html`<p class="notice error">This workbench cannot show questions of type “${q.type}”.</p>`;
  }
}
