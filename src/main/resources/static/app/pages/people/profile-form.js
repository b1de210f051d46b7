// What the profile pages share: the form of a profile (time zone, weekly availability, skills, languages) read into
// the body PUT /api/v1/me/profile and /api/v1/people/{id}/profile take, and the credentials' table.
import { html } from 'lit';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];
export const KINDS = ['degree', 'licence', 'certificate'];

/** "9-12, 13-18" for a day's ranges. */
export function hours(ranges) {
  return (ranges ?? []).map((r) => `${r.from}-${r.to}`).join(', ');
}

/** The ranges of "9-12, 13-18"; anything unreadable is sent as it is, so the server names the field. */
function parseHours(text) {
  return text.split(',').map((s) => s.trim()).filter((s) => s).map((s) => {
    const m = s.match(/^(\d{1,2})\s*-\s*(\d{1,2})$/);
    return m ? { from: Number(m[1]), to: Number(m[2]) } : { from: -1, to: -1 };
  });
}

/** "ko NATIVE, en B2" for languages, and back. */
function parseLanguages(text) {
  return text.split(',').map((s) => s.trim()).filter((s) => s).map((s) => {
    const [language, level] = s.split(/\s+/);
    return { language, level: (level ?? '').toUpperCase() || null };
  });
}

/** The body of a profile's PUT from the form's fields. */
export function profileBody(form) {
  const f = form.elements;
  const availability = {};
  for (const day of DAYS) {
    const ranges = parseHours(f[`hours-${day}`].value);
    if (ranges.length) {
      availability[day] = ranges;
    }
  }
  return {
    timeZone: f.timeZone.value.trim() || null,
    availability,
    skills: f.skills.value.split(',').map((s) => s.trim()).filter((s) => s),
    languages: parseLanguages(f.languages.value),
  };
}

/** The profile form, filled with {@code profile}; {@code onSave} gets the submit event. */
export function profileForm(profile, onSave, idPrefix = 'profile') {
  return html`
    <form class="card" id="${idPrefix}-form" @submit=${onSave}>
      <div class="field"><label for="${idPrefix}-skills">Skills and domains <span class="hint">comma-separated, e.g. chemistry, rust, korean legal</span></label>
        <input id="${idPrefix}-skills" name="skills" maxlength="3000" .value=${(profile.skills ?? []).join(', ')}></div>
      <div class="field"><label for="${idPrefix}-languages">Languages with level <span class="hint">BCP 47 tag and A1–C2 or NATIVE, e.g. ko NATIVE, en B2</span></label>
        <input id="${idPrefix}-languages" name="languages" maxlength="1000"
               .value=${(profile.languages ?? []).map((l) => `${l.language} ${l.level}`).join(', ')}></div>
      <div class="field"><label for="${idPrefix}-timeZone">Time zone <span class="hint">IANA, e.g. Europe/Berlin</span></label>
        <input id="${idPrefix}-timeZone" name="timeZone" maxlength="64" .value=${profile.timeZone ?? ''}></div>
      <fieldset><legend>Available hours <span class="hint">in your time zone, e.g. 9-12, 13-18</span></legend>
        ${DAYS.map((d) => html`<div class="field inline"><label for="${idPrefix}-hours-${d}">${d[0] + d.slice(1).toLowerCase()}</label>
          <input id="${idPrefix}-hours-${d}" name="hours-${d}" maxlength="100" .value=${hours(profile.availability?.[d])}></div>`)}
      </fieldset>
      <button type="submit" class="primary" id="${idPrefix}-save">Save profile</button>
    </form>`;
}

/** A credential's state in words: verified on a date (with the note, for its own organization), or not yet. */
export function verification(c) {
  return c.verifiedAt
    ? html`<span class="flag on">verified</span> ${c.verifiedOn}${c.verificationNote ? html` <small class="muted">${c.verificationNote}</small>` : ''}`
    : html`<span class="flag off">not verified</span>`;
}

/** The new-credential form. */
export function credentialForm(onAdd, idPrefix = 'credential') {
  return html`
    <form class="card inline-form" id="${idPrefix}-form" @submit=${onAdd}>
      <div class="field"><label for="${idPrefix}-kind">Kind</label>
        <select id="${idPrefix}-kind" name="kind">${KINDS.map((k) => html`<option value=${k}>${k}</option>`)}</select></div>
      <div class="field grow"><label for="${idPrefix}-title">Title</label><input id="${idPrefix}-title" name="title" required maxlength="200"></div>
      <div class="field grow"><label for="${idPrefix}-issuer">Issuer</label><input id="${idPrefix}-issuer" name="issuer" maxlength="200"></div>
      <button type="submit" id="${idPrefix}-add">Add credential</button>
    </form>`;
}

export function credentialBody(form) {
  const f = form.elements;
  return { kind: f.kind.value, title: f.title.value.trim(), issuer: f.issuer.value.trim() || null };
}
