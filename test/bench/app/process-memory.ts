/**
 * Resident memory of a running Chromium, read from Linux /proc: the browser process found by
 * its profile directory and every process below it (zygotes, renderers with their pdf.js worker
 * thread, network/storage utilities). A sampler sums VmRSS over that tree at a fixed interval
 * and keeps the peak; the renderers' kernel high-water mark (VmHWM, reset when sampling starts)
 * catches peaks shorter than the interval. Linux only, like the bench machine.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const MB = 1024 * 1024;

interface ChromiumProcess {
  pid: number;
  renderer: boolean;
}

const readOr = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** Bytes of a /proc/<pid>/status field (reported in kB); 0 once the process is gone. */
function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readOr(`/proc/${pid}/status`));
  return match ? Number(match[1]) * 1024 : 0;
}

/** The browser process started on `profileDir` and all its descendants, as they are now. */
export function chromiumTree(profileDir: string): ChromiumProcess[] {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  const parent = new Map<number, number>();
  const cmdline = new Map<number, string>();
  for (const pid of pids) {
    // The command name in field 2 may hold spaces; the parent id is the second field after it.
    const stat = readOr(`/proc/${pid}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parent.set(pid, ppid);
    cmdline.set(pid, readOr(`/proc/${pid}/cmdline`).replaceAll('\0', ' '));
  }
  const root = pids.find((pid) => {
    const cmd = cmdline.get(pid) ?? '';
    return cmd.includes(`--user-data-dir=${profileDir}`) && !cmd.includes('--type=');
  });
  if (root === undefined) throw new Error(`no Chromium running on ${profileDir}`);
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree].map((pid) => ({ pid, renderer: (cmdline.get(pid) ?? '').includes('--type=renderer') }));
}

export const treeRss = (tree: readonly ChromiumProcess[]): number => tree.reduce((n, p) => n + statusBytes(p.pid, 'VmRSS'), 0);

export interface MemoryPeak {
  /** Sum of VmRSS over the tree just before sampling started. */
  baselineMB: number;
  /** Highest sampled sum of VmRSS over the tree, above the baseline. */
  peakAboveMB: number;
  /** The renderers' VmHWM (kernel-tracked peak since the reset) summed, above their RSS at the start. */
  rendererHwmAboveMB: number | null;
  samples: number;
}

/**
 * Samples the tree every `intervalMs` until the returned stop() (re-reading the process list
 * every second, for processes started meanwhile). The renderers' VmHWM is reset through
 * clear_refs where the kernel allows it; otherwise that figure is null.
 */
export function sampleMemory(profileDir: string, intervalMs = 25): { stop(): MemoryPeak } {
  let tree = chromiumTree(profileDir);
  const baseline = treeRss(tree);
  const renderers = tree.filter((p) => p.renderer);
  const rendererStart = renderers.reduce((n, p) => n + statusBytes(p.pid, 'VmRSS'), 0);
  let hwmReset = true;
  for (const { pid } of renderers) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      hwmReset = false;
    }
  }
  let peak = baseline;
  let samples = 0;
  let lastScan = Date.now();
  const timer = setInterval(() => {
    if (Date.now() - lastScan > 1000) {
      tree = chromiumTree(profileDir);
      lastScan = Date.now();
    }
    peak = Math.max(peak, treeRss(tree));
    samples++;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, treeRss(tree));
      const hwm = renderers.reduce((n, p) => n + statusBytes(p.pid, 'VmHWM'), 0);
      return {
        baselineMB: baseline / MB,
        peakAboveMB: (peak - baseline) / MB,
        rendererHwmAboveMB: hwmReset ? (hwm - rendererStart) / MB : null,
        samples,
      };
    },
  };
}
