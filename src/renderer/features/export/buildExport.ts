/**
 * The export of the open document: its network with the weights of a chosen run (or the initial weights),
 * as one zip named after the project and the format. The generators are src/export's, the same the command
 * line uses; this only gathers the document, the run and the data the dataset needs.
 */
import type { DatasetResources } from '../../../engine/data';
import { buildExportSource, exportNetwork, type ExportFile, type ExportFormat } from '../../../export';
import { zipFiles } from '../../../export/zip';
import type { EditorDocument } from '../../document/document';
import type { Run } from '../../../project';

export interface BuiltExport {
  fileName: string;
  files: ExportFile[];
  zip: Uint8Array;
}

/** "Iris: three classes" → "iris-three-classes"; letters of every script are kept. */
export function exportFolderName(projectName: string, format: ExportFormat): string {
  const base = projectName
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'network'}-${format}`;
}

export function buildExport(
  doc: EditorDocument,
  run: Run | null,
  format: ExportFormat,
  version: string,
  resources: DatasetResources,
): BuiltExport {
  const source = buildExportSource(doc, run, resources);
  const files = exportNetwork(source, format, version);
  const folder = exportFolderName(doc.name, format);
  return { fileName: `${folder}.zip`, files, zip: zipFiles(folder, files) };
}
