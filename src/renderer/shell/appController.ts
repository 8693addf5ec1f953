/**
 * The app's one file controller, bound to the real stores, the platform and the training views.
 *
 * Why it exists: the controller itself takes everything as arguments so tests can give it fakes; this file
 * is the single place that says which real things those are.
 */
import { DEFAULT_PROJECT_NAME, metricsFromHistoryEntry } from '../../project';
import { comparisonsPort } from '../features/compare/compareStore';
import { getPlatform } from '../platform';
import type { Platform } from '../platform/types';
import { runsStore } from '../document/runsStore';
import { editorStore } from '../document/editorStore';
import { setLesson } from '../document/lessonStore';
import { showStatus } from '../document/status';
import { DEFAULT_TEMPLATE_ID, TEMPLATES, templateDocument } from '../document/templates';
import { resetWeights, sessionStore } from '../features/training/session';
import { createFileController, type FileController } from '../features/file/controller';
import { askUnsavedInPage, showFileError } from '../features/file/fileDialogs';
import type { DocumentParts } from '../features/file/projectDocument';

/** Shows the newest run of an opened project in the training charts, as they looked when it was saved. */
function showLastRun(parts: DocumentParts): void {
  const last = parts.runs[parts.runs.length - 1];
  if (!last) return;
  sessionStore.setState({
    status: 'done',
    history: last.history.map(metricsFromHistoryEntry),
    end: last.end,
    message: last.message || null,
  });
}

// The window's one file controller, made on first use by the shell (which owns the app's wiring); a singleton
// because there is one document per window.
let controller: FileController | null = null;

export function createAppFileController(platform: Platform): FileController {
  return createFileController({
    platform,
    editor: editorStore,
    runs: runsStore,
    comparisons: comparisonsPort,
    ui: {
      // The desktop app asks with a native dialog; a page has no three-button one, so it gets ours.
      askUnsaved: platform.kind === 'electron' ? (name) => platform.confirmUnsaved(name) : askUnsavedInPage,
      showError: showFileError,
      notify: (message) => showStatus(message),
    },
    newDocument: () => ({ ...templateDocument(DEFAULT_TEMPLATE_ID), name: DEFAULT_PROJECT_NAME, description: '' }),
    template: (id) => TEMPLATES.find((t) => t.id === id)?.build() ?? null,
    // A run still training belongs to the document being replaced; its charts must not linger either.
    beforeReplace: resetWeights,
    afterLoad: (parts) => {
      showLastRun(parts);
      setLesson(parts.lesson ?? null);
    },
  });
}

export function getFileController(): FileController {
  controller ??= createAppFileController(getPlatform());
  return controller;
}
