/**
 * Draws one page of a loaded source onto a fresh canvas, sized so the page is `width` CSS
 * pixels wide at zoom 1, sharp on high-density screens. A fresh canvas per drawing means a
 * slow page can never paint over the one drawn after it, and a page drawn ahead can wait off screen.
 */
import type { Rotation } from '../../shared/domain/scan-pages';
import { drawRotated } from './canvas-jpeg';
import type { LoadedSource } from './source-cache';

export async function drawPage(source: LoadedSource, pageIndex: number, rotation: Rotation, width: number, zoom: number, signal?: AbortSignal): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  const density = window.devicePixelRatio || 1;
  if (source.kind === 'pdf') {
    const natural = await source.pdf.size(pageIndex, rotation);
    await source.pdf.render(pageIndex, canvas, ((width * zoom) / natural.width) * density, rotation, signal);
  } else {
    const { bitmap } = source;
    const naturalWidth = rotation === 90 || rotation === 270 ? bitmap.height : bitmap.width;
    drawRotated(canvas, bitmap, ((width * zoom) / naturalWidth) * density, rotation);
  }
  canvas.style.width = `${canvas.width / density}px`;
  canvas.style.height = `${canvas.height / density}px`;
  return canvas;
}
