// The base of the UI's elements (pages, controls, the shell): light DOM, so the one stylesheet, /app/annota.css,
// styles every element and the tests find every node from the document.
import { LitElement } from 'lit';

export class LightElement extends LitElement {
  createRenderRoot() {
    return this;
  }
}
