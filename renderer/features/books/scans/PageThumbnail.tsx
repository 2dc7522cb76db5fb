/**
 * One page's thumbnail, decrypted and drawn on a canvas turned by the page's rotation; until the
 * background drawing has made it, a placeholder with the page number. Holds no bytes after
 * drawing: the canvas pixels are all that stays, and they go with the element.
 */
import { useEffect, useRef } from 'react';
import { useScans } from '../../../app/scan-context';
import { drawJpeg } from '../../../scans/canvas-jpeg';
import type { ScanPageView } from '../../../store/scan-types';

export function PageThumbnail({ page, label }: { page: ScanPageView; label: string }) {
  const scans = useScans();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!page.thumbnail) return;
    let live = true;
    scans
      .thumbnail(page.id)
      .then((jpeg) => (live && canvas.current ? drawJpeg(canvas.current, jpeg, page.rotation) : undefined))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [scans, page.id, page.rotation, page.thumbnail]);
  if (!page.thumbnail) {
    return (
      <span className="scan-thumb scan-thumb-pending" role="img" aria-label={label} data-testid="scan-thumb-pending">
        {page.number}
      </span>
    );
  }
  return <canvas ref={canvas} className="scan-thumb" role="img" aria-label={label} data-rotation={page.rotation} />;
}
