// What the backup screen says, as sentences in the reader's language from a plan or an outcome.
import type { ImportOutcome, ImportPlan } from '../../utils/store/transfer';
import type { DropReason } from '../../utils/store/portable';
import { formatList, t, tn, type MessageKey } from '../../locales/i18n';
import { formatBytes } from '../format';

/** Why an article of the file is left out, as the message that says it. */
const DROP_MESSAGES: Record<DropReason, MessageKey> = {
  readAt: 'backup_drop_readAt',
  publishedAt: 'backup_drop_publishedAt',
  url: 'backup_drop_url',
};

/** The preview of an import, before the reader decides. */
export function describePlan(p: ImportPlan): string[] {
  const out = [tn('backup_plan_holds', p.inFile)];
  out.push(p.adding ? tn('backup_plan_new', p.adding) : t('backup_plan_none_new'));
  if (p.known) out.push(tn('backup_plan_known', p.known));
  if (p.duplicates) out.push(tn('backup_plan_duplicates', p.duplicates));
  for (const d of p.dropped) out.push(tn('backup_plan_dropped', d.count, t(DROP_MESSAGES[d.reason]), d.first));
  if (p.overLimit) {
    const s = p.settings;
    const parts = [
      p.removesOwn ? t('backup_plan_yours', p.removesOwn) : '',
      p.leavesOutFromFile ? t('backup_plan_from_file', p.leavesOutFromFile) : '',
    ].filter(Boolean);
    out.push(
      `${tn('backup_plan_limit', s.maxArticles, formatBytes(s.maxBytes))} ` +
        tn('backup_plan_over', p.removesOwn + p.leavesOutFromFile, formatList(parts)),
    );
  } else if (p.adding) out.push(t('backup_plan_nothing_removed'));
  return out;
}

/** The result of an import. */
export function describeOutcome(r: ImportOutcome): string {
  const out = [tn('backup_done_imported', r.added)];
  if (r.known) out.push(tn('backup_done_known', r.known));
  if (r.dropped) out.push(tn('backup_done_dropped', r.dropped));
  if (r.removed || r.leftOut) {
    const parts = [
      r.removed ? tn('backup_done_removed', r.removed) : '',
      r.leftOut ? tn('backup_done_left_out', r.leftOut) : '',
    ].filter(Boolean);
    out.push(tn('backup_done_limit', r.settings.maxArticles, formatList(parts)));
  }
  return out.join(' ');
}
