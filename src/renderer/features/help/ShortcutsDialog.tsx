/**
 * Every registered command with its shortcuts, grouped as in the menus. It is generated from the command
 * registry while open, so commands another part of the app adds or removes show up at once.
 */
import { useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { commandLabel, getCommands, groupLabel, onCommandsChanged } from '../../commands';
import { isMacPlatform } from '../../commands/useCommandShortcuts';
import { Dialog } from '../../ui/Dialog';
import { shortcutSections } from './shortcutList';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onCommandsChanged(refresh), []);
  const sections = shortcutSections(getCommands(), isMacPlatform());
  return (
    <Dialog title={t('commands.help.shortcuts')} onClose={onClose} close="footer" className="help-dialog--shortcuts">
      <p>{t('shortcuts.intro')}</p>
      <div className="help-shortcuts" tabIndex={0} role="region" aria-label={t('shortcuts.list')}>
        {sections.map((section) => (
          <table key={section.group} className="help-shortcuts__table">
            <caption>{groupLabel(section.group)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortcuts.command')}</th>
                <th scope="col">{t('shortcuts.shortcut')}</th>
              </tr>
            </thead>
            <tbody>
              {section.entries.map((entry) => (
                <tr key={entry.id} data-command={entry.id}>
                  <th scope="row">{commandLabel(entry)}</th>
                  <td>
                    {entry.keys.length === 0 ? (
                      <span className="help-shortcuts__none">{t('shortcuts.menuOnly')}</span>
                    ) : (
                      entry.keys.map((key, i) => (
                        <span key={key}>
                          {i > 0 && t('shortcuts.or')}
                          <kbd>{key}</kbd>
                        </span>
                      ))
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
