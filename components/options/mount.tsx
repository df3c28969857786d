// Mounts the options page with the extension's memory client, site rules in storage.local and
// a download through an <a download> link. Call from entrypoints/options/main.tsx.
import { render } from 'preact';
import './options.css';
import { extensionMemoryClient } from '../../utils/store/client';
import { loadSiteRules, saveSiteRules } from '../../utils/store/site-rules';
import { OptionsContainer } from './OptionsContainer';

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mountOptions(el: HTMLElement): void {
  render(
    <OptionsContainer
      client={extensionMemoryClient()}
      loadSites={loadSiteRules}
      saveSites={saveSiteRules}
      download={download}
    />,
    el,
  );
}
