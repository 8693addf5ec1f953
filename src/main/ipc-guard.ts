/**
 * Checks every IPC call before a handler sees it: known channel, well-formed payload, trusted sender frame.
 *
 * Why it exists: ipcMain.handle accepts calls from any frame of any web contents, with any payload. The guard
 * is the single gate between the renderer and main's file system access: unknown channels, payloads that do
 * not match the channel's zod schema and calls from a frame that is not our own top-level page are refused
 * (and reported through `onReject` for the log) before any handler runs. Handlers' answers are checked against
 * the table too, so a handler bug cannot leak an unexpected shape to the page.
 */
import type { z } from 'zod';
import { describeSchemaError } from '../shared/ipc';
import { isAppUrl } from './security';

export interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}
export type ChannelTable = Record<string, ChannelSpec>;

/** The parts of Electron's WebFrameMain the guard looks at. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}
export interface IpcEventLike {
  readonly senderFrame: FrameLike | null;
}

export type Handlers<T extends ChannelTable, Ctx> = {
  [C in keyof T]: (
    request: z.infer<T[C]['request']>,
    context: Ctx,
  ) => Promise<z.infer<T[C]['response']>> | z.infer<T[C]['response']>;
};

export class IpcRejection extends Error {
  constructor(
    readonly channel: string,
    readonly reason: string,
  ) {
    super(`IPC call on "${channel}" refused: ${reason}`);
    this.name = 'IpcRejection';
  }
}

/** Our page, in the top-level frame (not an iframe), from one of our origins. */
export function trustedFrameCheck(origins: readonly string[]): (frame: FrameLike | null) => boolean {
  return (frame) => frame !== null && frame.parent === null && isAppUrl(frame.url, origins);
}

export function createIpcGuard<T extends ChannelTable>(
  table: T,
  isTrustedSender: (frame: FrameLike | null) => boolean,
  onReject: (rejection: IpcRejection) => void = () => undefined,
) {
  function reject(channel: string, reason: string): never {
    const rejection = new IpcRejection(channel, reason);
    onReject(rejection);
    throw rejection;
  }

  /** Returns the parsed request, or throws IpcRejection. */
  function check(
    channel: string,
    event: IpcEventLike,
    payload: unknown,
  ): { channel: keyof T & string; request: unknown } {
    if (!Object.prototype.hasOwnProperty.call(table, channel)) reject(channel, 'unknown channel');
    if (!isTrustedSender(event.senderFrame)) {
      reject(
        channel,
        `sender frame ${event.senderFrame ? `"${event.senderFrame.url}"` : '(gone)'} is not the app's main frame`,
      );
    }
    const parsed = table[channel].request.safeParse(payload);
    if (!parsed.success) reject(channel, `malformed payload (${describeSchemaError(parsed.error)})`);
    return { channel: channel as keyof T & string, request: parsed.data };
  }

  async function dispatch<Ctx>(
    channel: string,
    event: IpcEventLike,
    payload: unknown,
    handlers: Handlers<T, Ctx>,
    context: Ctx,
  ): Promise<unknown> {
    const checked = check(channel, event, payload);
    const handler = handlers[checked.channel] as (request: unknown, context: Ctx) => unknown;
    const response = await handler(checked.request, context);
    const valid = table[checked.channel].response.safeParse(response);
    if (!valid.success)
      reject(channel, `handler answered with an unexpected shape (${describeSchemaError(valid.error)})`);
    return valid.data;
  }

  return { check, dispatch, channels: Object.keys(table) as (keyof T & string)[] };
}

export type IpcGuard<T extends ChannelTable> = ReturnType<typeof createIpcGuard<T>>;
