/**
 * What the editor adds to the engine's node kinds (engine/nodeKinds.ts holds their names, fan-in and
 * parameters with ranges and defaults): the palette's order. Each kind's explanation is in the catalogue
 * (src/shared/i18n, `palette.description.*`).
 */
import type { NodeType } from '../../engine';

export const PALETTE_ORDER: readonly NodeType[] = [
  'input',
  'dense',
  'activation',
  'dropout',
  'add',
  'concat',
  'output',
];
