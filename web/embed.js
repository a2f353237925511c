// Steunwijzer for host pages (werk.nl and others): one module script, one element.
//
//   <script type="module" src="https://…/steunwijzer-embed.js"></script>
//   <steunwijzer-check data-lang="nl" data-date="2026-01-01"></steunwijzer-check>
//
// The check renders inside the element's shadow root with its own stylesheet: the host page's CSS
// does not reach it, and it does not style the host. It leaves no globals but the element's name and
// `window.Steunwijzer` ({ mount, evaluate, version }). Nothing the user types leaves the browser.
// scripts/postbuild.mjs fills in the build's file names.
import init, { mount as mountApp, evaluate as evaluateJson } from './__GLUE__';

const stylesheet = new URL('./__CSS__', import.meta.url).href;
// --sw-rem (the widget's rem, see :host in main.css) as a <length>, so `1em` on the host element
// becomes pixels there and is inherited as such. A page that registered it already keeps its own.
try {
  CSS.registerProperty({ name: '--sw-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
} catch {
  // Registered before (a second copy of this script), or a browser without it: then 1em is resolved
  // per element, which only compounds in nested text of a different size.
}
let started;
/** Loads the wasm once, on first use. */
const ready = () => (started ??= init({ module_or_path: new URL('./__WASM__', import.meta.url) }));

/**
 * Renders the check into `element` (inside a shadow root). Options: `lang` ("nl" or "en"),
 * `date` (peildatum, YYYY-MM-DD; default today). Resolves when it is on screen.
 */
async function mount(element, { lang, date } = {}) {
  if (!(element instanceof Element)) throw new TypeError('Steunwijzer.mount: element must be an Element');
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  if (root.querySelector('.sw-root')) return; // already there
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  const host = document.createElement('div');
  host.className = 'sw-root';
  // Shown only until the stylesheet has loaded (see :host in main.css): no unstyled flash.
  host.hidden = true;
  link.addEventListener('load', () => { host.hidden = false; }, { once: true });
  link.addEventListener('error', () => { host.hidden = false; }, { once: true });
  root.append(link, host);
  await ready();
  mountApp(host, lang ?? null, date ?? null);
}

/**
 * Evaluates scenario JSON (a string, or an object that is turned into JSON) as the contract says;
 * resolves to the result as a JSON string. Anything that is not JSON (undefined, a function, a
 * cyclic object, a BigInt, text over 1 MiB) resolves to `{"errors": [...]}` with one clear message.
 */
async function evaluate(scenario) {
  await ready();
  if (typeof scenario === 'string') return evaluateJson(scenario);
  let text;
  try {
    text = JSON.stringify(scenario);
  } catch {
    // Cyclic or holding a BigInt: the wasm names what it got.
  }
  return evaluateJson(text ?? scenario);
}

class SteunwijzerCheck extends HTMLElement {
  connectedCallback() {
    mount(this, { lang: this.dataset.lang, date: this.dataset.date }).catch((e) => {
      // The host page keeps working; the reason is in the console.
      console.warn('steunwijzer-check:', e);
    });
  }
}

if (!customElements.get('steunwijzer-check')) customElements.define('steunwijzer-check', SteunwijzerCheck);
if (!('Steunwijzer' in window)) {
  Object.defineProperty(window, 'Steunwijzer', {
    value: Object.freeze({ mount, evaluate, version: '__VERSION__' }),
    enumerable: true,
  });
}
