import type { ReactNode } from 'react';
import { type Rgba, rgbaCss } from './colors.ts';

interface LegendSectionProps {
  /** The layer the section explains: its `data-legend-section`, and its title's id. */
  section: string;
  title: ReactNode;
  /** Classes besides `legend-section`, for the section's own layout. */
  className?: string;
  testId?: string;
  /** Further `data-*` attributes the tests read (e.g. which side of the before/after switch is on). */
  data?: Record<`data-${string}`, string | boolean | number>;
  children: ReactNode;
}

/**
 * One layer's section of the map's legend panel: a titled section named after its layer. Every
 * layer's legend has this shape, so the panel, the keyboard and the tests find each one the same
 * way, and the title labels the section for a screen reader.
 */
export function LegendSection({ section, title, className, testId, data, children }: LegendSectionProps) {
  const titleId = `${section}-legend-title`;
  return (
    <section
      className={className ? `legend-section ${className}` : 'legend-section'}
      data-legend-section={section}
      aria-labelledby={titleId}
      data-testid={testId}
      {...data}
    >
      <h3 id={titleId}>{title}</h3>
      {children}
    </section>
  );
}

/** A legend's colour sample; `className` gives its shape (a square, a band, an outline). */
export function Swatch({ colour, className, outline }: { colour: Rgba; className: string; outline?: boolean }) {
  const style = outline
    ? { background: 'transparent', border: `2px solid ${rgbaCss(colour)}` }
    : { background: rgbaCss(colour) };
  return <span className={className} style={style} aria-hidden="true" />;
}
