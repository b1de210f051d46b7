// Image upload for image-boxes projects: drop files or pick them, each sent as the raw body of
// POST /api/v1/projects/{id}/images with its own progress bar (one at a time, so one slow file does not stall the
// rest). The server decides the format from the bytes and reads the pixel size; this list shows what it stored.
// "Add as items" imports one item per image just uploaded, {"image": {"upload": id}}, external id = file name.
import { html } from 'lit';
import { api, upload } from '../../api.js';
import { problem, state } from '../page.js';
import { ProjectCard } from './project-nav.js';

const TYPES = ['image/png', 'image/jpeg', 'image/webp'];

function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

class ImageUpload extends ProjectCard {
  static frame = { ...ProjectCard.frame, id: 'image-upload', errorId: 'image-list-error', titleId: 'images-title', title: 'Upload images' };

  static properties = {
    ...state({
      images: [],
      queue: [], // {file, progress, state: waiting|sending|done|failed, message, image}
      dragging: false,
      itemReport: null,
      itemError: null,
      importing: false,
    }),
  };

  async load() {
    // The newest page is the one a manager works with; older ones are a keyset page away (?after=).
    const all = [];
    let after = null;
    for (let page = 0; page < 20; page++) {
      const batch = await api(`${this.base()}/images?limit=500${after ? `&after=${after}` : ''}`);
      all.push(...batch);
      if (batch.length < 500) break;
      after = batch[batch.length - 1].id;
    }
    this.images = all;
  }

  add(files) {
    const entries = [...files].map((file) => ({ file, progress: 0, state: 'waiting', message: '', image: null }));
    this.queue = [...this.queue, ...entries];
    this.itemReport = null;
    this.itemError = null;
    this.pump();
  }

  async pump() {
    if (this.sending) return;
    this.sending = true;
    try {
      let next;
      while ((next = this.queue.find((e) => e.state === 'waiting'))) {
        next.state = 'sending';
        this.requestUpdate();
        try {
          // Sent with the browser's idea of its type; the server goes by the bytes either way.
          const type = TYPES.includes(next.file.type) ? next.file.type : 'application/octet-stream';
          next.image = await upload(`${this.base()}/images?name=${encodeURIComponent(next.file.name)}`, next.file,
            (fraction) => { next.progress = fraction; this.requestUpdate(); }, type);
          next.state = 'done';
          next.progress = 1;
          this.images = [...this.images, next.image];
        } catch (err) {
          next.state = 'failed';
          next.message = err;
        }
        this.requestUpdate();
      }
    } finally {
      this.sending = false;
    }
  }

  onDrop(e) {
    e.preventDefault();
    this.dragging = false;
    if (e.dataTransfer?.files?.length) {
      this.add(e.dataTransfer.files);
    }
  }

  justUploaded() {
    return this.queue.filter((e) => e.state === 'done').map((e) => e.image);
  }

  async addItems() {
    const images = this.justUploaded();
    if (!images.length) return;
    this.importing = true;
    this.itemError = null;
    const lines = images.map((i) => JSON.stringify({ external_id: i.name, data: { image: { upload: i.id } } })).join('\n');
    try {
      const file = new File([`${lines}\n`], 'images.jsonl', { type: 'application/x-ndjson' });
      this.itemReport = await upload(`${this.base()}/items`, file, () => {}, 'application/x-ndjson');
      this.queue = this.queue.filter((e) => e.state !== 'done');
      this.dispatchEvent(new CustomEvent('annota:items-imported', { bubbles: true }));
    } catch (err) {
      this.itemError = err;
    } finally {
      this.importing = false;
    }
  }

  /** A card of the project page: its own section, shown while the list of images loads, with its error inside. */
  renderLoading() {
    return this.renderBody();
  }

  renderWayBack() {
    return '';
  }

  renderBody() {
    const ready = this.justUploaded().length;
    return html`
        <p class="muted small">PNG, JPEG or WebP. Items show an uploaded image as
          <code>{"image": {"upload": "&lt;id&gt;"}}</code>; the server fills in its size.</p>
        <div class="drop-zone ${this.dragging ? 'dragging' : ''}" id="image-drop"
             @dragover=${(e) => { e.preventDefault(); this.dragging = true; }}
             @dragleave=${() => { this.dragging = false; }} @drop=${this.onDrop}>
          <label for="image-files">Drop images here, or <span class="link-like">choose files</span></label>
          <input id="image-files" type="file" multiple accept="image/png,image/jpeg,image/webp"
                 @change=${(e) => { this.add(e.target.files); e.target.value = ''; }}>
        </div>
        <ul class="plain upload-queue" id="image-queue" aria-live="polite">
          ${this.queue.map((e) => html`
            <li class="upload-entry ${e.state}">
              <span class="small">${e.file.name} · ${size(e.file.size)}
                ${e.state === 'done' ? html` · <span class="muted">${e.image.width} × ${e.image.height}</span>` : ''}</span>
              ${e.state === 'failed' ? problem(e.message, { cls: 'field-error' })
                : html`<progress max="100" .value=${Math.round(e.progress * 100)} aria-label="Upload of ${e.file.name}"></progress>`}
            </li>`)}
        </ul>
        ${ready ? html`
          <button type="button" class="primary" id="add-image-items" ?disabled=${this.importing} @click=${this.addItems}>
            ${this.importing ? 'Adding…' : `Add ${ready} item${ready === 1 ? '' : 's'} showing ${ready === 1 ? 'this image' : 'these images'}`}</button>` : ''}
        ${this.itemReport ? html`<p class="notice success" id="image-items-report">${this.itemReport.added} item${this.itemReport.added === 1 ? '' : 's'} added.</p>` : ''}
        ${problem(this.itemError, { cls: 'notice error' })}
        <details id="image-list">
          <summary>${this.images.length} image${this.images.length === 1 ? '' : 's'} in this project</summary>
          <table class="grid small">
            <thead><tr><th>Name</th><th class="num">Pixels</th><th>Reference</th></tr></thead>
            <tbody>
              ${this.images.map((i) => html`<tr>
                <td>${i.name}</td><td class="num">${i.width} × ${i.height}</td>
                <td><code class="mono">{"upload": "${i.id}"}</code></td></tr>`)}
            </tbody>
          </table>
        </details>`;
  }
}

customElements.define('annota-image-upload', ImageUpload);
