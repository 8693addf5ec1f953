import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../src/shared/ipc';
import {
  createIpcGuard,
  IpcRejection,
  trustedFrameCheck,
  type FrameLike,
  type Handlers,
} from '../../../src/main/ipc-guard';
import { appOrigins } from '../../../src/main/security';

const trusted = trustedFrameCheck(appOrigins(undefined));
const mainFrame: FrameLike = { url: 'app://layerwise/index.html', parent: null };
const event = (senderFrame: FrameLike | null) => ({ senderFrame });

function setup() {
  const rejected: IpcRejection[] = [];
  const guard = createIpcGuard(invokeChannels, trusted, (r) => rejected.push(r));
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers<typeof invokeChannels, string>, {
    get: (_target, channel: string) => (request: unknown) => {
      calls.push(`${channel} ${JSON.stringify(request)}`);
      if (channel === 'app:version') return '1.2.3';
      if (channel === 'window:setTitle') return null;
      if (channel === 'shell:openExternal') return 'yes'; // wrong shape on purpose
      return null;
    },
  });
  return { guard, handlers, calls, rejected };
}

describe('createIpcGuard', () => {
  it('passes a well-formed call from our main frame to its handler', async () => {
    const { guard, handlers, calls } = setup();
    await expect(guard.dispatch('app:version', event(mainFrame), null, handlers, 'ctx')).resolves.toBe('1.2.3');
    await guard.dispatch('window:setTitle', event(mainFrame), { title: 'XOR — Layerwise' }, handlers, 'ctx');
    expect(calls).toEqual(['app:version null', 'window:setTitle {"title":"XOR — Layerwise"}']);
  });

  it('refuses an unknown channel without calling anything', async () => {
    const { guard, handlers, calls, rejected } = setup();
    await expect(
      guard.dispatch('fs:readAnyFile', event(mainFrame), { path: '/etc/passwd' }, handlers, 'ctx'),
    ).rejects.toThrow(/unknown channel/);
    await expect(guard.dispatch('__proto__', event(mainFrame), null, handlers, 'ctx')).rejects.toThrow(IpcRejection);
    expect(calls).toEqual([]);
    expect(rejected.map((r) => r.channel)).toEqual(['fs:readAnyFile', '__proto__']);
  });

  it('refuses malformed payloads and says which field is wrong', async () => {
    const { guard, handlers, calls } = setup();
    await expect(guard.dispatch('window:setTitle', event(mainFrame), { title: 42 }, handlers, 'ctx')).rejects.toThrow(
      /malformed payload \(title:/,
    );
    await expect(guard.dispatch('file:save', event(mainFrame), { text: 'x' }, handlers, 'ctx')).rejects.toThrow(/path/);
    await expect(
      guard.dispatch('backup:discard', event(mainFrame), { id: '../../etc' }, handlers, 'ctx'),
    ).rejects.toThrow(/malformed/);
    await expect(guard.dispatch('app:version', event(mainFrame), undefined, handlers, 'ctx')).rejects.toThrow(
      /malformed/,
    );
    expect(calls).toEqual([]);
  });

  it('refuses calls from a foreign page, an iframe or a destroyed frame', async () => {
    const { guard, handlers, calls } = setup();
    const foreign = { url: 'https://evil.example/', parent: null };
    const iframe = { url: 'app://layerwise/index.html', parent: mainFrame };
    const fileFrame = { url: 'file:///home/u/Downloads/evil.html', parent: null };
    for (const frame of [foreign, iframe, fileFrame, null]) {
      await expect(guard.dispatch('app:version', event(frame), null, handlers, 'ctx')).rejects.toThrow(
        /is not the app's main frame/,
      );
    }
    expect(calls).toEqual([]);
  });

  it('refuses to pass on a handler answer of the wrong shape', async () => {
    const { guard, handlers } = setup();
    await expect(
      guard.dispatch('shell:openExternal', event(mainFrame), { url: 'https://x.org' }, handlers, 'ctx'),
    ).rejects.toThrow(/unexpected shape/);
  });
});
