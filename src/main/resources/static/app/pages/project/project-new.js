// Create a project: name, guidelines (Markdown), a label schema, and the work settings. The schema comes from the
// template gallery (GET /api/v1/schema-templates: every task type, a schema and a sample item each), edited as JSON
// here, or from the simple form: a text classification built from one option per line. API errors (problem+json
// 'field') are shown next to the field they name.
import { html } from 'lit';
import { api } from '../../api.js';
import { navigate } from '../../router.js';
import { Page, problem, state } from '../page.js';

/** Which form field shows an error the API reports for a given problem 'field'. */
function fieldOf(apiField, template) {
  if (!apiField) {
    return 'form';
  }
  if (apiField.startsWith('schema') && template) {
    return 'schema';
  }
  if (apiField.startsWith('schema')) {
    return apiField.includes('title') ? 'title' : 'options';
  }
  return ['name', 'guidelines', 'overlap', 'leaseSeconds', 'priority'].includes(apiField) ? apiField : 'form';
}

class ProjectNew extends Page {
  static frame = { ...Page.frame, cls: 'page narrow' };

  static properties = state({
    errors: {},
    busy: false,
    templates: [],
    template: null, // null: the simple text classification form
    schemaText: '',
  });

  async load() {
    this.templates = await api('/api/v1/schema-templates');
  }

  /** Fills the schema editor from a template (null: back to the simple form). */
  choose(template) {
    this.template = template;
    this.schemaText = template ? JSON.stringify(template.schema, null, 2) : '';
    this.errors = {};
  }

  updated(changed) {
    // The form appears once the gallery is loaded: focus its first field then, once.
    if (changed.has('loaded') && this.loaded && !this.focused) {
      this.focused = true;
      this.querySelector('#name')?.focus();
    }
  }

  fieldError(field) {
    return problem(this.errors[field], { id: `${field}-error`, cls: 'field-error', where: false });
  }

  invalid(field) {
    return this.errors[field] ? 'true' : 'false';
  }

  async submit(e) {
    e.preventDefault();
    const form = e.target;
    const value = (name) => form.elements[name].value;
    const errors = {};
    let schema = null;
    if (this.template) {
      try {
        schema = JSON.parse(this.schemaText);
      } catch (err) {
        errors.schema = `Not valid JSON: ${err.message}`;
      }
    } else {
      const options = value('options').split('\n').map((o) => o.trim()).filter((o) => o.length > 0);
      if (options.length < 2) {
        errors.options = 'List at least two options, one per line.';
      } else if (new Set(options).size !== options.length) {
        errors.options = 'Each option may appear only once.';
      }
      schema = {
        questions: [{
          name: 'label',
          title: value('title').trim() || 'Label',
          type: 'choice',
          multiple: form.elements.multiple.value === 'true',
          options,
        }],
      };
    }
    if (!value('name').trim()) {
      errors.name = 'Name the project.';
    }
    if (Object.keys(errors).length) {
      this.errors = errors;
      this.focusFirstError();
      return;
    }
    const number = (name) => (value(name) === '' ? null : Number(value(name)));
    const body = {
      name: value('name').trim(),
      guidelines: value('guidelines'),
      taskType: this.template ? this.template.taskType : 'text-classification',
      schema,
      overlap: number('overlap'),
      leaseSeconds: number('leaseSeconds'),
      priority: number('priority'),
    };
    this.busy = true;
    this.errors = {};
    try {
      const project = await api('/api/v1/projects', { method: 'POST', body });
      navigate(`/projects/${project.id}`);
    } catch (err) {
      // A schema from the editor: every violation listed, each with its field (as the schema editor lists them).
      const list = err.problem?.errors?.length ? err.problem.errors : null;
      const field = fieldOf(err.field || list?.[0]?.field, this.template);
      this.errors = { [field]: field === 'schema' && list ? list.map((v) => `${v.field}: ${v.message}`).join(' · ') : err };
      this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  async focusFirstError() {
    await this.updateComplete;
    this.querySelector('[aria-invalid="true"]')?.focus();
  }

  renderGallery() {
    const chosen = this.template?.id ?? 'simple';
    const card = (id, name, type, description, template) => html`
      <button type="button" class="template-card ${chosen === id ? 'chosen' : ''}" id="template-${id}" aria-pressed=${chosen === id ? 'true' : 'false'}
              @click=${() => this.choose(template)}>
        <strong>${name}</strong> <span class="tag">${type}</span>
        <span class="muted small">${description}</span>
      </button>`;
    return html`
      <fieldset class="template-gallery" id="template-gallery">
        <legend>Start from <span class="hint">a template fills the label schema; edit it before creating</span></legend>
        <div class="template-cards">
          ${card('simple', 'Simple classification', 'text-classification', 'One question, your options one per line.', null)}
          ${this.templates.map((t) => card(t.id, t.name, t.taskType, t.description, t))}
        </div>
      </fieldset>`;
  }

  renderTemplateSchema() {
    const t = this.template;
    return html`
      <fieldset id="template-schema">
        <legend>Label schema · <span class="tag" id="template-task-type">${t.taskType}</span></legend>
        <div class="field">
          <label for="schema-json">Schema (JSON) <span class="hint">from “${t.name}”;
            <a href="/help/label-schema" target="_blank" rel="noopener" id="schema-help">how the schema works</a></span></label>
          <textarea id="schema-json" class="code" spellcheck="false" rows=${Math.min(24, this.schemaText.split('\n').length + 1)}
                    .value=${this.schemaText} @input=${(e) => { this.schemaText = e.target.value; }}
                    aria-invalid=${this.invalid('schema')} aria-describedby="schema-error"></textarea>
          ${this.fieldError('schema')}
        </div>
        <details>
          <summary>The items this task type takes (a sample)</summary>
          <pre class="json" id="template-sample">${JSON.stringify({ data: t.sampleItem }, null, 2)}</pre>
          <p class="muted small">Import items as JSON Lines on the project page once it exists.</p>
        </details>
      </fieldset>`;
  }

  renderBody() {
    return html`
        <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Projects</a> <span aria-hidden="true">/</span> New project</nav>
        <h1>New project</h1>
        <form id="project-form" class="stack" @submit=${this.submit} novalidate>
          ${problem(this.errors.form)}
          <div class="field">
            <label for="name">Name</label>
            <input id="name" name="name" maxlength="200" required aria-invalid=${this.invalid('name')} aria-describedby="name-error">
            ${this.fieldError('name')}
          </div>
          <div class="field">
            <label for="guidelines">Guidelines <span class="hint">Markdown; annotators see them beside every task</span></label>
            <textarea id="guidelines" name="guidelines" rows="8" aria-invalid=${this.invalid('guidelines')}
                      placeholder="# What to label&#10;&#10;Choose the option that fits best. When in doubt, …"></textarea>
            ${this.fieldError('guidelines')}
          </div>
          ${this.renderGallery()}
          ${this.template ? this.renderTemplateSchema() : html`
          <fieldset id="simple-schema">
            <legend>Label schema · text classification</legend>
            <div class="field">
              <label for="title">Question</label>
              <input id="title" name="title" value="Label" aria-invalid=${this.invalid('title')}>
              ${this.fieldError('title')}
            </div>
            <div class="field">
              <label for="options">Options <span class="hint">one per line; annotators choose with the keys 1–9</span></label>
              <textarea id="options" name="options" rows="5" aria-invalid=${this.invalid('options')} aria-describedby="options-error"
                        placeholder="positive&#10;negative&#10;neutral"></textarea>
              ${this.fieldError('options')}
            </div>
            <div class="field choice-kind" role="radiogroup" aria-label="Answer">
              <label class="inline"><input type="radio" name="multiple" value="false" checked> Single choice</label>
              <label class="inline"><input type="radio" id="choice-multiple" name="multiple" value="true"> Multiple choice</label>
            </div>
          </fieldset>
          `}
          <div class="row">
            <div class="field">
              <label for="overlap">Overlap <span class="hint">annotators per item</span></label>
              <input id="overlap" name="overlap" type="number" min="1" max="100" value="1" aria-invalid=${this.invalid('overlap')}>
              ${this.fieldError('overlap')}
            </div>
            <div class="field">
              <label for="leaseSeconds">Lease <span class="hint">seconds per task</span></label>
              <input id="leaseSeconds" name="leaseSeconds" type="number" min="10" max="86400" value="600" aria-invalid=${this.invalid('leaseSeconds')}>
              ${this.fieldError('leaseSeconds')}
            </div>
            <div class="field">
              <label for="priority">Priority <span class="hint">higher first</span></label>
              <input id="priority" name="priority" type="number" value="0" aria-invalid=${this.invalid('priority')}>
              ${this.fieldError('priority')}
            </div>
          </div>
          <div class="form-actions">
            <button id="create-project" class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? 'Creating…' : 'Create project'}</button>
            <a href="/">Cancel</a>
          </div>
        </form>
    `;
  }
}

customElements.define('annota-project-new', ProjectNew);
