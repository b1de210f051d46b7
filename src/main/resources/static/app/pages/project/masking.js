// A project's masking settings (the owning lab's admins and managers): per text field of the item data, the detectors
// whose findings annotators and reviewers see as placeholders ([EMAIL_1]); the owner's staff see the original in the
// items view. docs/trust.md, "Personal data masked before a person sees it".
import { html } from 'lit';
import { api } from '../../api.js';
import { problem, state } from '../page.js';
import { ProjectPage, projectHeader } from './project-nav.js';

const DETECTORS = [
  { name: 'EMAIL', help: 'email addresses' },
  { name: 'PHONE', help: 'phone numbers (libphonenumber; without a + country code, read in the region below)' },
  { name: 'CARD', help: 'payment card numbers (Luhn check)' },
  { name: 'IBAN', help: 'IBANs (mod 97 check)' },
  { name: 'IP', help: 'IPv4 and IPv6 addresses' },
  { name: 'SECRET', help: 'API keys and tokens (sk-, ghp_, AKIA, xox…, JWTs, long random strings)' },
];

/** "text: EMAIL, PHONE" lines to fields, and back. */
function parseFields(text) {
  return text.split('\n').map((l) => l.trim()).filter((l) => l).map((l) => {
    const at = l.lastIndexOf(':');
    return at < 0 ? { path: l, detectors: [] }
      : { path: l.slice(0, at).trim(), detectors: l.slice(at + 1).split(',').map((d) => d.trim()).filter((d) => d) };
  });
}

/** "NAME = regex" lines to patterns, and back. */
function parsePatterns(text) {
  return text.split('\n').filter((l) => l.trim()).map((l) => {
    const at = l.indexOf('=');
    return { name: (at < 0 ? l : l.slice(0, at)).trim(), regex: at < 0 ? '' : l.slice(at + 1).trim() };
  });
}

class ProjectMasking extends ProjectPage {
  static frame = { ...ProjectPage.frame, id: 'project-masking' };

  static properties = state({
    settings: null,
  });

  async load() {
    this.project = await api(this.base());
    this.settings = await api(`${this.base()}/masking`);
  }

  async save(e) {
    this.saved = false;
    await this.sendForm(e, (f) => api(`${this.base()}/masking`, {
      method: 'PUT',
      body: {
        fields: parseFields(f.maskingFields.value),
        phoneRegion: f.phoneRegion.value.trim() || null,
        patterns: parsePatterns(f.maskingPatterns.value),
      },
    }), { done: () => { this.saved = true; } });
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}">Back to the project</a></p>`;
  }

  renderBody() {
    const s = this.settings;
    const fields = s.fields.map((f) => `${f.path}: ${f.detectors.join(', ')}`).join('\n');
    const patterns = s.patterns.map((p) => `${p.name} = ${p.regex}`).join('\n');
    return html`
      ${projectHeader(this.project, 'masking', 'Masking')}
      <p class="muted small">What the detectors find in these fields is replaced by placeholders such as
        <code>[EMAIL_1]</code> in what annotators and reviewers see (the same value, the same placeholder, within an
        item). You see the original in the items view; spans marked on placeholders are stored on the original text,
        so exports stay correct. Every change is recorded in the access log.</p>
      ${this.saved ? html`<p class="notice success" role="status" id="masking-saved">Saved: the next tasks served are masked so.</p>` : ''}
      <form class="card" id="masking-form" @submit=${(e) => this.save(e)}>
        <div class="field">
          <label for="maskingFields">Fields, one per line: <code>path: DETECTOR, DETECTOR</code></label>
          <textarea id="maskingFields" name="maskingFields" rows="4" .value=${fields}
            placeholder="text: EMAIL, PHONE, SECRET"></textarea>
          <p class="muted small">A path names a text of the item data: <code>text</code>, <code>prompt</code>,
            <code>responses/*/content</code>, <code>messages/*/content</code> (<code>*</code>: every element of a list).
            Detectors:</p>
          <ul class="muted small">${DETECTORS.map((d) => html`<li><code>${d.name}</code> ${d.help}</li>`)}
            <li>or the name of one of your patterns below</li></ul>
        </div>
        <div class="field">
          <label for="phoneRegion">Phone region (ISO 3166, such as US or DE)</label>
          <input id="phoneRegion" name="phoneRegion" maxlength="2" .value=${s.phoneRegion ?? ''} placeholder="US">
        </div>
        <div class="field">
          <label for="maskingPatterns">Your patterns, one per line: <code>NAME = regex</code> (RE2 syntax)</label>
          <textarea id="maskingPatterns" name="maskingPatterns" rows="3" .value=${patterns}
            placeholder="EMPLOYEE_ID = E-[0-9]{6}"></textarea>
        </div>
        <button type="submit" class="primary" id="save-masking">Save masking</button>
      </form>
      ${problem(this.formError, { id: 'masking-field-error', cls: 'field-error' })}`;
  }
}

customElements.define('annota-project-masking', ProjectMasking);
