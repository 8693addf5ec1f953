/**
 * The preload script (built as CommonJS to out/preload/index.cjs, because sandboxed preloads cannot load ES
 * modules): exposes the narrow API from api.ts as `window.layerwise`, and nothing else.
 *
 * Why it exists: it is the only code that touches ipcRenderer, and it must stay this small so a reviewer can
 * see at a glance that no Node or Electron object reaches the page. Everything it imports (zod included) must
 * be bundled into the one output file: a sandboxed preload can require only 'electron' and a few built-ins.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api';

const api = createApi(ipcRenderer, process.platform, process.argv);
contextBridge.exposeInMainWorld('layerwise', api);

export type LayerwiseApi = typeof api;
