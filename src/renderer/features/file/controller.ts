/**
 * The file actions: New, New from template, Open, Open Recent, Save, Save As, Revert, Close, restoring crash
 * backups, and files dropped on the window or handed over by the OS.
 *
 * Why it exists: every way of replacing or writing the document must follow the same rules, so they live in
 * one place that tests drive with fake stores and a fake platform:
 *   - a file that fails to open changes nothing (it is parsed before anything is touched, and the
 *     unsaved-changes question comes only after it parsed);
 *   - unsaved work is never replaced without Save / Don't Save / Cancel, and Cancel leaves everything as it was;
 *   - a save that fails or is cancelled leaves the document unsaved; one that succeeds records exactly what
 *     was written, even if the user edits while the platform is still writing.
 */
import i18next from 'i18next';
import { problemText, projectErrorsText, upgradeText, type WordableProblem } from '../../../shared/i18n';
import type { StoreApi } from 'zustand/vanilla';
import {
  checkProjectSize,
  parseProject,
  serializeProject,
  type ParseProjectResult,
  type Project,
} from '../../../project';
import type { Platform, ProjectFile, UnsavedChoice } from '../../platform/types';
import { failureLines, problemLines } from '../../platform/failureText';
import type { RunsState } from '../../document/runsStore';
import type { EditorDocument } from '../../document/document';
import type { EditorState } from '../../document/editorStore';
import { rememberStoredComparison, type ComparisonCodec, type ComparisonEntry } from './comparisonRecords';
import {
  createFileStore,
  hasUnsavedWork,
  initialFileState,
  suggestedFileName,
  windowTitle,
  type FileState,
} from './fileState';
import { documentToProject, projectToDocument, type DocumentParts } from './projectDocument';

/** How file actions talk to the person: questions, errors and short notes. */
export interface FileUi {
  askUnsaved(name: string): Promise<UnsavedChoice>;
  /** An error dialog (role=alertdialog) with a title and one sentence per problem. */
  showError(title: string, messages: string[]): void;
  notify(message: string): void;
}

/** The saved comparisons, which the compare feature owns; the file side keeps and converts them. */
export interface ComparisonsPort extends ComparisonCodec {
  get(): readonly ComparisonEntry[];
  load(records: ComparisonEntry[]): void;
  subscribe(listener: () => void): () => void;
}

export interface FileControllerDeps {
  platform: Platform;
  editor: StoreApi<EditorState>;
  runs: StoreApi<RunsState>;
  comparisons: ComparisonsPort;
  ui: FileUi;
  /** The document File → New starts. */
  newDocument: () => EditorDocument;
  /** Templates by id for New from template. */
  template: (id: string) => EditorDocument | null;
  /** Tests pass their own (to try migrations); the app uses parseProject. */
  parse?: (text: string, fileName: string) => ParseProjectResult;
  /** Runs before another document replaces this one: stop training, clear the live charts. */
  beforeReplace?: () => void;
  /** Runs after a project was loaded: show its last run's curves. */
  afterLoad?: (parts: DocumentParts) => void;
}

interface LoadedFile {
  fileName: string | null;
  handle?: string;
  unsavedReason: FileState['unsavedReason'];
}

export type FileController = ReturnType<typeof createFileController>;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** What a platform failure says, one line per problem (a broken file's problems, a full disk…). */
const messagesOf = (error: unknown): string[] => failureLines(i18next.t, error);
const baseName = (path: string): string => path.split(/[\\/]/).pop() || path;

export function createFileController(deps: FileControllerDeps) {
  const { platform, editor, runs, comparisons, ui } = deps;
  const parse = deps.parse ?? parseProject;
  const file = createFileStore(initialFileState(runs.getState().runs, comparisons.get()));
  /** True while a load swaps several stores, so observers see one change instead of half-loaded states. */
  let replacing = false;
  const replaceListeners = new Set<() => void>();

  function isDirty(): boolean {
    return hasUnsavedWork(file.getState(), {
      editorDirty: editor.getState().isDirty(),
      runs: runs.getState().runs,
      comparisons: comparisons.get(),
    });
  }

  function title(): string {
    return windowTitle(editor.getState().doc.name, file.getState().fileName, isDirty());
  }

  /** The project as it would be saved now. */
  function currentProject(): Project {
    const state = file.getState();
    return documentToProject(
      {
        document: editor.getState().doc,
        runs: runs.getState().runs,
        comparisons: comparisons.get(),
        hiddenComparisons: state.hiddenComparisons,
      },
      state.base,
      comparisons,
    );
  }

  /** Asks before unsaved work is replaced; true when it may go ahead (saved, or the user chose Don't Save). */
  async function mayReplace(): Promise<boolean> {
    if (!isDirty()) return true;
    const choice = await ui.askUnsaved(editor.getState().doc.name);
    if (choice === 'cancel') return false;
    if (choice === 'discard') return true;
    return save(false);
  }

  function install(parts: DocumentParts, base: Project | null, loaded: LoadedFile): void {
    replacing = true;
    try {
      deps.beforeReplace?.();
      runs.getState().loadRuns(parts.runs);
      comparisons.load(parts.comparisons);
      editor.getState().loadDocument(parts.document);
      file.setState(
        {
          fileName: loaded.fileName,
          ...(loaded.handle !== undefined ? { handle: loaded.handle } : {}),
          base,
          hiddenComparisons: parts.hiddenComparisons,
          savedRuns: runs.getState().runs,
          savedComparisons: comparisons.get(),
          unsavedReason: loaded.unsavedReason,
        },
        true,
      );
    } finally {
      replacing = false;
    }
    deps.afterLoad?.(parts);
    replaceListeners.forEach((l) => l());
  }

  function installDocument(document: EditorDocument): void {
    install({ document, runs: [], comparisons: [], hiddenComparisons: [] }, null, {
      fileName: null,
      unsavedReason: null,
    });
  }

  function reportOpenFailure(fileName: string, messages: string[]): void {
    ui.showError(i18next.t('fileErrors.openName', { name: fileName }), messages);
  }

  /** Parses `picked` and, if it is a project and unsaved work may be replaced, makes it the document. */
  async function openFile(picked: ProjectFile): Promise<boolean> {
    const parsed = parse(picked.text, picked.fileName);
    if (!parsed.ok) {
      reportOpenFailure(picked.fileName, projectErrorsText(i18next.t, parsed.errors).split('\n'));
      return false;
    }
    if (!(await mayReplace())) return false;
    const from = parsed.migratedFrom;
    install(projectToDocument(parsed.project, comparisons), parsed.project, {
      fileName: picked.fileName,
      ...(picked.handle !== undefined ? { handle: picked.handle } : {}),
      unsavedReason: from === undefined ? null : { kind: 'upgraded', fromVersion: from },
    });
    ui.notify(
      from === undefined
        ? i18next.t('fileNotices.opened', { name: picked.fileName })
        : upgradeText(i18next.t, picked.fileName, from, parsed.project.version, parsed.upgradeNotes),
    );
    return true;
  }

  async function save(as: boolean): Promise<boolean> {
    const doc = editor.getState().doc;
    const runList = runs.getState().runs;
    const comparisonList = comparisons.get();
    const state = file.getState();
    const project = documentToProject(
      { document: doc, runs: runList, comparisons: comparisonList, hiddenComparisons: state.hiddenComparisons },
      state.base,
      comparisons,
    );
    let text: string;
    try {
      text = serializeProject(project);
    } catch (error) {
      ui.showError(i18next.t('fileErrors.save'), [messageOf(error), i18next.t('fileErrors.nothingWritten')]);
      return false;
    }
    const name = suggestedFileName(doc.name, state.fileName);
    let saved;
    try {
      saved = as ? await platform.saveProjectAs(text, name) : await platform.saveProject(text, name, state.handle);
    } catch (error) {
      ui.showError(i18next.t('fileErrors.saveName', { name }), messagesOf(error));
      return false;
    }
    if (!saved) return false;
    // Later saves write these stored forms again instead of converting unchanged comparisons anew.
    comparisonList.forEach(
      (record, i) => project.comparisons && rememberStoredComparison(record, project.comparisons[i]),
    );
    // Record what was written, not what the document is now: an edit made during the write stays unsaved.
    editor.getState().markSaved(doc);
    file.setState(
      {
        fileName: saved.fileName,
        ...(saved.handle !== undefined ? { handle: saved.handle } : {}),
        base: project,
        hiddenComparisons: state.hiddenComparisons,
        savedRuns: runList,
        savedComparisons: comparisonList,
        unsavedReason: null,
      },
      true,
    );
    ui.notify(i18next.t('fileNotices.saved', { name: saved.fileName }));
    return true;
  }

  return {
    file,
    isDirty,
    title,
    currentProject,
    /** Whether a load is swapping stores right now (observers wait for the end). */
    isReplacing: () => replacing,
    onReplaced(listener: () => void): () => void {
      replaceListeners.add(listener);
      return () => replaceListeners.delete(listener);
    },

    async newDocument(): Promise<boolean> {
      if (!(await mayReplace())) return false;
      installDocument(deps.newDocument());
      ui.notify(i18next.t('fileErrors.started'));
      return true;
    },

    async newFromTemplate(id: string): Promise<boolean> {
      const document = deps.template(id);
      if (!document) return false;
      if (!(await mayReplace())) return false;
      installDocument(document);
      ui.notify(i18next.t('fileNotices.fromTemplate', { template: document.name }));
      return true;
    },

    async open(): Promise<boolean> {
      let picked: ProjectFile | null;
      try {
        picked = await platform.openProject();
      } catch (error) {
        ui.showError(i18next.t('fileErrors.open'), messagesOf(error));
        return false;
      }
      return picked ? openFile(picked) : false;
    },

    async openRecent(id: string): Promise<boolean> {
      let picked: ProjectFile;
      try {
        picked = await platform.openRecent(id);
      } catch (error) {
        ui.showError(i18next.t('fileErrors.openRecent'), messagesOf(error));
        return false;
      }
      return openFile(picked);
    },

    openFile,

    /** A file dropped on the window: only project files, and only after the size check. */
    async openDropped(dropped: { name: string; size: number; text(): Promise<string> }): Promise<boolean> {
      if (!/\.(nnproj|json)$/i.test(dropped.name)) {
        reportOpenFailure(dropped.name, [i18next.t('fileErrors.notProjectFile', { name: dropped.name })]);
        return false;
      }
      const tooLarge = checkProjectSize(dropped.size, dropped.name);
      if (tooLarge) {
        reportOpenFailure(dropped.name, [problemText(i18next.t, tooLarge)]);
        return false;
      }
      let text: string;
      try {
        text = await dropped.text();
      } catch (error) {
        reportOpenFailure(dropped.name, [
          i18next.t('fileErrors.unreadable', { name: dropped.name, reason: messageOf(error) }),
        ]);
        return false;
      }
      return openFile({ fileName: dropped.name, text });
    },

    /** A file the OS or the command line failed to hand over; the message (and its problems) say why. */
    reportExternalFailure(message: string, problems?: readonly WordableProblem[]): void {
      ui.showError(i18next.t('fileErrors.open'), problemLines(i18next.t, message, problems));
    },

    save: () => save(false),
    saveAs: () => save(true),

    /** Revert goes back to the file as last opened or saved; restored crash work has no such file. */
    canRevert(): boolean {
      const state = file.getState();
      return state.base !== null && state.fileName !== null && state.unsavedReason?.kind !== 'restored' && isDirty();
    },

    async revert(): Promise<boolean> {
      const state = file.getState();
      if (!state.base || state.fileName === null) return false;
      if (!(await mayReplace())) return false;
      // Saving in the prompt already made the file match the document.
      if (file.getState().base !== state.base) return true;
      const upgraded = state.unsavedReason?.kind === 'upgraded' ? state.unsavedReason : null;
      install(projectToDocument(state.base, comparisons), state.base, {
        fileName: state.fileName,
        ...(state.handle !== undefined ? { handle: state.handle } : {}),
        unsavedReason: upgraded,
      });
      ui.notify(i18next.t('fileNotices.reverted', { name: state.fileName }));
      return true;
    },

    /**
     * Close: the desktop app closes the window (main asks about unsaved work, because a hung page must still
     * close); a browser tab cannot close itself, so the document is replaced by a new one after asking.
     */
    async close(): Promise<boolean> {
      if (platform.kind === 'electron') {
        await platform.closeWindow();
        return true;
      }
      if (!(await mayReplace())) return false;
      installDocument(deps.newDocument());
      ui.notify(i18next.t('fileErrors.closed'));
      return true;
    },

    /** The close prompt's Save: save, and close only if that worked. */
    async saveBeforeClose(): Promise<void> {
      if (await save(false)) await platform.closeWindow();
    },

    async restoreBackup(id: string): Promise<boolean> {
      if (!(await mayReplace())) return false;
      let work;
      try {
        work = await platform.backups.restore(id);
      } catch (error) {
        ui.showError(i18next.t('fileErrors.restore'), messagesOf(error));
        return false;
      }
      const parsed = parse(work.text, work.name);
      if (!parsed.ok) {
        ui.showError(
          i18next.t('fileErrors.restoreName', { name: work.name }),
          projectErrorsText(i18next.t, parsed.errors).split('\n'),
        );
        return false;
      }
      const fileName = work.path ? baseName(work.path) : /\.nnproj$/i.test(work.name) ? work.name : null;
      install(projectToDocument(parsed.project, comparisons), parsed.project, {
        fileName,
        ...(work.path ? { handle: work.path } : {}),
        unsavedReason: { kind: 'restored' },
      });
      ui.notify(i18next.t('fileNotices.restored', { name: work.name }));
      return true;
    },

    async discardBackup(id: string): Promise<void> {
      try {
        await platform.backups.discard(id);
      } catch (error) {
        ui.showError(i18next.t('fileErrors.discard'), messagesOf(error));
      }
    },
  };
}
