/** Bench page entry: exposes the suites to the Node runner, which calls them through Playwright. */
import { runStoreBench } from './store-bench';

declare global {
  interface Window {
    sohoaBench: { runStoreBench: typeof runStoreBench };
  }
}

window.sohoaBench = { runStoreBench };
