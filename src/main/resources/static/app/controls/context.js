// The context of a response task: a prompt, or a conversation of messages.
import { html } from 'lit';

export function contentOf(response) {
  return typeof response === 'string' ? response : String(response?.content ?? '');
}

export function conversation(messages, { highlight } = {}) {
  return html`<ol class="messages" aria-label="Conversation">
    ${messages.map((m, i) => html`<li class="msg ${m.role}" data-index=${i}><span class="role">${m.role}</span>
      <div class="content">${contentOf(m)}</div>${highlight ? highlight(m, i) : ''}</li>`)}
  </ol>`;
}

export function context(data) {
  if (Array.isArray(data?.messages)) {
    return html`<section class="card context" aria-label="Conversation so far">${conversation(data.messages)}</section>`;
  }
  return html`<section class="card context" aria-labelledby="prompt-title"><h2 id="prompt-title" class="eyebrow">Prompt</h2>
    <div class="item-text prompt" id="item-prompt">${data?.prompt ?? ''}</div></section>`;
}
