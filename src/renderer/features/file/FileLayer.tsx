/**
 * Mounts the file side of the app: registers the File commands, keeps the title, unsaved marker and crash
 * backups in step, listens for files from the OS and drops, offers crash recovery at start-up, and draws the
 * file dialogs. The shell renders it once, with the app's one file controller and the compare feature's
 * saved comparisons (the file feature imports neither).
 */
import { useEffect } from 'react';
import { registerCommands } from '../../commands';
import { getPlatform } from '../../platform';
import type { ComparisonsPort, FileController } from './controller';
import { FileDialogs } from './FileDialogs';
import { fileCommands } from './fileCommands';
import { startFileSync } from './fileSync';
import { runsStore } from '../../document/runsStore';
import { editorStore } from '../../document/editorStore';
import { bindFileDrop, bindNativeMenu, bindShellEvents, offerRecovery } from './windowIntegration';
import './file.css';

export function FileLayer({ controller, comparisons }: { controller: FileController; comparisons: ComparisonsPort }) {
  useEffect(() => {
    const platform = getPlatform();
    const stops = [
      registerCommands(fileCommands(controller, platform)),
      startFileSync(controller, { platform, editor: editorStore, runs: runsStore, comparisons }),
      bindShellEvents(platform, controller),
      bindFileDrop(window, controller),
    ];
    if (platform.kind === 'electron') stops.push(bindNativeMenu(platform));
    void offerRecovery(platform);
    return () => stops.forEach((stop) => stop());
  }, [controller, comparisons]);
  return <FileDialogs controller={controller} />;
}
