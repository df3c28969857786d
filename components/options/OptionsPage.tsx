// The options page's sections in order, for the container (entrypoints/options) to render.
import { SitesSettings, type SitesSettingsProps } from './SitesSettings';
import { MemoryLimits, type MemoryLimitsProps } from './MemoryLimits';
import { Backup, type BackupProps } from './Backup';
import { MemoryBrowser, type MemoryBrowserProps } from './MemoryBrowser';

export interface OptionsPageProps {
  sites: SitesSettingsProps;
  limits: MemoryLimitsProps;
  backup: BackupProps;
  browser: MemoryBrowserProps;
}

export function OptionsPage(p: OptionsPageProps) {
  return (
    <main class="options" data-testid="options">
      <h1>Lede</h1>
      <p class="lede">
        Lede reads news on your device and remembers what you read, here in this browser only. It sends nothing
        anywhere.
      </p>
      <SitesSettings {...p.sites} />
      <MemoryLimits {...p.limits} />
      <Backup {...p.backup} />
      <MemoryBrowser {...p.browser} />
    </main>
  );
}
