// Thin container for the options page: memory operations through the injected client; backups
// through the injected backup service (the page's own connection to the database: no message
// size limit); site rules and file download through injected functions.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MemoryClient } from '../../utils/store/messages';
import type { ArticleListItem, MemoryStats, PersonListItem } from '../../utils/store/api';
import { DEFAULT_SETTINGS, type MemorySettings } from '../../utils/store/types';
import type { SiteRules } from '../../utils/store/site-rules';
import { OptionsPage } from './OptionsPage';
import type { SiteMode } from './SitesSettings';
import type { BackupMessage } from './Backup';
import type { LoadState } from '../Status';
import type { BackupService } from '../../utils/store/backup';
import type { ImportPlan, Incoming } from '../../utils/store/transfer';
import { describeOutcome } from './backup-text';
import { formatBytes } from '../format';
import { t, tn } from '../../locales/i18n';

export type { SiteRules };

export interface OptionsContainerProps {
  client: MemoryClient;
  backup: BackupService;
  loadSites: () => Promise<SiteRules>;
  saveSites: (rules: SiteRules) => Promise<void>;
  /** Offer a file to the reader (an <a download> in the page, or browser.downloads). */
  download: (filename: string, file: Blob) => void;
  now?: () => number;
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function OptionsContainer({
  client,
  backup: service,
  loadSites,
  saveSites,
  download,
  now = Date.now,
}: OptionsContainerProps) {
  const [sites, setSites] = useState<SiteRules>({ paused: false, off: [], on: [] });
  const [settings, setSettings] = useState<MemorySettings>(DEFAULT_SETTINGS);
  const [stats, setStats] = useState<MemoryStats | null>(null);
  const [limitsMessage, setLimitsMessage] = useState<string | null>(null);
  const [backup, setBackup] = useState<BackupMessage | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, setPending] = useState<{ incoming: Incoming; plan: ImportPlan } | null>(null);
  const [query, setQuery] = useState('');
  const [list, setList] = useState<{ articles: ArticleListItem[]; people: PersonListItem[] }>({
    articles: [],
    people: [],
  });
  const [listState, setListState] = useState<LoadState>('loading');

  const refresh = useCallback(
    async (q: string) => {
      try {
        const [found, st] = await Promise.all([
          client['lede:memory-search']({ query: q, limit: 100 }),
          client['lede:memory-stats'](),
        ]);
        setList(found);
        setStats(st);
        setListState('ready');
      } catch {
        setListState('error');
      }
    },
    [client],
  );

  useEffect(() => {
    loadSites().then(setSites, () => undefined);
    client['lede:memory-get-settings']().then(setSettings, () => undefined);
  }, [client, loadSites]);
  useEffect(() => {
    void refresh(query);
  }, [query, refresh]);

  const updateSites = (next: SiteRules) => {
    setSites(next);
    void saveSites(next);
  };
  const deleted = (r: { ok: boolean; message?: string }) => {
    if (!r.ok) setBackup({ kind: 'error', text: r.message ?? t('browser_delete_failed') });
    void refresh(query);
  };

  return (
    <OptionsPage
      sites={{
        paused: sites.paused,
        offSites: sites.off,
        onSites: sites.on,
        onPause: (paused) => updateSites({ ...sites, paused }),
        onAddSite: (site: string, mode: SiteMode) => {
          const other = mode === 'off' ? 'on' : 'off';
          updateSites({
            ...sites,
            [mode]: [...new Set([...sites[mode], site])],
            [other]: sites[other].filter((s) => s !== site),
          });
        },
        onRemoveSite: (site: string, mode: SiteMode) =>
          updateSites({ ...sites, [mode]: sites[mode].filter((s) => s !== site) }),
      }}
      limits={{
        settings,
        stats,
        message: limitsMessage,
        onSave: async (change) => {
          const r = await client['lede:memory-set-settings'](change);
          if (r.ok) {
            setSettings(r.settings);
            setLimitsMessage(r.evicted ? tn('limits_saved_evicted', r.evicted) : t('limits_saved'));
            void refresh(query);
          } else setLimitsMessage(r.message);
        },
      }}
      backup={{
        busy,
        message: backup,
        plan: pending?.plan ?? null,
        onExport: async () => {
          setBusy(t('backup_exporting'));
          setBackup(null);
          try {
            const file = await service.exportFile();
            download(`lede-memory-${new Date(now()).toISOString().slice(0, 10)}.json`, file.blob);
            setBackup({
              kind: 'ok',
              text: tn('backup_exported', file.articles, formatBytes(file.blob.size)),
            });
          } catch (e) {
            setBackup({ kind: 'error', text: t('backup_export_failed', reason(e)) });
          } finally {
            setBusy(null);
          }
        },
        onImport: async (file: File) => {
          setBusy(t('backup_reading'));
          setBackup(null);
          setPending(null);
          try {
            const r = await service.read(file);
            if (!r.ok) setBackup({ kind: 'error', text: r.message, details: r.errors });
            else setPending({ incoming: r.incoming, plan: await service.plan(r.incoming) });
          } catch (e) {
            setBackup({ kind: 'error', text: t('backup_import_failed', reason(e)) });
          } finally {
            setBusy(null);
          }
        },
        onCancel: () => {
          setPending(null);
          setBackup({ kind: 'ok', text: t('backup_cancelled') });
        },
        onConfirm: async (choice) => {
          if (!pending) return;
          setBusy(t('backup_importing'));
          try {
            const r = await service.apply(pending.incoming, choice);
            if (r.ok) {
              setSettings(r.settings);
              setBackup({ kind: 'ok', text: describeOutcome(r) });
            } else setBackup({ kind: 'error', text: t('backup_not_imported', r.message) });
          } catch (e) {
            setBackup({ kind: 'error', text: t('backup_import_failed', reason(e)) });
          } finally {
            setPending(null);
            setBusy(null);
            void refresh(query);
          }
        },
      }}
      browser={{
        query,
        onQuery: setQuery,
        articles: list.articles,
        people: list.people,
        state: listState,
        onDeleteArticle: (url) => client['lede:memory-delete-article']({ url }).then(deleted),
        onDeleteSite: (site) => client['lede:memory-delete-site']({ site }).then(deleted),
        onDeleteAll: () => client['lede:memory-delete-all']().then(deleted),
      }}
    />
  );
}
