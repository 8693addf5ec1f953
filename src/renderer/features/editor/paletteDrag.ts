/** The drag-and-drop payload from the palette to the canvas: a layer kind under our own MIME type. */
import { NODE_TYPES, type NodeType } from '../../../engine';

export const PALETTE_MIME = 'application/x-layerwise-node';

export function readPaletteType(data: DataTransfer): NodeType | null {
  const value = data.getData(PALETTE_MIME);
  return (NODE_TYPES as readonly string[]).includes(value) ? (value as NodeType) : null;
}

/** Half the usual node size, so a dropped node lands centred under the pointer. */
export const DROP_OFFSET = { x: 90, y: 35 };
