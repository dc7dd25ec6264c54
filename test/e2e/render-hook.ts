/** Counting what React renders in the built app, for the browser tests. */
/**
 * A devtools hook installed before React loads. A fiber that did work in a commit (PerformedWork, flag 1) is
 * counted unless the same fiber object was already in that root's previous commit: a subtree React skipped keeps
 * its old fibers and their old flags. Function, class, forward-ref and simple-memo fibers are components; a
 * memo wrapper (tag 14) is not counted apart from the component it wraps. `__renderedHosts` counts the same renders
 * by the first DOM node each component renders (its data-testid, else its class): the built app's component names
 * are minified.
 */
export const RENDER_HOOK = `(() => {
  const COMPONENT = new Set([0, 1, 11, 15]);
  const previous = new Map();
  window.__renders = 0;
  window.__rendered = {};
  window.__renderedHosts = {};
  const hostOf = (f) => {
    let c = f.child;
    while (c && typeof c.type !== 'string') c = c.child;
    const n = c && c.stateNode;
    return (n && n.dataset && n.dataset.testid) || (n && typeof n.className === 'string' && n.className) || '?';
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return this.renderers.size + 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onCommitFiberRoot(_id, root) {
      const prev = previous.get(root) || new WeakSet();
      const seen = new WeakSet();
      const stack = [root.current];
      while (stack.length) {
        const f = stack.pop();
        seen.add(f);
        if (COMPONENT.has(f.tag) && (f.flags & 1) && !prev.has(f)) {
          window.__renders++;
          const t = f.type && (f.type.displayName || f.type.name) || '?';
          window.__rendered[t] = (window.__rendered[t] || 0) + 1;
          const h = hostOf(f);
          window.__renderedHosts[h] = (window.__renderedHosts[h] || 0) + 1;
        }
        if (f.child) stack.push(f.child);
        if (f.sibling) stack.push(f.sibling);
      }
      previous.set(root, seen);
    },
  };
})()`;
