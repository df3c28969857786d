// Mounts the options page with the extension's memory client, the page's own connection to the
// database for backups, site rules in storage.local and a download through an <a download> link.
// Call from entrypoints/options/main.tsx.
import { render } from 'preact';
import './options.css';
import { extensionMemoryClient } from '../../utils/store/client';
import { loadSiteRules, saveSiteRules } from '../../utils/store/site-rules';
import { OptionsContainer } from './OptionsContainer';
import { backupService } from '../../utils/store/backup';
import { LedeDB } from '../../utils/store/db';

function download(filename: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function mountOptions(el: HTMLElement): void {
  render(
    <OptionsContainer
      client={extensionMemoryClient()}
      backup={backupService(new LedeDB())}
      loadSites={loadSiteRules}
      saveSites={saveSiteRules}
      download={download}
    />,
    el,
  );
}
