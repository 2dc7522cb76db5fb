/**
 * One page's thumbnail, decrypted and drawn on a canvas turned by the page's rotation once it
 * comes near the screen; until the background drawing has made it, a placeholder with the page
 * number. Holds no bytes after drawing: the canvas pixels are all that stays, and they go with
 * the element. A 300-page book keeps only the pages scrolled past as pixels, not all of them.
 */
import { useEffect, useRef, useState } from 'react';
import { useScans } from '../../../app/scan-context';
import { drawJpeg } from '../../../scans/canvas-jpeg';
import type { ScanPageView } from '../../../store/scan-types';

/** Pages this close below or above the visible grid are drawn before they scroll in. */
const NEAR = '300px';

export function PageThumbnail({ page, label }: { page: ScanPageView; label: string }) {
  const scans = useScans();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = canvas.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && setNear(true), { rootMargin: NEAR });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, page.thumbnail]);

  useEffect(() => {
    if (!page.thumbnail || !near) return;
    let live = true;
    scans
      .thumbnail(page.id)
      .then((jpeg) => (live && canvas.current ? drawJpeg(canvas.current, jpeg, page.rotation) : undefined))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [scans, page.id, page.rotation, page.thumbnail, near]);

  if (!page.thumbnail) {
    return (
      <span className="scan-thumb scan-thumb-pending" role="img" aria-label={label} data-testid="scan-thumb-pending">
        {page.number}
      </span>
    );
  }
  return <canvas ref={canvas} className="scan-thumb" role="img" aria-label={label} data-rotation={page.rotation} />;
}
