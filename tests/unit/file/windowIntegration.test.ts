import { describe, expect, it } from 'vitest';
import type { BackupEntry, Platform } from '../../../src/renderer/platform/types';
import { fileDialogStore } from '../../../src/renderer/features/file/fileDialogs';
import { offerRecovery } from '../../../src/renderer/features/file/windowIntegration';

describe('the crash-recovery offer', () => {
  it('looks for backups once per page load and shows what it finds, even when the layer mounts again', async () => {
    const backup: BackupEntry = { id: 'b1', name: 'XOR demo', savedAt: '2026-01-01T00:00:00.000Z', path: null };
    let lists = 0;
    const platform = {
      backups: {
        list: () => {
          lists += 1;
          return Promise.resolve([backup]);
        },
      },
    } as unknown as Platform;
    await offerRecovery(platform);
    expect(fileDialogStore.getState().dialog).toEqual({ kind: 'recovery', backups: [backup] });
    fileDialogStore.setState({ dialog: null });
    await offerRecovery(platform); // React's strict mode, or the file layer mounted again
    expect(lists).toBe(1);
    expect(fileDialogStore.getState().dialog).toBeNull();
  });
});
