// What every end-to-end page test checks at the end: no console error, no uncaught page error and no CSP
// violation, except the one report the CSP is expected to make (zod's eval probe, below).
import type { BrowserContext, Page } from 'playwright-core';

/** Console errors and uncaught page errors of one page, collected as they happen. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

const cspByPage = new Map<Page, string[]>();

/** Reports every `securitypolicyviolation` of the context's pages back to the test (read with `cspViolations`). */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__rdCsp', ({ page }, text: string) => {
    const list = cspByPage.get(page) ?? [];
    list.push(text);
    cspByPage.set(page, list);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { __rdCsp: (text: string) => Promise<void> }).__rdCsp(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

export const cspViolations = (page: Page): string[] => cspByPage.get(page) ?? [];

/**
 * zod's `allowsEval` probe (`try { Function('') } catch {}`, run once per page load from the app bundle):
 * the CSP refuses it as it must and zod falls back; Chromium still reports it. Exactly that report, and the
 * console line Chromium may print for it, are left out; any other violation or error fails the test. The
 * probe is reported from whichever built chunk holds zod's core: Rollup moves it out of index-*.js into a
 * shared chunk (schemas-*.js) once a lazily loaded screen uses zod too, so any chunk under /assets/ counts.
 */
const ZOD_EVAL_PROBE = [/^script-src eval http:\/\/127\.0\.0\.1:\d+\/assets\/[\w-]+\.js:\d+$/, /^console: Refused to evaluate a string as JavaScript because 'unsafe-eval'/];

export function serious(list: readonly string[]): string[] {
  return list.filter((text) => !ZOD_EVAL_PROBE.some((probe) => probe.test(text)));
}
