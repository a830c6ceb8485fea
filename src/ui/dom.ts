// Tiny DOM helpers: build elements declaratively and re-render a region without losing the
// keyboard focus (elements that should keep focus across renders carry a data-key).

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  /** Stable identity for focus restoration across re-renders. */
  key?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<{ [E in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[E]) => void }>;
  style?: Partial<Record<string, string>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.class) el.className = props.class;
    if (props.text !== undefined) el.textContent = props.text;
    if (props.key) el.dataset.key = props.key;
    for (const [name, value] of Object.entries(props.attrs ?? {})) {
      if (value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const [name, handler] of Object.entries(props.on ?? {})) el.addEventListener(name, handler as EventListener);
    for (const [name, value] of Object.entries(props.style ?? {})) if (value !== undefined) el.style.setProperty(name, value);
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the children of `root`, putting the focus back on the element with the same data-key. */
export function render(root: Element, ...children: Child[]): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active && root.contains(active) ? active.dataset.key : undefined;
  const scrollers = [...root.querySelectorAll<HTMLElement>('[data-scroll]')].map((e) => [e.dataset.scroll!, e.scrollTop] as const);
  root.replaceChildren();
  append(root, children);
  for (const [name, top] of scrollers) {
    const el = root.querySelector<HTMLElement>(`[data-scroll="${name}"]`);
    if (el) el.scrollTop = top;
  }
  if (!key) return;
  const again = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  // When the focused control is gone (an action that is no longer offered), keep the focus
  // in the region rather than dropping it to the page.
  if (again) again.focus({ preventScroll: true });
  else if (root instanceof HTMLElement && root.hasAttribute('tabindex')) root.focus({ preventScroll: true });
}

/** An SVG element with attributes and optional text (the charts' counterpart of h). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function button(label: Child, onClick: () => void, props: Props = {}): HTMLButtonElement {
  return h('button', { ...props, attrs: { type: 'button', ...props.attrs }, on: { click: onClick, ...props.on } }, label);
}

/** Offers text as a file download. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Marks milestones on <html> for tests and the benchmark (data-ready, data-map-drawn, …). */
export function mark(name: string, value: string): void {
  document.documentElement.dataset[name] = value;
  performance.mark(`north-asia:${name}:${value}`);
}
