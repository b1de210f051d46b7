// A deliberately tiny Markdown renderer for the demonstration preview. It builds Lit templates, never HTML strings,
// so whatever the annotator (or a model draft) writes is shown as text: no HTML of theirs reaches the page.
// Supported: ATX headings, fenced code blocks (``` and ~~~), bullet and numbered lists, block quotes, paragraphs,
// inline `code`, **bold**, *italic* / _italic_. Links and images are deliberately not: `[text](url)` and `![alt](url)`
// stay text, so no target (javascript:, vbscript:, data: ...) reaches an href or src. The guidelines, which do render
// links, are sanitized by the server (project/internal/GuidelinesRenderer: http, https, mailto and relative only).
import { html, nothing } from 'lit';

function inline(text) {
  const out = [];
  const pattern = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\*[^*\s][^*]*\*)|(_[^_\s][^_]*_)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) {
      out.push(text.slice(last, m.index));
    }
    const t = m[0];
    if (m[1]) {
      out.push(html`<code>${t.slice(1, -1)}</code>`);
    } else if (m[2]) {
      out.push(html`<strong>${t.slice(2, -2)}</strong>`);
    } else {
      out.push(html`<em>${t.slice(1, -1)}</em>`);
    }
    last = m.index + t.length;
  }
  if (last < text.length) {
    out.push(text.slice(last));
  }
  return out;
}

export function markdown(source) {
  const lines = (source || '').replace(/\r\n?/g, '\n').split('\n');
  const blocks = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const fence = line.match(/^\s*(```|~~~)\s*([\w+-]*)/);
    if (fence) {
      const code = [];
      i++;
      while (i < lines.length && !lines[i].trimStart().startsWith(fence[1])) {
        code.push(lines[i]);
        i++;
      }
      i++;
      blocks.push(html`<pre class="code"><code data-lang=${fence[2] || nothing}>${code.join('\n')}</code></pre>`);
      continue;
    }
    const heading = line.match(/^(#{1,6})\s+(.*?)\s*#*\s*$/);
    if (heading) {
      const level = heading[1].length;
      const content = inline(heading[2]);
      blocks.push([
        html`<h1>${content}</h1>`, html`<h2>${content}</h2>`, html`<h3>${content}</h3>`,
        html`<h4>${content}</h4>`, html`<h5>${content}</h5>`, html`<h6>${content}</h6>`][level - 1]);
      i++;
      continue;
    }
    if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const items = [];
      while (i < lines.length && /^\s*([-*+]|\d+[.)])\s+/.test(lines[i])) {
        items.push(lines[i].replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
        i++;
      }
      const lis = items.map((t) => html`<li>${inline(t)}</li>`);
      blocks.push(ordered ? html`<ol>${lis}</ol>` : html`<ul>${lis}</ul>`);
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quote = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) {
        quote.push(lines[i].replace(/^\s*>\s?/, ''));
        i++;
      }
      blocks.push(html`<blockquote>${inline(quote.join(' '))}</blockquote>`);
      continue;
    }
    if (!line.trim()) {
      i++;
      continue;
    }
    const para = [];
    while (i < lines.length && lines[i].trim() && !/^(#{1,6}\s|\s*(```|~~~)|\s*([-*+]|\d+[.)])\s|\s*>)/.test(lines[i])) {
      para.push(lines[i]);
      i++;
    }
    blocks.push(html`<p>${inline(para.join(' '))}</p>`);
  }
  return blocks;
}

/** The headings of a Markdown text outside fenced code, lower-cased, as the server checks required sections. */
export function headings(source) {
  const found = new Set();
  let fence = null;
  for (const line of (source || '').split(/\r?\n/)) {
    const f = line.match(/^\s*(```|~~~)/);
    if (f) {
      fence = fence ? (line.trimStart().startsWith(fence) ? null : fence) : f[1];
      continue;
    }
    const h = !fence && line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/);
    if (h) {
      found.add(h[1].trim().toLowerCase());
    }
  }
  return found;
}
