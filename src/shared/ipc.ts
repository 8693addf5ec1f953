/**
 * The one table of IPC channels between the Electron main process and the preload.
 *
 * Why it exists: every message that crosses the process boundary is declared here once, with a zod schema for
 * what goes in and what comes back. Main checks requests against it (src/main/ipc-guard.ts) and the preload
 * checks both directions (src/preload/api.ts), so a compromised or buggy renderer cannot reach a handler with a
 * shape the handler did not expect. The file is pure (zod only): it lives outside src/main and src/preload
 * because both import it, and the sandboxed preload bundle must be able to inline it.
 */
import { z } from 'zod';
import { MenuCommandList } from './menu-commands';

/** How many problems one failure carries (a broken file's first ten, and a count of the rest). */
export const MAX_PROBLEMS = 11;
/** Bounds of one problem: its sentence, a parameter's text (a path is up to 4096), its parameter count. */
export const MAX_PROBLEM_MESSAGE = 16 * 1024;
export const MAX_PROBLEM_PARAM = 8 * 1024;
export const MAX_PROBLEM_PARAMS = 40;

/**
 * A problem as data, for the window to word in its own language (src/shared/i18n problemText): a stable
 * code and its parameters (the file, the folder, line and column, a JSON path…), and the English sentence,
 * which the window shows when it does not know the code.
 */
export const Problem = z.object({
  code: z.string().min(1).max(100).optional(),
  params: z
    .record(z.string().max(100), z.union([z.string().max(MAX_PROBLEM_PARAM), z.number()]))
    .refine((params) => Object.keys(params).length <= MAX_PROBLEM_PARAMS, 'too many parameters')
    .optional(),
  message: z.string().max(MAX_PROBLEM_MESSAGE),
});
export type Problem = z.infer<typeof Problem>;

/**
 * A failure that the user should read: a sentence saying what went wrong, where, and what to do, and the
 * same as data (`problems`), because main does not know the window's language.
 */
const Failure = z.object({
  ok: z.literal(false),
  message: z.string(),
  problems: z.array(Problem).max(MAX_PROBLEMS).optional(),
});

/** Results travel as values, not exceptions: Electron rewrites thrown errors into "Error invoking remote method…". */
function result<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), Failure]);
}

/** Absolute paths only; main never resolves a path relative to its own working directory for the renderer. */
const FilePath = z.string().min(1).max(4096);
/**
 * Project text is bounded here too, so a huge message is refused before anything parses it. Must equal
 * MAX_PROJECT_BYTES in src/project/parse.ts (a test checks); not imported, to keep the preload bundle small.
 */
export const MAX_PROJECT_TEXT = 200 * 1024 * 1024;
const ProjectText = z.string().max(MAX_PROJECT_TEXT);
const DisplayName = z.string().min(1).max(260);

/** A project file the user opened: its name for the title bar, its path (the "handle" for Save), and its text. */
export const OpenedFile = z.object({ fileName: DisplayName, path: FilePath, text: ProjectText });
export type OpenedFile = z.infer<typeof OpenedFile>;

/** Where a save went; `null` from Save As means the user cancelled the dialog. */
export const SavedFile = z.object({ fileName: DisplayName, path: FilePath });
export type SavedFile = z.infer<typeof SavedFile>;

export const RecentFile = z.object({ path: FilePath, fileName: DisplayName, openedAt: z.string() });
export type RecentFile = z.infer<typeof RecentFile>;
/** The recent list plus a note for the user when files that no longer exist were dropped from it. */
export const RecentList = z.object({
  files: z.array(RecentFile),
  note: z.string().nullable(),
  /** The note as data (`recent-removed`), for the window to word in its language. */
  noteProblem: Problem.optional(),
});
export type RecentList = z.infer<typeof RecentList>;

export const BackupId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
export const BackupInfo = z.object({
  id: BackupId,
  name: DisplayName,
  /** The file the unsaved document belonged to, if it had been saved before. */
  path: FilePath.nullable(),
  savedAt: z.string(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;
export const RestoredBackup = BackupInfo.extend({ text: ProjectText });
export type RestoredBackup = z.infer<typeof RestoredBackup>;

const NativeLabel = z.string().min(1).max(100);
/**
 * The words of main's own native dialogs in the window's language, sent by the window (main knows no
 * language): the Save / Don't Save / Cancel prompt, whose message holds `{name}` where the document's name
 * goes, and the name of the open and save dialogs' project-file filter.
 */
export const NativeTexts = z.object({
  unsavedMessage: z.string().min(1).max(500).includes('{name}'),
  unsavedDetail: z.string().max(500),
  save: NativeLabel,
  dontSave: NativeLabel,
  cancel: NativeLabel,
  projectFiles: NativeLabel,
});
export type NativeTexts = z.infer<typeof NativeTexts>;

export const UnsavedChoice = z.enum(['save', 'discard', 'cancel']);
export type UnsavedChoice = z.infer<typeof UnsavedChoice>;

/** Channels the renderer invokes (ipcRenderer.invoke → ipcMain.handle). */
export const invokeChannels = {
  'file:open': { request: z.null(), response: result(OpenedFile.nullable()) },
  'file:openPath': { request: z.object({ path: FilePath }), response: result(OpenedFile) },
  'file:save': { request: z.object({ text: ProjectText, path: FilePath }), response: result(SavedFile) },
  'file:saveAs': {
    request: z.object({ text: ProjectText, suggestedName: DisplayName }),
    response: result(SavedFile.nullable()),
  },
  /** Files that main was asked to open (command line, OS) before the renderer subscribed. */
  'file:takePending': { request: z.null(), response: z.array(result(OpenedFile)) },
  'recent:list': { request: z.null(), response: RecentList },
  'recent:clear': { request: z.null(), response: z.null() },
  'backup:write': { request: z.object({ name: DisplayName, text: ProjectText }), response: z.null() },
  'backup:list': { request: z.null(), response: z.array(BackupInfo) },
  'backup:restore': { request: z.object({ id: BackupId }), response: result(RestoredBackup) },
  'backup:discard': { request: z.object({ id: BackupId }), response: z.null() },
  'window:setTitle': { request: z.object({ title: z.string().max(300) }), response: z.null() },
  'window:setDirty': { request: z.object({ dirty: z.boolean() }), response: z.null() },
  /** The window's wording of main's native prompts (sent at start and on each language change). */
  'window:setNativeTexts': { request: z.object({ texts: NativeTexts }), response: z.null() },
  /** Close this window (after a save the close prompt asked for); main re-checks the dirty flag. */
  'window:close': { request: z.null(), response: z.null() },
  'app:version': { request: z.null(), response: z.string() },
  'app:confirmUnsaved': { request: z.object({ name: DisplayName }), response: UnsavedChoice },
  'shell:openExternal': { request: z.object({ url: z.string().max(2048) }), response: z.boolean() },
  /** The renderer's command list (id, label, group, accelerator); main rebuilds the native menu from it. */
  'menu:setCommands': { request: z.object({ commands: MenuCommandList }), response: z.null() },
} as const;

/** Events main sends to the renderer (webContents.send → ipcRenderer.on). */
export const eventChannels = {
  'menu:command': z.object({ id: z.string().min(1).max(100) }),
  /** A file arrived from the OS or a second launch while the renderer was listening. */
  'file:openRequested': result(OpenedFile),
  /** The user chose "Save" in the close prompt: save, then call window:close. */
  'window:saveBeforeClose': z.null(),
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type InvokeRequest<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['response']>;
export type EventPayload<C extends EventChannel> = z.infer<(typeof eventChannels)[C]>;

export type Failure = { ok: false; message: string; problems?: Problem[] };
export type Result<T> = { ok: true; value: T } | Failure;

/**
 * A failure made of problems, fitted to the bounds above: its message is their English sentences, one a
 * line; a problem too large to cross keeps only its (shortened) sentence, and the window shows that.
 */
export function problemsFailure(problems: readonly Problem[]): Failure {
  const message = problems.map((p) => p.message).join('\n');
  const fitted = problems.slice(0, MAX_PROBLEMS).map((p): Problem => {
    // Only the three fields cross (a project error also has its kind, line, offset…).
    const own: Problem = {
      ...(p.code === undefined ? {} : { code: p.code }),
      ...(p.params === undefined ? {} : { params: p.params }),
      message: p.message,
    };
    return Problem.safeParse(own).success ? own : { message: p.message.slice(0, MAX_PROBLEM_MESSAGE) };
  });
  return { ok: false, message, problems: fitted };
}

export function isInvokeChannel(name: string): name is InvokeChannel {
  return Object.prototype.hasOwnProperty.call(invokeChannels, name);
}

export function isEventChannel(name: string): name is EventChannel {
  return Object.prototype.hasOwnProperty.call(eventChannels, name);
}

/** Turns a zod error into one readable line for a log or an error message. */
export function describeSchemaError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
    .join('; ');
}
