import type { Page } from 'playwright-core';

/**
 * Which programme rows React re-rendered, seen through the same global hook React DevTools uses
 * (React calls `onCommitFiberRoot` on every commit, in production builds too). A row is the
 * component that renders an `<li data-crebo>` inside the location panel. It re-rendered in a
 * commit when its fiber did work (the PerformedWork flag) and is not the very fiber object the
 * previous commit held: a subtree React skipped keeps its old fibers, flags and all, while one it
 * visited gets the alternate fiber with its flags reset.
 */
const INSTALL_HOOK = `(() => {
  const PERFORMED_WORK = 1;
  const HOST_COMPONENT = 5;
  const COMPONENT_TAGS = new Set([0, 11, 14, 15]);
  const renders = new Map();
  let previous = new Map();
  window.__regiekaartRowRenders = renders;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    // React registers its renderer and keeps the id; nothing here needs the renderer itself.
    inject() {
      return 1;
    },
    checkDCE() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const seen = new Map();
      const stack = [root.current];
      while (stack.length > 0) {
        const fiber = stack.pop();
        if (fiber.child) stack.push(fiber.child);
        if (fiber.sibling) stack.push(fiber.sibling);
        const node = fiber.stateNode;
        if (fiber.tag !== HOST_COMPONENT || node?.tagName !== 'LI' || !node.dataset.crebo) continue;
        if (!node.closest('[data-testid="location-panel"]')) continue;
        const row = fiber.return;
        if (!row || !COMPONENT_TAGS.has(row.tag)) continue;
        const crebo = node.dataset.crebo;
        seen.set(crebo, row);
        if ((row.flags & PERFORMED_WORK) !== 0 && previous.get(crebo) !== row) {
          renders.set(crebo, (renders.get(crebo) ?? 0) + 1);
        }
      }
      previous = seen;
    },
  };
})()`;

/** Installs the counting hook; call before the page loads the app. */
export async function countRowRenders(page: Page): Promise<void> {
  await page.addInitScript(INSTALL_HOOK);
}

/** Forgets the renders counted so far. */
export function resetRowRenders(page: Page): Promise<void> {
  return page.evaluate('window.__regiekaartRowRenders.clear()') as Promise<void>;
}

/** Renders per crebo since the last reset, of the rows in the location panel. */
export function rowRenders(page: Page): Promise<Record<string, number>> {
  return page.evaluate('Object.fromEntries(window.__regiekaartRowRenders)') as Promise<Record<string, number>>;
}
