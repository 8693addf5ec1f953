/**
 * What the exporters hand back: files as paths and contents, never written here. The command line writes
 * them to a folder; the app offers them as downloads. Keeping the generators free of I/O keeps them pure
 * (no DOM, React, Electron or Node built-ins), so the same code runs in the CLI, the renderer and tests.
 */

/** One file of an export: a path relative to the export folder and its contents, as text or bytes. */
export type ExportFile = { path: string; text: string } | { path: string; bytes: Uint8Array };

export const EXPORT_FORMATS = ['pytorch', 'onnx', 'tfjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A network a format cannot express: names the layer so the user can change it. */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly nodeId?: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** The bytes of a file, whichever form it holds (text as UTF-8). */
export function fileBytes(file: ExportFile): Uint8Array {
  return 'bytes' in file ? file.bytes : new TextEncoder().encode(file.text);
}
