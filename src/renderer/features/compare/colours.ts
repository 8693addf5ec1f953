/** One colour per variant, distinct from the class colours the boundaries use for points. */
const VARIANT_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf'];

export function variantColour(index: number): string {
  return VARIANT_COLOURS[index % VARIANT_COLOURS.length];
}
