/** Small line icons for each layer kind, drawn in the current text colour. Decorative: names come from labels. */
import type { NodeType } from '../../../engine';

const PATHS: Record<NodeType, string> = {
  // Three dots entering from the left.
  input: 'M3 6h2M3 12h2M3 18h2M9 12h10M15 8l4 4-4 4',
  // Two columns of units fully connected.
  dense: 'M5 6v0M5 12v0M5 18v0M19 8v0M19 16v0M5 6L19 8M5 6L19 16M5 12L19 8M5 12L19 16M5 18L19 8M5 18L19 16',
  // An S-shaped curve.
  activation: 'M3 18c6 0 5-12 9-12s3 0 9 0M3 18h4',
  // A grid of units with some crossed out.
  dropout: 'M6 6v0M12 6v0M18 6v0M6 12v0M18 12v0M6 18v0M12 18v0M10 10l4 4M14 10l-4 4M16 16l4 4M20 16l-4 4',
  add: 'M12 5v14M5 12h14',
  // Two bars joined into one.
  concat: 'M4 6h6M4 18h6M10 6c4 0 4 6 8 6M10 18c4 0 4-6 8-6M18 12h3',
  // An arrow into a target.
  output: 'M3 12h10M9 8l4 4-4 4M18 7a5 5 0 1 1 0 10',
};

export function LayerIcon({ type, size = 18 }: { type: NodeType; size?: number }) {
  return (
    <svg
      className="layer-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[type]} />
    </svg>
  );
}
