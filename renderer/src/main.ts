// The first page: shows 评审台 and what the host says about itself (version, how it runs, where the data
// lives). Plain DOM for now; the React UI replaces it in the workspace issues.
import type { HostResult } from '../../shared/contract/host-api-spec';
import { translate, type MessageKey } from '../../shared/i18n/translate';
import { callHost } from './host-client';

type HostInfo = HostResult<'getHostInfo'>;

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function showInfo(app: HTMLElement, info: HostInfo): void {
  const list = document.createElement('dl');
  const rows: [MessageKey, string, string][] = [
    ['host.page.version', info.version, 'version'],
    ['host.page.host', zh(`host.page.hostKind.${info.host}`), 'host'],
    ['host.page.dataDir', info.dataDir, 'data-dir'],
  ];
  for (const [label, value, id] of rows) list.append(element('dt', zh(label)), element('dd', value, { 'data-testid': id }));
  app.replaceChildren(element('h1', zh('host.page.title')), element('p', zh('host.page.subtitle'), { class: 'subtitle' }), list);
}

async function start(): Promise<void> {
  // The link's token has become a cookie: take it out of the address bar and the history.
  if (new URLSearchParams(location.search).has('token')) history.replaceState(null, '', location.pathname + location.hash);
  const app = document.getElementById('app') ?? document.body;
  app.replaceChildren(element('h1', zh('host.page.title')), element('p', zh('host.page.loading'), { class: 'subtitle' }));
  try {
    showInfo(app, await callHost('getHostInfo', {}));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    app.append(element('p', zh('host.page.failed', { message }), { class: 'error', 'data-testid': 'error' }));
  }
}

void start();
