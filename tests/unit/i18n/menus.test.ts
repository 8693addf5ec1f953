import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { describeCommands, onCommandsChanged, registerCommands } from '../../../src/renderer/commands';
import { EDIT_COMMANDS } from '../../../src/renderer/features/editor/editCommands';
import { menuTemplate } from '../../../src/main/menu';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('menus in the chosen language', () => {
  it('words the native menu from the registry in Japanese, and back in English, without re-registering', async () => {
    const stop = registerCommands(EDIT_COMMANDS);
    let changes = 0;
    const stopListening = onCommandsChanged(() => (changes += 1));
    await i18next.changeLanguage('ja');
    expect(changes).toBeGreaterThan(0);
    const undo = describeCommands().find((c) => c.id === 'edit.undo')!;
    expect(undo).toMatchObject({ label: '元に戻す', group: 'Edit', groupLabel: '編集' });
    const template = menuTemplate(describeCommands(), 'linux', {
      appName: 'Layerwise',
      isDev: false,
      onCommand: () => {},
    });
    expect(template.map((m) => m.label)).toContain('編集');
    await i18next.changeLanguage('en');
    expect(describeCommands().find((c) => c.id === 'edit.undo')).toMatchObject({ label: 'Undo', groupLabel: 'Edit' });
    stopListening();
    stop();
  });
});
