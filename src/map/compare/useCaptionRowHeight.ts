import { type RefObject, useEffect } from 'react';

/**
 * The app's top-left map corner (reset button, legend) lies over the left map, below the compare
 * layout's caption row. The captions wrap to the screen and the language, so the row's height is
 * known only after layout: this measures it and hands it to that corner's CSS as
 * `--compare-caption-height` on the map area around `root` (see compare.css).
 */
export function useCaptionRowHeight(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const area = root.current?.parentElement;
    // Both captions share one grid row, so either one has the row's height.
    const caption = root.current?.querySelector('.compare-caption');
    if (!area || !caption) return;
    const observer = new ResizeObserver(() => {
      area.style.setProperty('--compare-caption-height', `${caption.getBoundingClientRect().height}px`);
    });
    observer.observe(caption);
    return () => {
      observer.disconnect();
      area.style.removeProperty('--compare-caption-height');
    };
  }, [root]);
}
