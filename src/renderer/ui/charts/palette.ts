/** Colours shared by every chart, so a class and a curve look the same everywhere. */
export const CLASS_COLOURS = [
  '#e4572e',
  '#2e86ab',
  '#4f9d2d',
  '#f3a712',
  '#8e5ea2',
  '#3d5a80',
  '#c0392b',
  '#16a085',
  '#7f8c8d',
  '#d35400',
];
/**
 * The font of text drawn inside charts (SVG text, and PNG exports, which do not see page styles): the page's
 * stack, so Japanese labels get a Japanese face (Noto Sans CJK JP on Linux, Hiragino on macOS, Yu Gothic or
 * Meiryo on Windows) instead of boxes or a Chinese fallback.
 */
export const CHART_FONT =
  "system-ui, 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif";
export const TRAIN_COLOUR = '#2e86ab';
export const VALIDATION_COLOUR = '#e4572e';
export const GAP_COLOUR = '#f3a712';
export const BEST_COLOUR = '#6c3483';

export function classColour(index: number): string {
  return CLASS_COLOURS[index % CLASS_COLOURS.length];
}

/** '#rrggbb' → [r, g, b] */
export function rgbOf(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
