import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared.ts';

// The renderer as a plain web page: the same code as the Electron renderer, with the browser platform adapter.
export default defineConfig({
  ...rendererConfig(),
  preview: { ...rendererConfig().preview, port: 4173, strictPort: true, host: '127.0.0.1' },
});
