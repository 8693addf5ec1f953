/**
 * Saving a chart as a PNG: recharts draws SVG, which is serialised and painted onto a canvas; canvas views
 * are exported directly. The file is offered through an <a download>, which works in the browser build and
 * in Electron alike.
 */

import i18next from 'i18next';
import { safeFileBase } from '../../../shared/file-names';
import { CHART_FONT } from './palette';

const XMLNS = 'http://www.w3.org/2000/svg';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(i18next.t('charts.png.notDrawn')));
    image.src = url;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(i18next.t('charts.png.notEncoded')))),
      'image/png',
    );
  });
}

/** Paints an SVG element on a white canvas at `scale` times its size. */
export async function svgToCanvas(svg: SVGSVGElement, scale = 2): Promise<HTMLCanvasElement> {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', XMLNS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // Text inherits its font from the page; an image of the SVG does not see page styles.
  copy.setAttribute('style', `font-family: ${CHART_FONT}; font-size: 12px`);
  const text = new XMLSerializer().serializeToString(copy);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(i18next.t('charts.png.noCanvas'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** The PNG of a chart container: its main SVG (recharts or our own), else its first canvas. */
export async function chartPng(container: HTMLElement): Promise<Blob> {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface, svg[data-chart]');
  if (svg) return canvasBlob(await svgToCanvas(svg));
  const canvas = container.querySelector('canvas');
  if (canvas) return canvasBlob(canvas);
  throw new Error(i18next.t('charts.png.nothing'));
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Loss chart" → "Loss chart.png", "損失" → "損失.png": the title as the learner reads it, made safe to save. */
export function pngFileName(title: string): string {
  return `${safeFileBase(title, 'chart')}.png`;
}
