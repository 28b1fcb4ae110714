// The host API over Electron IPC: one `ipcMain.handle('review-desk:<method>')` per method of the contract, each
// answered by the same dispatcher as the web host and the CLI (callMethod), so parameters are checked by the
// contract's schema before any service runs. What IPC adds is who may call: only our own window's main frame
// at the app:// origin; a subframe, another origin or a frame already gone is refused before anything else.
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { z } from 'zod';
import { HOST_METHODS, type HostApiSpec } from '../../shared/contract/host-api-spec';
import { CANCEL_CHANNEL, methodChannel, OPERATION_ID_PATTERN, PROGRESS_CHANNEL } from '../../shared/contract/ipc-channels';
import { LOCALES, type Locale, type MessageKey, type MessageParams } from '../../shared/i18n/translate';
import { callMethod, hostErrorBody, type CallFailure, type CallOutcome, type DispatchTarget } from '../host/call-method';

/** The parts of ipcMain this binding uses (tests pass a fake). */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler' | 'on' | 'removeListener'>;

export interface HostApiBinding {
  ipcMain: IpcMainLike;
  target: DispatchTarget<HostApiSpec>;
  /** True only for our window's main frame at our origin (see isAppMainFrame); called for every message. */
  isOurFrame: (frame: WebFrameMain) => boolean;
}

const envelopeSchema = z.strictObject({
  locale: z.enum(LOCALES),
  operationId: z.string().regex(OPERATION_ID_PATTERN).optional(),
  params: z.unknown(),
});

/**
 * The usual isOurFrame: a live top-level frame whose security origin is the app's. `origin` is Chromium's own
 * view of the frame (an opaque "null" for a sandboxed iframe), not the URL the page claims.
 */
export function isAppMainFrame(frame: WebFrameMain, appOrigin: string): boolean {
  return !frame.isDestroyed() && !frame.detached && frame.parent === null && frame.origin === appOrigin;
}

const refusal = (failure: CallFailure, locale: Locale, code: MessageKey, params: MessageParams): CallOutcome => ({
  ok: false,
  failure,
  error: hostErrorBody(locale, code, params),
});

/** The caller's language when the envelope is refused: its own if it named a valid one, else Chinese. */
function localeOf(payload: unknown): Locale {
  const asked = z.object({ locale: z.enum(LOCALES) }).safeParse(payload);
  return asked.success ? asked.data.locale : LOCALES[0];
}

/** Registers every contract method and the cancel channel; the returned function takes them all away again. */
export function bindHostApi({ ipcMain, target, isOurFrame }: HostApiBinding): () => void {
  // Running calls per web contents, so one window can neither cancel nor collide with another's operation ids.
  const running = new Map<number, Map<string, AbortController>>();
  let anonymous = 0;

  const trusted = (event: IpcMainEvent | IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    return frame !== null && !frame.isDestroyed() && isOurFrame(frame);
  };

  const callsOf = (sender: WebContents): Map<string, AbortController> => {
    let calls = running.get(sender.id);
    if (!calls) {
      const created = new Map<string, AbortController>();
      running.set(sender.id, created);
      // A closed or crashed window's calls are abandoned, as the web host aborts when the page goes away.
      sender.once('destroyed', () => {
        for (const controller of created.values()) controller.abort();
        running.delete(sender.id);
      });
      calls = created;
    }
    return calls;
  };

  const answer = async (event: IpcMainInvokeEvent, method: string, payload: unknown): Promise<CallOutcome> => {
    if (!trusted(event)) return refusal('refused', localeOf(payload), 'host.error.foreignFrame', { method });
    const envelope = envelopeSchema.safeParse(payload);
    if (!envelope.success) return refusal('badParams', localeOf(payload), 'host.error.badEnvelope', { method });
    const { locale, operationId, params } = envelope.data;

    const calls = callsOf(event.sender);
    // Operation ids match OPERATION_ID_PATTERN, so a '#' key for calls without one can never collide.
    const key = operationId ?? `#${++anonymous}`;
    if (calls.has(key)) return refusal('badParams', locale, 'host.error.operationBusy', { operationId: key });
    const controller = new AbortController();
    calls.set(key, controller);
    try {
      return await callMethod(target, method, params, {
        locale,
        operationId: operationId ?? null,
        onProgress: (progress) => {
          if (!event.sender.isDestroyed()) event.sender.send(PROGRESS_CHANNEL, progress);
        },
        signal: controller.signal,
      });
    } finally {
      calls.delete(key);
    }
  };

  const onCancel = (event: IpcMainEvent, operationId: unknown): void => {
    if (!trusted(event) || typeof operationId !== 'string' || !OPERATION_ID_PATTERN.test(operationId)) return;
    running.get(event.sender.id)?.get(operationId)?.abort();
  };

  for (const method of HOST_METHODS) ipcMain.handle(methodChannel(method), (event, payload: unknown) => answer(event, method, payload));
  ipcMain.on(CANCEL_CHANNEL, onCancel);

  return () => {
    for (const method of HOST_METHODS) ipcMain.removeHandler(methodChannel(method));
    ipcMain.removeListener(CANCEL_CHANNEL, onCancel);
  };
}
