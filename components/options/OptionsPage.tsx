// The options page's sections in order, for the container (entrypoints/options) to render.
import { SitesSettings, type SitesSettingsProps } from './SitesSettings';
import { MemoryLimits, type MemoryLimitsProps } from './MemoryLimits';
import { Backup, type BackupProps } from './Backup';
import { MemoryBrowser, type MemoryBrowserProps } from './MemoryBrowser';
import { Boundary } from './Boundary';
import { t } from '../../locales/i18n';

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
      <p class="lede">{t('options_intro')}</p>
      {/* Each part behind its own boundary: one that fails says so, the others keep working. */}
      <Boundary title={t('options_sites_title')}>
        <SitesSettings {...p.sites} />
      </Boundary>
      <Boundary title={t('options_memory_title')}>
        <MemoryLimits {...p.limits} />
      </Boundary>
      <Boundary title={t('options_backup_title')}>
        <Backup {...p.backup} />
      </Boundary>
      <Boundary title={t('options_browser_title')}>
        <MemoryBrowser {...p.browser} />
      </Boundary>
    </main>
  );
}
