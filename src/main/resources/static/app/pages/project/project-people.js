// A project's requirements of its annotators and the people who may work on it (the owning customer's admins and
// managers): in-house annotators by name, a vendor's as pseudonyms unless the vendor shares names, each with skills,
// languages, verified credentials, gold record here, and the one line of the requirement they do not meet, the same
// line the claim refuses them with.
import { html } from 'lit';
import { api } from '../../api.js';
import { problem, state } from '../page.js';
import { LEVELS, KINDS } from '../people/profile-form.js';
import { ProjectPage, projectHeader } from './project-nav.js';

function languagesText(r) {
  return r.languages.map((l) => `${l.language} ${l.minLevel}`).join(', ');
}

function credentialsText(r) {
  return r.credentials.map((c) => (c.title ? `${c.kind}: ${c.title}` : c.kind)).join(', ');
}

class ProjectPeople extends ProjectPage {
  static frame = { ...ProjectPage.frame, id: 'project-people' };

  static properties = state({
    requirements: null,
    people: null,
  });

  async load() {
    [this.project, this.requirements, this.people] = await Promise.all([api(this.base()), api(`${this.base()}/requirements`),
      api(`${this.base()}/people`)]);
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}">Back to the project</a></p>`;
  }

  async save(e) {
    e.preventDefault();
    const f = e.target.elements;
    const list = (v) => v.split(',').map((s) => s.trim()).filter((s) => s);
    const accuracy = f.minGoldAccuracy.value.trim();
    const body = {
      skills: list(f.skills.value),
      languages: list(f.languages.value).map((s) => {
        const [language, level] = s.split(/\s+/);
        return { language, minLevel: (level ?? '').toUpperCase() || null };
      }),
      credentials: list(f.credentials.value).map((s) => {
        const [kind, ...title] = s.split(':');
        return { kind: kind.trim().toLowerCase(), title: title.join(':').trim() || null };
      }),
      minGoldAccuracy: accuracy === '' ? null : Number(accuracy) / 100,
      minGoldAnswers: f.minGoldAnswers.value === '' ? null : Number(f.minGoldAnswers.value),
    };
    await this.saveInPlace(async () => {
      this.requirements = await api(`${this.base()}/requirements`, { method: 'PUT', body });
      this.people = await api(`${this.base()}/people`);
    });
  }

  renderBody() {
    const r = this.requirements;
    return html`
      ${projectHeader(this.project, 'people', 'People and requirements')}
      <p class="muted">An annotator who does not meet the requirements is never served this project's tasks and is told
        which requirement, in one line.</p>
      <form class="card" id="requirements-form" @submit=${this.save}>
        <div class="field"><label for="req-skills">Required skills <span class="hint">comma-separated</span></label>
          <input id="req-skills" name="skills" maxlength="1500" .value=${r.skills.join(', ')}></div>
        <div class="field"><label for="req-languages">Languages with the lowest level accepted
          <span class="hint">e.g. ko C1, en B2 (levels ${LEVELS.join(', ')})</span></label>
          <input id="req-languages" name="languages" maxlength="1000" .value=${languagesText(r)}></div>
        <div class="field"><label for="req-credentials">Verified credentials
          <span class="hint">${KINDS.join(', ')}, optionally with a title: licence: Bar admission</span></label>
          <input id="req-credentials" name="credentials" maxlength="2000" .value=${credentialsText(r)}></div>
        <div class="field inline"><label for="req-accuracy">Minimum gold accuracy on your projects (%)</label>
          <input id="req-accuracy" name="minGoldAccuracy" type="number" min="0" max="100" step="0.1"
                 .value=${r.minGoldAccuracy == null ? '' : String(Math.round(r.minGoldAccuracy * 1000) / 10)}></div>
        <div class="field inline"><label for="req-answers">over at least this many gold answers</label>
          <input id="req-answers" name="minGoldAnswers" type="number" min="1" max="10000" .value=${r.minGoldAnswers ?? ''}></div>
        <button type="submit" class="primary" id="save-requirements">Save requirements</button>
        ${this.saved ? html`<span class="muted" role="status" id="requirements-saved">Saved.</span>` : ''}
      </form>
      ${problem(this.formError, { id: 'requirements-error', cls: 'field-error' })}
      <h2>Who may work on this project</h2>
      ${this.people.length ? html`
        <table class="grid" id="project-annotators">
          <thead><tr><th>Annotator</th><th>Organization</th><th>Skills</th><th>Languages</th><th>Verified credentials</th>
            <th class="num">Gold here</th><th>Requirements</th></tr></thead>
          <tbody>${this.people.map((a) => html`<tr>
            <td>${a.name}${a.email ? html`<br><small class="muted">${a.email}</small>` : ''}</td>
            <td>${a.organization}${a.inHouse ? html` <small class="muted">(yours)</small>` : ''}</td>
            <td>${a.skills.join(', ')}</td>
            <td>${a.languages.map((l) => `${l.language} ${l.level}`).join(', ')}</td>
            <td>${a.credentials.map((c) => html`<div>${c.kind}: ${c.title} <small class="muted">${c.verifiedOn}</small></div>`)}</td>
            <td class="num">${a.goldAnswered ? `${Math.round(a.goldAccuracy * 1000) / 10}% of ${a.goldAnswered}` : '—'}</td>
            <td class="eligibility">${a.notEligible ? html`<small>${a.notEligible}</small>` : html`<span class="flag on">meets them</span>`}</td>
          </tr>`)}</tbody>
        </table>` : html`<p class="muted" id="no-annotators">No annotator of yours or of an engaged workforce yet.</p>`}`;
  }
}

customElements.define('annota-project-people', ProjectPeople);
