import { describe, expect, it } from 'vitest';
import { chooseStart } from '../../../scripts/start-choice';

describe('npm start', () => {
  it('starts the desktop app when the Electron binary is there', () => {
    expect(chooseStart(() => ({ path: '/x/electron' }))).toEqual({ kind: 'desktop', electron: '/x/electron' });
  });

  it('without the binary, says in one sentence what is missing, how to get it, and offers the browser build', () => {
    const choice = chooseStart(() => ({ missing: 'the Electron binary was not downloaded' }));
    expect(choice.kind).toBe('explain');
    if (choice.kind !== 'explain') return;
    expect(choice.exitCode).not.toBe(0);
    expect(choice.message).toContain('the Electron binary was not downloaded');
    expect(choice.message).toContain('node node_modules/electron/install.js');
    expect(choice.message).toContain('npm run start:web');
    // One sentence: a single full stop, at the end.
    expect(choice.message.match(/\.(\s|$)/g)).toHaveLength(1);
    expect(choice.message).not.toContain('\n');
  });

  it('without the electron package, points to npm install instead', () => {
    const choice = chooseStart(() => ({ missing: 'the electron package is not installed' }));
    expect(choice.kind === 'explain' && choice.message).toMatch(/npm install.*npm run start:web/);
  });
});
