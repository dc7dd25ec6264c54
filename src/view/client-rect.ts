/**
 * An element's place on the page (getBoundingClientRect), remembered until it may have moved: its size changed,
 * the window was resized or something scrolled. Reading it fresh after each edit forces the browser to lay the page
 * out at once, before the frame; during a drag that was several forced layouts per pointer move (each plan field
 * placed over the view read it, then moved itself, so the next read laid the page out again).
 */
const known = new WeakMap<Element, { rect: DOMRect; generation: number }>();
const watched = new WeakSet<Element>();
let sizes: ResizeObserver | undefined;
/** Bumped when the window resizes or scrolls: every remembered place is then read again. */
let generation = 0;
let listening = false;

function watch(el: Element): void {
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    const forget = () => void generation++;
    window.addEventListener('resize', forget);
    window.addEventListener('scroll', forget, true);
  }
  if (watched.has(el) || typeof ResizeObserver !== 'function') return;
  sizes ??= new ResizeObserver((entries) => {
    for (const e of entries) known.delete(e.target);
  });
  sizes.observe(el);
  watched.add(el);
}

export function clientRect(el: Element): DOMRect {
  watch(el);
  const k = known.get(el);
  if (k && k.generation === generation) return k.rect;
  const rect = el.getBoundingClientRect();
  known.set(el, { rect, generation });
  return rect;
}
