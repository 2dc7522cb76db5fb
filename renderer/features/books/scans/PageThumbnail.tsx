/**
 * One page's thumbnail, decrypted and drawn on a canvas turned by the page's rotation. Holds
 * no bytes after drawing: the canvas pixels are all that stays, and they go with the element.
 */
import { useEffect, useRef } from 'react';
import { useScans } from '../../../app/scan-context';
import { drawJpeg } from '../../../scans/canvas-jpeg';
import type { ScanPageView } from '../../../store/scan-types';

export function PageThumbnail({ page, label }: { page: ScanPageView; label: string }) {
  const scans = useScans();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let live = true;
    scans
      .thumbnail(page.id)
      .then((jpeg) => (live && canvas.current ? drawJpeg(canvas.current, jpeg, page.rotation) : undefined))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [scans, page.id, page.rotation]);
  return <canvas ref={canvas} className="scan-thumb" role="img" aria-label={label} data-rotation={page.rotation} />;
}
