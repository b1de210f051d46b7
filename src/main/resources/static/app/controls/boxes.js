// boxes: boxes and polygons on the item's image, in image pixels. One <canvas> is redrawn on requestAnimationFrame
// only when something changed, and a drag mutates the dragged object in place (Lit re-renders the side panel only when
// the drag ends); the objects that stay still are kept in a cached layer, so a drag among 5,000 objects paints one
// (see draw()). Keyboard (canvas focused): V select, B box, P polygon, N new box,
// 1–9 class, [ ] previous/next object, arrows move (Shift ×10), Alt+arrows resize, Delete, Escape, + − 0 zoom,
// Ctrl+Z / Ctrl+Shift+Z. Mouse: drag to draw or move, corner handles resize, wheel zooms, drag empty space pans.
import { html } from 'lit';
import { Control, History, colorOf, uuid } from './util.js';

const HANDLE = 6;
const LABELLED = 300; // up to this many objects, each shows its number and class on the image

function inPolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** Adds a box's or polygon's outline to a path. */
function outline(path, o) {
  if (o.type === 'polygon') {
    o.points.forEach(([px, py], j) => (j ? path.lineTo(px, py) : path.moveTo(px, py)));
    path.closePath();
  } else {
    path.rect(o.x, o.y, o.width, o.height);
  }
  return path;
}

/** Whether an object's bounding box meets the rectangle [x0, x1] × [y0, y1] (image pixels). */
function overlaps(o, x0, y0, x1, y1) {
  if (o.type !== 'polygon') {
    return o.x <= x1 && o.x + o.width >= x0 && o.y <= y1 && o.y + o.height >= y0;
  }
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const [px, py] of o.points) {
    left = Math.min(left, px);
    right = Math.max(right, px);
    top = Math.min(top, py);
    bottom = Math.max(bottom, py);
  }
  return left <= x1 && right >= x0 && top <= y1 && bottom >= y0;
}

/** The smallest rectangle holding both. */
function union(a, b) {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

function clone(objects) {
  return objects.map((o) => ({ ...o, attributes: { ...(o.attributes || {}) }, points: o.points?.map((p) => [...p]) }));
}

class BoxesControl extends Control {
  static properties = {
    ...Control.properties, tool: { state: true }, selected: { state: true }, klass: { state: true }, zoom: { state: true }, status: { state: true },
  };

  constructor() {
    super();
    this.tool = 'select';
    this.selected = -1;
    this.klass = 0;
    this.zoom = 1;
    this.view = { k: 1, x: 0, y: 0 };
    this.history = new History();
    this.dirty = true;
    this.drag = null;
    this.draft = null; // a polygon being drawn: [[x, y], ...]
    this.lastDrawMs = 0;
    this.draws = 0;
    this.layered = true;
    this.layerDraws = 0;
    this.stillCount = 0;
    this.frame = () => {
      this.raf = 0;
      this.draw();
    };
  }

  connectedCallback() {
    super.connectedCallback();
    this.setAttribute('data-own-keys', '');
  }

  disconnectedCallback() {
    cancelAnimationFrame(this.raf);
    this.resizer?.disconnect();
    super.disconnectedCallback();
  }

  get objects() {
    // while a drag is on, the dragged copy; the workbench re-sets `value` on every render of its own
    return this.dragObjects || this.value?.objects || [];
  }

  size() {
    const img = this.task?.data?.image || {};
    return { w: img.width || this.value?.width || this.image?.naturalWidth || 0, h: img.height || this.value?.height || this.image?.naturalHeight || 0 };
  }

  willUpdate(changed) {
    if (changed.has('task')) {
      const url = this.task?.data?.image?.url;
      if (url && this.image?.dataset.url !== url) {
        this.image = new Image();
        this.image.dataset.url = url;
        this.image.onload = () => this.loaded();
        this.image.src = url;
      } else if (this.image?.complete) {
        queueMicrotask(() => this.loaded()); // the next task shows the same image
      }
      this.selected = -1;
      this.tool = 'select';
      this.draft = null;
      this.dragObjects = null;
      this.history = new History();
    }
    if (changed.has('value')) {
      this.invalidate();
    }
  }

  /** The image is there: the answer takes its size (items may leave it out), and the view fits it. */
  loaded() {
    const { w, h } = this.size();
    if (this.value?.width !== w || this.value?.height !== h) {
      this.emit({ ...(this.value || {}), objects: this.objects, width: w, height: h });
    }
    this.fitted = false;
    this.fit();
  }

  firstUpdated() {
    this.canvas = this.querySelector('canvas');
    this.resizer = new ResizeObserver(() => this.resize());
    this.resizer.observe(this.canvas.parentElement);
    this.resize();
  }

  resize() {
    const box = this.canvas.parentElement.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(box.width * dpr);
    this.canvas.height = Math.round(box.height * dpr);
    this.cssW = box.width;
    this.cssH = box.height;
    this.shownKey = null; // setting the size cleared the canvas: the next frame copies the whole layer
    if (!this.fitted) {
      this.fit();
    }
    this.invalidate();
  }

  fit() {
    const { w, h } = this.size();
    if (!w || !h || !this.cssW) {
      return;
    }
    this.fitted = true;
    const k = Math.min(this.cssW / w, this.cssH / h) * 0.98;
    this.view = { k, x: (this.cssW - w * k) / 2, y: (this.cssH - h * k) / 2 };
    this.zoom = k;
    this.invalidate();
  }

  zoomBy(f, cx = this.cssW / 2, cy = this.cssH / 2) {
    const k = Math.max(0.05, Math.min(40, this.view.k * f));
    const ix = (cx - this.view.x) / this.view.k;
    const iy = (cy - this.view.y) / this.view.k;
    this.view = { k, x: cx - ix * k, y: cy - iy * k };
    this.zoom = k;
    this.invalidate();
  }

  invalidate() {
    this.dirty = true;
    if (!this.raf) {
      this.raf = requestAnimationFrame(this.frame);
    }
  }

  /**
   * One frame. The still part — background, image, every object but the selected one, their labels — is painted into
   * an offscreen layer only when it changes (another set of objects, another selection, zoom, pan, size, the image
   * arriving); a frame then copies that layer and draws the selected object, its handles and what is being drawn on
   * top. Dragging one box among 5,000 thus paints one box a frame, not 5,000 (docs/workbench.md, "Performance").
   * `layered = false` (a debug switch, used by the browser test as its baseline) paints everything every frame.
   */
  draw() {
    if (!this.canvas || !this.dirty) {
      return;
    }
    const t0 = performance.now();
    this.dirty = false;
    const ctx = this.canvas.getContext('2d');
    if (this.layered) {
      const layer = this.stillLayer();
      const live = this.liveBounds();
      // When the layer is the one shown last frame, only where the live part was and now is changes: copying that
      // rectangle alone keeps the canvas's damage (and what the compositor redraws) to the moving object's size.
      const rect = this.shownKey === this.layerKey && this.shownLive && live ? union(this.shownLive, live) : null;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      if (rect) {
        ctx.beginPath();
        ctx.rect(rect.x, rect.y, rect.w, rect.h);
        ctx.clip();
        ctx.drawImage(layer, rect.x, rect.y, rect.w, rect.h, rect.x, rect.y, rect.w, rect.h);
      } else {
        ctx.drawImage(layer, 0, 0);
      }
      this.paintLive(ctx);
      ctx.restore();
      this.shownKey = this.layerKey;
      this.shownLive = live;
    } else {
      this.paintStill(ctx);
      this.paintLive(ctx);
      this.shownKey = null;
    }
    this.lastDrawMs = performance.now() - t0;
    this.draws += 1;
  }

  /** The cached still layer, repainted when what it shows changed. */
  stillLayer() {
    // During a drag the objects are a copy differing from the value's only at the selected index, which the layer
    // leaves out: keyed on the value's array, the layer survives the drag's start and every frame of it.
    const key = [this.value?.objects, this.selected, this.view.k, this.view.x, this.view.y, this.canvas.width, this.canvas.height,
      this.question, this.task, this.image, !!this.image?.complete];
    if (!this.layer || this.layer.width !== this.canvas.width || this.layer.height !== this.canvas.height) {
      this.layer = document.createElement('canvas');
      this.layer.width = this.canvas.width;
      this.layer.height = this.canvas.height;
      this.layerKey = null;
    }
    if (!this.layerKey || key.some((v, i) => v !== this.layerKey[i])) {
      this.paintStill(this.layer.getContext('2d'));
      this.layerKey = key;
      this.layerDraws += 1;
    }
    return this.layer;
  }

  /**
   * Where paintLive draws, in canvas pixels and inside the canvas, with room for strokes, handles and the label: the
   * selected object, the polygon being drawn, the box being dragged out. Null when nothing live is drawn in the view.
   */
  liveBounds() {
    const pts = [];
    const s = this.objects[this.selected];
    if (s) {
      pts.push(...this.handles(s));
    }
    pts.push(...(this.draft || []));
    if (this.draft?.length && this.hover) {
      pts.push(this.hover);
    }
    if (this.rubber) {
      pts.push([this.rubber.x0, this.rubber.y0], [this.rubber.x1, this.rubber.y1]);
    }
    if (!pts.length) {
      return null;
    }
    const dpr = window.devicePixelRatio || 1;
    const { k, x, y } = this.view;
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const m = HANDLE + 3; // handle half-size plus stroke, in CSS pixels
    // a label sits above its object's first point and may be wider than the object: its whole row is included
    const label = s && this.objects.length <= LABELLED ? 16 : 0;
    const left = Math.max(0, Math.floor(dpr * (x + Math.min(...xs) * k - m)));
    const top = Math.max(0, Math.floor(dpr * (y + Math.min(...ys) * k - m - label)));
    const right = label ? this.canvas.width : Math.min(this.canvas.width, Math.ceil(dpr * (x + Math.max(...xs) * k + m)));
    const bottom = Math.min(this.canvas.height, Math.ceil(dpr * (y + Math.max(...ys) * k + m)));
    // out of the view, it is drawn nowhere; the next frame then copies the whole layer, which is right and rare
    return right > left && bottom > top ? { x: left, y: top, w: right - left, h: bottom - top } : null;
  }

  /** The part that stays still while one object moves; objects outside the view are skipped. */
  paintStill(ctx) {
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#e9ecef';
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    const { k, x, y } = this.view;
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
    const { w, h } = this.size();
    if (this.image?.complete && this.image.naturalWidth) {
      ctx.drawImage(this.image, 0, 0, w, h);
    }
    const classes = this.question.classes;
    const objects = this.objects;
    // the view in image pixels, widened by the stroke so an edge just outside still shows its inner half
    const pad = 2 / k;
    const vx0 = -x / k - pad;
    const vy0 = -y / k - pad;
    const vx1 = (this.cssW - x) / k + pad;
    const vy1 = (this.cssH - y) / k + pad;
    ctx.lineWidth = 2 / k;
    // One path per class: 1,000 objects cost a handful of stroke calls.
    const byClass = new Map();
    this.stillCount = 0; // what the last still paint drew, for the browser test of the culling
    objects.forEach((o, i) => {
      if (i === this.selected || !overlaps(o, vx0, vy0, vx1, vy1)) {
        return;
      }
      this.stillCount += 1;
      const c = Math.max(0, classes.indexOf(o.class));
      if (!byClass.has(c)) {
        byClass.set(c, new Path2D());
      }
      outline(byClass.get(c), o);
    });
    for (const [c, p] of byClass) {
      ctx.strokeStyle = colorOf(c);
      ctx.stroke(p);
    }
    if (objects.length <= LABELLED) {
      objects.forEach((o, i) => i !== this.selected && this.paintLabel(ctx, o, i));
    }
  }

  /** Labels name the object's number and class; beyond LABELLED objects they would hide the image. */
  paintLabel(ctx, o, i) {
    const k = this.view.k;
    const [lx, ly] = o.type === 'polygon' ? o.points[0] : [o.x, o.y];
    const c = Math.max(0, this.question.classes.indexOf(o.class));
    const label = `${i + 1} ${o.class}`;
    ctx.font = `${12 / k}px system-ui, sans-serif`;
    const tw = ctx.measureText(label).width + 6 / k;
    ctx.fillStyle = colorOf(c);
    ctx.fillRect(lx, ly - 15 / k, tw, 15 / k);
    ctx.fillStyle = '#fff';
    ctx.fillText(label, lx + 3 / k, ly - 4 / k);
  }

  /** What moves: the selected object with its handles, the polygon being drawn, the box being dragged out. */
  paintLive(ctx) {
    const dpr = window.devicePixelRatio || 1;
    const { k, x, y } = this.view;
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
    const classes = this.question.classes;
    const objects = this.objects;
    const s = objects[this.selected];
    if (s) {
      const c = Math.max(0, classes.indexOf(s.class));
      ctx.strokeStyle = colorOf(c);
      ctx.fillStyle = `${colorOf(c)}33`;
      ctx.lineWidth = 3 / k;
      const p = outline(new Path2D(), s);
      ctx.fill(p);
      ctx.stroke(p);
      ctx.fillStyle = '#fff';
      ctx.lineWidth = 1.5 / k;
      for (const [hx, hy] of this.handles(s)) {
        ctx.fillRect(hx - HANDLE / k, hy - HANDLE / k, (2 * HANDLE) / k, (2 * HANDLE) / k);
        ctx.strokeRect(hx - HANDLE / k, hy - HANDLE / k, (2 * HANDLE) / k, (2 * HANDLE) / k);
      }
      if (objects.length <= LABELLED) {
        this.paintLabel(ctx, s, this.selected);
      }
    }
    if (this.draft?.length) {
      ctx.strokeStyle = colorOf(this.klass);
      ctx.lineWidth = 2 / k;
      ctx.setLineDash([6 / k, 4 / k]);
      ctx.beginPath();
      this.draft.forEach(([px, py], j) => (j ? ctx.lineTo(px, py) : ctx.moveTo(px, py)));
      if (this.hover) {
        ctx.lineTo(this.hover[0], this.hover[1]);
      }
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (this.rubber) {
      const r = this.rubber;
      ctx.strokeStyle = colorOf(this.klass);
      ctx.lineWidth = 2 / k;
      ctx.setLineDash([6 / k, 4 / k]);
      ctx.strokeRect(Math.min(r.x0, r.x1), Math.min(r.y0, r.y1), Math.abs(r.x1 - r.x0), Math.abs(r.y1 - r.y0));
      ctx.setLineDash([]);
    }
  }

  /** A drawing tool starts from no selection, so its class keys set the class of what is drawn next. */
  setTool(t) {
    this.tool = t;
    if (t !== 'select') {
      this.selected = -1;
    }
    if (t !== 'polygon') {
      this.draft = null;
    }
  }

  handles(o) {
    if (o.type === 'polygon') {
      return o.points;
    }
    return [[o.x, o.y], [o.x + o.width, o.y], [o.x + o.width, o.y + o.height], [o.x, o.y + o.height]];
  }

  /** Screen (canvas CSS pixels) to image pixels, clamped into the image. */
  toImage(e, clamp = true) {
    const r = this.canvas.getBoundingClientRect();
    let x = (e.clientX - r.left - this.view.x) / this.view.k;
    let y = (e.clientY - r.top - this.view.y) / this.view.k;
    if (clamp) {
      const { w, h } = this.size();
      x = Math.max(0, Math.min(w, x));
      y = Math.max(0, Math.min(h, y));
    }
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  }

  hit(x, y) {
    const objects = this.objects;
    for (let i = objects.length - 1; i >= 0; i--) {
      const o = objects[i];
      if (o.type === 'polygon' ? inPolygon(x, y, o.points) : x >= o.x && x <= o.x + o.width && y >= o.y && y <= o.y + o.height) {
        return i;
      }
    }
    return -1;
  }

  commit(objects, selected = this.selected) {
    this.history.push(this.objects);
    const { w, h } = this.size();
    this.emit({ width: w, height: h, objects });
    this.selected = selected;
  }

  undo() {
    const v = this.history.undo(this.objects);
    if (v !== undefined) {
      const { w, h } = this.size();
      this.emit({ width: w, height: h, objects: v });
      this.selected = Math.min(this.selected, v.length - 1);
    }
  }

  redo() {
    const v = this.history.redo(this.objects);
    if (v !== undefined) {
      const { w, h } = this.size();
      this.emit({ width: w, height: h, objects: v });
    }
  }

  down(e) {
    if (this.disabled) {
      return;
    }
    this.canvas.focus({ preventScroll: true });
    const [x, y] = this.toImage(e);
    const [rx, ry] = this.toImage(e, false);
    if (e.button === 1 || (e.button === 0 && e.altKey)) {
      this.drag = { kind: 'pan', sx: e.clientX, sy: e.clientY, view: { ...this.view } };
    } else if (e.button !== 0) {
      return;
    } else if (this.tool === 'box') {
      this.rubber = { x0: x, y0: y, x1: x, y1: y };
      this.drag = { kind: 'draw' };
    } else if (this.tool === 'polygon') {
      const first = this.draft?.[0];
      if (first && this.draft.length >= 3 && Math.hypot(first[0] - x, first[1] - y) * this.view.k < 10) {
        this.closePolygon();
      } else {
        this.draft = [...(this.draft || []), [x, y]];
        this.invalidate();
      }
      return;
    } else {
      const s = this.objects[this.selected];
      const tol = (HANDLE + 2) / this.view.k;
      const handle = s ? this.handles(s).findIndex(([hx, hy]) => Math.abs(hx - rx) <= tol && Math.abs(hy - ry) <= tol) : -1;
      const i = handle >= 0 ? this.selected : this.hit(rx, ry);
      if (i < 0) {
        this.selected = -1;
        this.drag = { kind: 'pan', sx: e.clientX, sy: e.clientY, view: { ...this.view } };
      } else {
        this.selected = i;
        // the dragged object is a copy edited in place; the value is replaced once, when the drag ends
        const before = this.objects;
        const working = [...before];
        working[i] = clone([before[i]])[0];
        this.dragObjects = working;
        this.dragBefore = before;
        this.drag = { kind: handle >= 0 ? 'handle' : 'move', handle, x, y, start: clone([before[i]])[0] };
      }
    }
    try {
      this.canvas.setPointerCapture(e.pointerId); // keeps the drag when the pointer leaves the canvas
    } catch {
      // a synthetic event has no active pointer to capture
    }
    this.invalidate();
  }

  move(e) {
    if (this.tool === 'polygon' && this.draft) {
      this.hover = this.toImage(e);
      this.invalidate();
    }
    const d = this.drag;
    if (!d) {
      return;
    }
    if (d.kind === 'pan') {
      this.view = { ...d.view, x: d.view.x + e.clientX - d.sx, y: d.view.y + e.clientY - d.sy };
    } else if (d.kind === 'draw') {
      const [x, y] = this.toImage(e);
      this.rubber = { ...this.rubber, x1: x, y1: y };
    } else {
      const [x, y] = this.toImage(e);
      const o = this.objects[this.selected];
      const s = d.start;
      const { w, h } = this.size();
      if (d.kind === 'move') {
        let dx = x - d.x;
        let dy = y - d.y;
        if (o.type === 'polygon') {
          const xs = s.points.map((p) => p[0]);
          const ys = s.points.map((p) => p[1]);
          dx = Math.max(-Math.min(...xs), Math.min(w - Math.max(...xs), dx));
          dy = Math.max(-Math.min(...ys), Math.min(h - Math.max(...ys), dy));
          o.points = s.points.map(([px, py]) => [px + dx, py + dy]);
        } else {
          o.x = Math.max(0, Math.min(w - s.width, s.x + dx));
          o.y = Math.max(0, Math.min(h - s.height, s.y + dy));
        }
      } else if (o.type === 'polygon') {
        o.points[d.handle] = [x, y];
      } else {
        const corners = this.handles(s);
        const opposite = corners[(d.handle + 2) % 4];
        o.x = Math.min(x, opposite[0]);
        o.y = Math.min(y, opposite[1]);
        o.width = Math.max(1, Math.abs(x - opposite[0]));
        o.height = Math.max(1, Math.abs(y - opposite[1]));
      }
    }
    this.invalidate();
  }

  up() {
    const d = this.drag;
    this.drag = null;
    if (!d) {
      return;
    }
    if (d.kind === 'draw') {
      const r = this.rubber;
      this.rubber = null;
      const width = Math.abs(r.x1 - r.x0);
      const height = Math.abs(r.y1 - r.y0);
      if (width * this.view.k > 3 && height * this.view.k > 3) {
        this.add({ type: 'box', x: Math.min(r.x0, r.x1), y: Math.min(r.y0, r.y1), width, height });
      }
      this.invalidate();
    } else if (d.kind === 'move' || d.kind === 'handle') {
      const after = this.objects;
      this.dragObjects = null;
      if (JSON.stringify(d.start) === JSON.stringify(after[this.selected])) {
        this.invalidate(); // a click that only selected
        return;
      }
      this.history.push(this.dragBefore);
      const { w, h } = this.size();
      this.emit({ width: w, height: h, objects: [...after] });
      this.requestUpdate();
    }
  }

  add(shape) {
    const o = { id: uuid().slice(0, 8), class: this.question.classes[this.klass], ...shape, attributes: {} };
    this.commit([...this.objects, o], this.objects.length);
  }

  closePolygon() {
    if (this.draft?.length >= 3) {
      this.add({ type: 'polygon', points: this.draft });
    }
    this.draft = null;
    this.hover = null;
    this.invalidate();
  }

  update1(i, patch) {
    const objects = [...this.objects];
    objects[i] = { ...objects[i], ...patch };
    this.commit(objects, i);
  }

  setAttr(i, name, value) {
    const attributes = { ...(this.objects[i].attributes || {}) };
    if (value === false || value === '' || value == null) {
      delete attributes[name];
    } else {
      attributes[name] = value;
    }
    this.update1(i, { attributes });
  }

  removeShape(i) {
    if (i < 0) {
      return;
    }
    this.commit(this.objects.filter((_, j) => j !== i), -1);
  }

  nudge(dx, dy, resize) {
    const o = this.objects[this.selected];
    if (!o) {
      return;
    }
    const { w, h } = this.size();
    if (o.type === 'polygon') {
      if (resize) {
        return;
      }
      const xs = o.points.map((p) => p[0]);
      const ys = o.points.map((p) => p[1]);
      dx = Math.max(-Math.min(...xs), Math.min(w - Math.max(...xs), dx));
      dy = Math.max(-Math.min(...ys), Math.min(h - Math.max(...ys), dy));
      this.update1(this.selected, { points: o.points.map(([x, y]) => [x + dx, y + dy]) });
    } else if (resize) {
      this.update1(this.selected, { width: Math.max(1, Math.min(w - o.x, o.width + dx)), height: Math.max(1, Math.min(h - o.y, o.height + dy)) });
    } else {
      this.update1(this.selected, { x: Math.max(0, Math.min(w - o.width, o.x + dx)), y: Math.max(0, Math.min(h - o.height, o.y + dy)) });
    }
  }

  key(e) {
    if (this.disabled || e.target !== this.canvas) {
      return;
    }
    const ctrl = e.ctrlKey || e.metaKey;
    const k = e.key;
    const handled = () => e.preventDefault();
    if (ctrl && (k === 'z' || k === 'Z')) {
      handled();
      e.shiftKey ? this.redo() : this.undo();
    } else if (ctrl && k === 'y') {
      handled();
      this.redo();
    } else if (ctrl) {
      return;
    } else if (k === 'v' || k === 'V') {
      this.setTool('select');
    } else if (k === 'b' || k === 'B') {
      this.setTool('box');
    } else if (k === 'p' || k === 'P') {
      this.setTool('polygon');
    } else if (k === 'n' || k === 'N') {
      const { w, h } = this.size();
      const cx = (this.cssW / 2 - this.view.x) / this.view.k;
      const cy = (this.cssH / 2 - this.view.y) / this.view.k;
      const bw = Math.round(w / 6);
      const bh = Math.round(h / 6);
      this.add({ type: 'box', x: Math.max(0, Math.min(w - bw, cx - bw / 2)), y: Math.max(0, Math.min(h - bh, cy - bh / 2)), width: bw, height: bh });
    } else if (/^[1-9]$/.test(k)) {
      const c = Number(k) - 1;
      if (c < this.question.classes.length) {
        this.klass = c;
        if (this.selected >= 0) {
          this.update1(this.selected, { class: this.question.classes[c] });
        }
      }
    } else if (k === '[' || k === ']') {
      const n = this.objects.length;
      if (n) {
        this.selected = ((this.selected < 0 ? (k === ']' ? -1 : 0) : this.selected) + (k === ']' ? 1 : -1) + n) % n;
      }
    } else if (k.startsWith('Arrow')) {
      const step = e.shiftKey ? 10 : 1;
      const [dx, dy] = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[k];
      this.nudge(dx, dy, e.altKey);
    } else if (k === 'Delete' || k === 'Backspace') {
      this.removeShape(this.selected);
    } else if (k === 'Escape') {
      this.draft ? (this.draft = null) : (this.selected = -1);
    } else if (k === 'Enter' && this.draft) {
      this.closePolygon();
    } else if (k === '+' || k === '=') {
      this.zoomBy(1.25);
    } else if (k === '-') {
      this.zoomBy(0.8);
    } else if (k === '0') {
      this.fit();
    } else {
      return;
    }
    handled();
    this.invalidate();
  }

  wheel(e) {
    e.preventDefault();
    const r = this.canvas.getBoundingClientRect();
    this.zoomBy(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
  }

  render() {
    const q = this.question;
    const objects = this.objects;
    const s = objects[this.selected];
    const tools = [['select', 'V', 'Select'], ['box', 'B', 'Box'], ['polygon', 'P', 'Polygon']]
      .filter(([t]) => t === 'select' || (q.shapes || ['box', 'polygon']).includes(t));
    const { w, h } = this.size();
    return html`
      <div class="question boxes" id="q-${q.name}">
        <div class="boxes-toolbar" role="toolbar" aria-label="Drawing tools">
          ${tools.map(([t, key, label]) => html`<button type="button" class="small ${this.tool === t ? 'chosen' : ''}" aria-pressed=${this.tool === t}
              data-tool=${t} @click=${() => { this.setTool(t); this.canvas.focus(); }}><kbd>${key}</kbd> ${label}</button>`)}
          <span class="sep"></span>
          ${q.classes.map((c, i) => html`<button type="button" class="small class-btn ${this.klass === i ? 'chosen' : ''}" aria-pressed=${this.klass === i}
              data-class=${c} style="--c:${colorOf(i)}" @click=${() => { this.klass = i; if (s) this.update1(this.selected, { class: c }); }}>
              ${i < 9 ? html`<kbd>${i + 1}</kbd>` : ''}<span class="swatch"></span>${c}</button>`)}
          <span class="sep"></span>
          <button type="button" class="small" aria-label="Zoom out" @click=${() => this.zoomBy(0.8)}>−</button>
          <span class="small muted zoom" aria-live="off">${Math.round(this.zoom * 100)}%</span>
          <button type="button" class="small" aria-label="Zoom in" @click=${() => this.zoomBy(1.25)}>+</button>
          <button type="button" class="small" title="Fit the image" @click=${() => this.fit()}><kbd>0</kbd> Fit</button>
          <button type="button" class="small" aria-label="Undo" title="Undo (Ctrl+Z)" ?disabled=${!this.history.past.length} @click=${() => this.undo()}>↶</button>
          <button type="button" class="small" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" ?disabled=${!this.history.future.length} @click=${() => this.redo()}>↷</button>
        </div>
        <div class="canvas-wrap">
          <canvas tabindex="0" role="application" aria-label="Image ${w}×${h} with ${objects.length} objects. Keys: V select, B box, P polygon, N new box, 1 to 9 class, brackets cycle objects, arrows move, Alt+arrows resize, Delete removes."
            aria-describedby="boxes-help-${q.name}" data-tool=${this.tool}
            @pointerdown=${(e) => this.down(e)} @pointermove=${(e) => this.move(e)} @pointerup=${() => this.up()} @pointercancel=${() => this.up()}
            @dblclick=${() => this.tool === 'polygon' && this.closePolygon()} @wheel=${(e) => this.wheel(e)} @keydown=${(e) => this.key(e)}></canvas>
        </div>
        <p class="muted small" id="boxes-help-${q.name}">${w}×${h} px · ${objects.length} object${objects.length === 1 ? '' : 's'} ·
          <kbd>B</kbd> drag to draw a box, <kbd>P</kbd> click points (<kbd>Enter</kbd> or click the first point closes), <kbd>V</kbd> drag to move, corners resize,
          <kbd>[</kbd><kbd>]</kbd> cycle, arrows move, <kbd>Alt</kbd>+arrows resize, <kbd>Del</kbd> delete, wheel zooms, drag empty space pans.</p>
        <div class="object-panel" aria-live="polite">
          ${s ? html`
            <div class="selected-object" data-selected=${this.selected}>
              <strong>Object ${this.selected + 1}</strong> <span class="muted small">${s.type === 'polygon' ? `polygon, ${s.points.length} points`
                : `box ${Math.round(s.x)}, ${Math.round(s.y)}, ${Math.round(s.width)}×${Math.round(s.height)}`}</span>
              <label class="inline">Class <select id="object-class" @change=${(e) => this.update1(this.selected, { class: e.target.value })}>
                ${q.classes.map((c) => html`<option ?selected=${c === s.class}>${c}</option>`)}</select></label>
              ${(q.attributes || []).map((a) => a.options ? html`
                <label class="inline">${a.title || a.name} <select data-attribute=${a.name} @change=${(e) => this.setAttr(this.selected, a.name, e.target.value)}>
                  <option value="">—</option>${a.options.map((o) => html`<option ?selected=${s.attributes?.[a.name] === o}>${o}</option>`)}</select></label>` : html`
                <label class="inline"><input type="checkbox" data-attribute=${a.name} .checked=${!!s.attributes?.[a.name]}
                  @change=${(e) => this.setAttr(this.selected, a.name, e.target.checked)}>${a.title || a.name}</label>`)}
              <button type="button" class="small danger" @click=${() => this.removeShape(this.selected)}>Delete</button>
            </div>` : html`<p class="muted small">No object selected. Click one, or press <kbd>]</kbd> on the image.</p>`}
        </div>
      </div>`;
  }
}

customElements.define('annota-boxes', BoxesControl);
