/**
 * The narrow API the renderer gets as `window.layerwise`: one function per thing it may ask of main.
 *
 * Why it exists: the page never sees ipcRenderer, so it cannot pick a channel or send an arbitrary payload.
 * Each function checks its request against the shared channel table before sending and checks main's answer
 * (and every event main sends) before passing it on, so the page and main each distrust the other. The
 * implementation takes ipcRenderer as a small interface so it is unit-tested in Node; index.ts binds it and
 * exposes it through contextBridge. The renderer's type comes from here (`LayerwiseApi`), not a copy.
 */
import {
  eventChannels,
  invokeChannels,
  describeSchemaError,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResponse,
  type NativeTexts,
  type OpenedFile,
  type Result,
} from '../shared/ipc';
import type { MenuCommandDescriptor } from '../shared/menu-commands';
import { readLocaleSwitch } from '../shared/locale-arg';

export interface IpcRendererLike {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/** `argv`: the renderer process's, which carries the OS's languages from main (shared/locale-arg.ts). */
export function createApi(ipc: IpcRendererLike, platform: string, argv: readonly string[] = []) {
  const preferredLanguages = readLocaleSwitch(argv);
  async function call<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>> {
    const checked = invokeChannels[channel].request.safeParse(request);
    if (!checked.success)
      throw new Error(`Layerwise did not send "${channel}": ${describeSchemaError(checked.error)}.`);
    const answer = invokeChannels[channel].response.safeParse(await ipc.invoke(channel, checked.data));
    if (!answer.success)
      throw new Error(`Layerwise received an unexpected answer on "${channel}": ${describeSchemaError(answer.error)}.`);
    return answer.data as InvokeResponse<C>;
  }

  function subscribe<C extends EventChannel>(channel: C, callback: (payload: EventPayload<C>) => void): () => void {
    const listener = (_event: unknown, payload: unknown) => {
      const checked = eventChannels[channel].safeParse(payload);
      if (checked.success) callback(checked.data as EventPayload<C>);
      else console.warn(`Layerwise ignored a malformed "${channel}" event: ${describeSchemaError(checked.error)}.`);
    };
    ipc.on(channel, listener);
    return () => void ipc.removeListener(channel, listener);
  }

  // Files opened before the page subscribed are fetched once and kept until someone listens, so a subscriber
  // that unsubscribes at once (React StrictMode runs effects twice) cannot make a file disappear.
  const openListeners = new Set<(file: Result<OpenedFile>) => void>();
  const undelivered: Result<OpenedFile>[] = [];
  let pendingFetched = false;
  function deliver(file: Result<OpenedFile>) {
    if (openListeners.size === 0) undelivered.push(file);
    else for (const listener of openListeners) listener(file);
  }

  return {
    /** The OS's languages, best first, as main read them at start (checked tags only). */
    preferredLanguages,
    platform,
    openProject: () => call('file:open', null),
    openPath: (path: string) => call('file:openPath', { path }),
    saveProject: (text: string, path: string) => call('file:save', { text, path }),
    saveProjectAs: (text: string, suggestedName: string) => call('file:saveAs', { text, suggestedName }),
    recentFiles: () => call('recent:list', null),
    clearRecentFiles: async (): Promise<void> => void (await call('recent:clear', null)),
    writeBackup: async (name: string, text: string): Promise<void> => void (await call('backup:write', { name, text })),
    listBackups: () => call('backup:list', null),
    restoreBackup: (id: string) => call('backup:restore', { id }),
    discardBackup: async (id: string): Promise<void> => void (await call('backup:discard', { id })),
    setTitle: async (title: string): Promise<void> => void (await call('window:setTitle', { title })),
    setDirty: async (dirty: boolean): Promise<void> => void (await call('window:setDirty', { dirty })),
    /** The window's wording of main's native prompts (Save / Don't Save / Cancel, the file filter). */
    setNativeTexts: async (texts: NativeTexts): Promise<void> => void (await call('window:setNativeTexts', { texts })),
    closeWindow: async (): Promise<void> => void (await call('window:close', null)),
    appVersion: () => call('app:version', null),
    confirmUnsaved: (name: string) => call('app:confirmUnsaved', { name }),
    openExternal: (url: string) => call('shell:openExternal', { url }),
    /** Sends the command registry's descriptors (id, label, group, accelerator) for the native menu. */
    setMenuCommands: async (commands: MenuCommandDescriptor[]): Promise<void> =>
      void (await call('menu:setCommands', { commands })),

    onMenuCommand(callback: (id: string) => void): () => void {
      return subscribe('menu:command', ({ id }) => callback(id));
    },
    /** The user chose "Save" in the close prompt: save, and call closeWindow() if the save succeeded. */
    onSaveBeforeClose(callback: () => void): () => void {
      return subscribe('window:saveBeforeClose', () => callback());
    },
    /** Files given on the command line, by the OS or by a second launch (already read and validated by main). */
    onOpenFile(callback: (file: Result<OpenedFile>) => void): () => void {
      openListeners.add(callback);
      for (const file of undelivered.splice(0)) callback(file);
      if (!pendingFetched) {
        pendingFetched = true;
        // One channel listener for all subscribers; main starts sending only after takePending.
        subscribe('file:openRequested', deliver);
        void call('file:takePending', null).then(
          (files) => files.forEach(deliver),
          (error: unknown) => console.warn(`Layerwise could not fetch files to open: ${String(error)}`),
        );
      }
      return () => void openListeners.delete(callback);
    },
  };
}

export type LayerwiseApi = ReturnType<typeof createApi>;
