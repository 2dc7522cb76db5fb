/**
 * How the page beside the form is shown: zoom (1 = page width fits the panel) and pan offset in
 * CSS pixels, changed by the viewer keys. Pure; remembering one per page is use-page-viewer's job.
 */
export interface PageView {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}

export const FIT: PageView = { zoom: 1, x: 0, y: 0 };

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4] as const;
/** One pan key press moves the page by this share of the panel. */
const PAN_SHARE = 0.2;

/** The next zoom level up (step 1) or down (step -1); step 0 fits the page again. */
export function zoomed(view: PageView, step: -1 | 0 | 1): PageView {
  if (step === 0) return FIT;
  const index = ZOOMS.findIndex((z) => z >= view.zoom - 1e-9);
  const from = index < 0 ? ZOOMS.length - 1 : index;
  const zoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, from + step))] ?? 1;
  // Keep the same spot of the page in the middle of the panel.
  const ratio = zoom / view.zoom;
  return { zoom, x: view.x * ratio, y: view.y * ratio };
}

/** Moves the page's picture by whole pan steps within a panel of `width`×`height` pixels. */
export function panned(view: PageView, dx: number, dy: number, panel: { width: number; height: number }): PageView {
  return { ...view, x: Math.round(view.x - dx * panel.width * PAN_SHARE), y: Math.round(view.y - dy * panel.height * PAN_SHARE) };
}
