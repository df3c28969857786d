// The options page's sections in order, for the container (entrypoints/options) to render.
import { SitesSettings, type SitesSettingsProps } from './SitesSettings';
import { MemoryLimits, type MemoryLimitsProps } from './MemoryLimits';
import { Backup, type BackupProps } from './Backup';
import { MemoryBrowser, type MemoryBrowserProps } from './MemoryBrowser';
import { Boundary } from './Boundary';

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
      {/* Each part behind its own boundary: one that fails says so, the others keep working. */}
      <Boundary title="Where Lede runs">
        <SitesSettings {...p.sites} />
      </Boundary>
      <Boundary title="Reading memory">
        <MemoryLimits {...p.limits} />
      </Boundary>
      <Boundary title="Export and import">
        <Backup {...p.backup} />
      </Boundary>
      <Boundary title="What Lede remembers">
        <MemoryBrowser {...p.browser} />
      </Boundary>
    </main>
  );
}
