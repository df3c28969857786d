import type { ImportPlan, LimitChoice } from '../../utils/store/transfer';
import { t, tn } from '../../locales/i18n';
import { describePlan } from './backup-text';

export type BackupMessage = { kind: 'ok'; text: string } | { kind: 'error'; text: string; details?: string[] };

export interface BackupProps {
  onExport: () => void;
  /** The chosen file; the container reads it and asks for a plan. */
  onImport: (file: File) => void;
  /** What importing the chosen file would do; nothing is written until the reader confirms. */
  plan?: ImportPlan | null;
  onConfirm?: (choice: LimitChoice) => void;
  onCancel?: () => void;
  /** What is going on ("Reading the file…"), or null when idle. */
  busy?: string | null;
  message?: BackupMessage | null;
}

function Preview({
  plan,
  onConfirm,
  onCancel,
}: Required<Pick<BackupProps, 'onConfirm' | 'onCancel'>> & { plan: ImportPlan }) {
  return (
    <div class="status preview" role="group" aria-label={t('backup_preview_label')} data-testid="import-preview">
      {describePlan(plan).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
      <div class="row">
        {plan.adding === 0 ? null : plan.overLimit ? (
          <>
            <button type="button" class="danger" data-testid="import-confirm" onClick={() => onConfirm('limit')}>
              {tn('backup_import_remove', plan.removesOwn + plan.leavesOutFromFile)}
            </button>
            {plan.raiseTo ? (
              <button type="button" data-testid="import-raise" onClick={() => onConfirm('raise')}>
                {tn('backup_raise', plan.raiseTo.maxArticles)}
              </button>
            ) : null}
          </>
        ) : (
          <button type="button" data-testid="import-confirm" onClick={() => onConfirm('limit')}>
            {tn('backup_import_count', plan.adding)}
          </button>
        )}
        <button type="button" data-testid="import-cancel" onClick={onCancel}>
          {plan.adding === 0 ? t('options_close') : t('options_cancel')}
        </button>
      </div>
    </div>
  );
}

/** Export the memory as a JSON file; import one back (previewed, then merged into what is there). */
export function Backup({ onExport, onImport, plan, onConfirm, onCancel, busy, message }: BackupProps) {
  const idle = !busy && !plan;
  return (
    <section class="card" aria-labelledby="backup-heading" data-testid="backup">
      <h2 id="backup-heading">{t('options_backup_title')}</h2>
      <p>{t('backup_intro')}</p>
      <div class="row">
        <button type="button" onClick={onExport} disabled={!idle} data-testid="export">
          {t('backup_export')}
        </button>
        <label class="file">
          {t('backup_import_file')}
          <input
            type="file"
            accept="application/json,.json"
            disabled={!idle}
            data-testid="import"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) onImport(file);
              input.value = '';
            }}
          />
        </label>
      </div>
      {busy ? (
        <p class="status loading" role="status" aria-live="polite" data-testid="backup-busy">
          <span class="spinner" aria-hidden="true" /> {busy}
        </p>
      ) : null}
      {plan && onConfirm && onCancel ? <Preview plan={plan} onConfirm={onConfirm} onCancel={onCancel} /> : null}
      {message ? (
        <div
          class={`status ${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="backup-message"
        >
          <p>{message.text}</p>
          {message.kind === 'error' && message.details?.length ? (
            <ul class="details">
              {message.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
