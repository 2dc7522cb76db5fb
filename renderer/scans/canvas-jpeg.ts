/**
 * Canvas helpers for page images: drawing a decoded image turned by a rotation, and encoding
 * a canvas as JPEG bytes in memory (no object URL, no file).
 */
import type { Rotation } from '../../shared/domain/scan-pages';

/** Draws `image` onto `canvas` at `scale`, turned clockwise by `rotation`; sizes the canvas to fit. */
export function drawRotated(canvas: HTMLCanvasElement, image: ImageBitmap, scale: number, rotation: Rotation): void {
  const quarter = rotation === 90 || rotation === 270;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  canvas.width = quarter ? height : width;
  canvas.height = quarter ? width : height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas: no 2d context');
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((rotation * Math.PI) / 180);
  context.drawImage(image, -width / 2, -height / 2, width, height);
}

export async function canvasJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  if (!blob) throw new Error('canvas: no JPEG');
  return new Uint8Array(await blob.arrayBuffer());
}

/** SECURITY: decodes JPEG bytes already in memory (a Blob, never an object URL) for `use`, and frees the decoded image after it. */
export async function withJpeg<T>(jpeg: Uint8Array<ArrayBuffer>, use: (image: ImageBitmap) => T): Promise<T> {
  const bitmap = await createImageBitmap(new Blob([jpeg], { type: 'image/jpeg' }));
  try {
    return use(bitmap);
  } finally {
    bitmap.close();
  }
}

/** Draws JPEG bytes turned, at their own size. */
export const drawJpeg = (canvas: HTMLCanvasElement, jpeg: Uint8Array<ArrayBuffer>, rotation: Rotation): Promise<void> =>
  withJpeg(jpeg, (image) => drawRotated(canvas, image, 1, rotation));
