/**
 * How `train` reports its progress, in three forms chosen by the caller:
 * - json:  one JSON object per epoch and a final `{"done": true, …}` line, for scripts;
 * - plain: one readable line per epoch, for logs and pipes;
 * - bar:   one line redrawn in place on a terminal, with the epoch, losses, accuracy and time left.
 */
import type { TFunction } from 'i18next';
import type { EpochMetrics, RunEnd, Task } from '../engine/types';
import { formatDuration } from '../shared/duration';
import { english } from '../shared/i18n';
import type { OutputStream } from './io';

// The words of the plain and bar forms come from the catalogue (`cli.progress.*`), in the CLI's language
// (cli/i18n.ts passes its `t`); English where a caller names none. JSON keys never change.

export interface EpochLine {
  epoch: number;
  trainLoss: number;
  valLoss: number | null;
  trainAccuracy?: number;
  valAccuracy?: number;
}

/** The per-epoch JSON object: accuracies only for classification; a missing validation set gives null. */
export function epochJson(m: EpochMetrics, task: Task): EpochLine {
  const line: EpochLine = {
    epoch: m.epoch,
    trainLoss: m.trainLoss,
    valLoss: Number.isFinite(m.valLoss) ? m.valLoss : null,
  };
  if (task === 'classification') {
    if (m.trainAccuracy !== undefined) line.trainAccuracy = m.trainAccuracy;
    if (m.valAccuracy !== undefined) line.valAccuracy = m.valAccuracy;
  }
  return line;
}

export interface DoneLine {
  done: true;
  end: RunEnd;
  epochs: number;
  message?: string;
  /** Which kernels trained: 'WASM-SIMD' or 'TypeScript' (KERNEL_PATH_LABELS). */
  kernels?: string;
  /** Threads that computed the gradients (`--threads`; 1 when the batches were too small to share). */
  threads?: number;
}

function loss(v: number): string {
  return Number.isFinite(v) ? v.toFixed(4) : '—';
}

function percent(v: number | undefined): string {
  return v === undefined ? '—' : `${(100 * v).toFixed(1)}%`;
}

/** "train loss 0.1234  val loss 0.2345  train acc 95.0%  val acc 93.3%" (訓練損失 0.1234 …) */
export function metricsText(m: EpochMetrics, task: Task, t: TFunction = english()): string {
  const parts = [
    t('cli.progress.trainLoss', { value: loss(m.trainLoss) }),
    t('cli.progress.valLoss', { value: loss(m.valLoss) }),
  ];
  if (task === 'classification')
    parts.push(
      t('cli.progress.trainAccuracy', { value: percent(m.trainAccuracy) }),
      t('cli.progress.valAccuracy', { value: percent(m.valAccuracy) }),
    );
  return parts.join('  ');
}

/** One plain line per epoch: "epoch  12/200  train loss …". */
export function plainEpochLine(m: EpochMetrics, totalEpochs: number, task: Task, t: TFunction = english()): string {
  const width = String(totalEpochs).length;
  const epoch = t('cli.progress.epochLine', { epoch: String(m.epoch).padStart(width), total: String(totalEpochs) });
  return `${epoch}  ${metricsText(m, task, t)}`;
}

/** Where training stands, for the bar: completed fraction and the latest metrics. */
export interface BarState {
  epoch: number;
  totalEpochs: number;
  /** 0..1 over the whole run, counting batches of the unfinished epoch. */
  fraction: number;
  latest: EpochMetrics | null;
  /** Milliseconds left, estimated from the time per batch so far. */
  remainingMs: number;
}

const BAR_WIDTH = 20;

/** "Epoch 12/200 [####------] 6%  train loss …  left 0:42", cut to the terminal's width. */
export function progressBarLine(state: BarState, task: Task, columns = 100, t: TFunction = english()): string {
  const filled = Math.round(Math.min(1, Math.max(0, state.fraction)) * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const pct = `${Math.floor(100 * state.fraction)}%`.padStart(4);
  const metrics = state.latest ? `  ${metricsText(state.latest, task, t)}` : '';
  const epoch = t('cli.progress.epochBar', { epoch: String(state.epoch), total: String(state.totalEpochs) });
  const left = t('cli.progress.left', { time: formatDuration(state.remainingMs, t) });
  // Wider than the terminal would wrap, and '\r' would then redraw only the last part of it.
  return fitColumns(`${epoch} ${bar} ${pct}${metrics}  ${left}`, columns - 1);
}

/** Columns a character takes on a terminal: 2 for East Asian wide and full-width ones (kana, kanji, ＡＢ), else 1. */
function columnsOf(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6);
  return wide ? 2 : 1;
}

/** `text` cut to at most `columns` terminal columns (at least one character). */
export function fitColumns(text: string, columns: number): string {
  let used = 0;
  let out = '';
  for (const c of text) {
    used += columnsOf(c);
    if (used > columns && out.length > 0) break;
    out += c;
  }
  return out;
}

/** Redraws one line in place: carriage return, the text, then erase whatever the previous line left. */
export class ProgressBar {
  private drawn = false;

  constructor(private readonly out: OutputStream) {}

  draw(line: string): void {
    this.out.write(`\r${line}\x1b[K`);
    this.drawn = true;
  }

  /** Leaves the last drawing on screen and moves to a fresh line. */
  finish(): void {
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
  }
}
