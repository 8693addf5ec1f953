/**
 * Mounts the file side of the app: registers the File commands, keeps the title, unsaved marker and crash
 * backups in step, listens for files from the OS and drops, offers crash recovery at start-up, and draws the
 * file dialogs. App renders it once.
 */
import { useEffect } from 'react';
import { registerCommands } from '../../commands';
import { getPlatform } from '../../platform';
import { comparisonsPort, getFileController } from '../../shell/appController';
import { FileDialogs } from './FileDialogs';
import { fileCommands } from './fileCommands';
import { startFileSync } from './fileSync';
import { runsStore } from '../../document/runsStore';
import { editorStore } from '../../document/editorStore';
import { bindFileDrop, bindNativeMenu, bindShellEvents, offerRecovery } from './windowIntegration';
import './file.css';

export function FileLayer() {
  const controller = getFileController();
  useEffect(() => {
    const platform = getPlatform();
    const stops = [
      registerCommands(fileCommands(controller, platform)),
      startFileSync(controller, { platform, editor: editorStore, runs: runsStore, comparisons: comparisonsPort }),
      bindShellEvents(platform, controller),
      bindFileDrop(window, controller),
    ];
    if (platform.kind === 'electron') stops.push(bindNativeMenu(platform));
    void offerRecovery(platform);
    return () => stops.forEach((stop) => stop());
  }, [controller]);
  return <FileDialogs controller={controller} />;
}
