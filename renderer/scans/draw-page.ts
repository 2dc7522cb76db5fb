/**
 * Draws one page onto a fresh canvas, sized so the page is `width` CSS pixels wide at zoom 1,
 * sharp on high-density screens: from a loaded source, or from the page's thumbnail as a preview
 * while the source is drawn. A fresh canvas per drawing means a slow page can never paint over
 * the one drawn after it, and a page drawn ahead can wait off screen.
 */
import type { Rotation } from '../../shared/domain/scan-pages';
import { drawRotated, withJpeg } from './canvas-jpeg';
import type { LoadedSource } from './source-cache';

const density = () => window.devicePixelRatio || 1;

function sizedForCss(canvas: HTMLCanvasElement): HTMLCanvasElement {
  canvas.style.width = `${canvas.width / density()}px`;
  canvas.style.height = `${canvas.height / density()}px`;
  return canvas;
}

/** `image` is the page unturned; the stored rotation turns it. */
function drawImage(image: ImageBitmap, rotation: Rotation, width: number, zoom: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const naturalWidth = rotation === 90 || rotation === 270 ? image.height : image.width;
  drawRotated(canvas, image, ((width * zoom) / naturalWidth) * density(), rotation);
  return sizedForCss(canvas);
}

export async function drawPage(source: LoadedSource, pageIndex: number, rotation: Rotation, width: number, zoom: number, signal?: AbortSignal): Promise<HTMLCanvasElement> {
  if (source.kind === 'image') return drawImage(source.bitmap, rotation, width, zoom);
  const canvas = document.createElement('canvas');
  const natural = await source.pdf.size(pageIndex, rotation);
  await source.pdf.render(pageIndex, canvas, ((width * zoom) / natural.width) * density(), rotation, signal);
  return sizedForCss(canvas);
}

/**
 * The page's thumbnail (drawn unturned, see page-images.ts) stretched to the size the page
 * will have: blurred, but there in a few milliseconds while pdf.js decodes the full scan.
 */
export const drawPreview = (thumbnail: Uint8Array<ArrayBuffer>, rotation: Rotation, width: number, zoom: number): Promise<HTMLCanvasElement> =>
  withJpeg(thumbnail, (image) => drawImage(image, rotation, width, zoom));
