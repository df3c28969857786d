// Backups as the options page runs them: straight on the database, which the page shares with the
// background (same extension origin), so a backup of any size never crosses a message. The file is
// offered as a Blob built from pieces, and read back with a size check before anything is parsed.
import { LedeDB } from './db';
import type { StoreResult } from './types';
import {
  applyImport,
  exportParts,
  planImport,
  prepareImport,
  type ImportOutcome,
  type ImportPlan,
  type Incoming,
  type LimitChoice,
  type Prepared,
} from './transfer';

/** Larger files are refused before reading: a browser cannot hold their text and parse it. */
export const MAX_FILE_BYTES = 400 * 1024 * 1024;

export interface BackupService {
  /** The whole memory as a JSON file. */
  exportFile(): Promise<{ blob: Blob; articles: number }>;
  /** Read and check a chosen file; the memory is not touched. */
  read(file: Blob): Promise<Prepared>;
  /** What importing it would do (shown to the reader before anything changes). */
  plan(incoming: Incoming): Promise<ImportPlan>;
  apply(incoming: Incoming, choice: LimitChoice): Promise<StoreResult<ImportOutcome>>;
}

const MB = 1024 * 1024;

export function backupService(db: LedeDB = new LedeDB(), now: () => number = Date.now): BackupService {
  return {
    async exportFile() {
      const { parts, articles } = await exportParts(db, now());
      return { blob: new Blob(parts, { type: 'application/json' }), articles };
    },
    async read(file) {
      if (file.size === 0)
        return { ok: false, reason: 'invalid', message: 'This file is empty: it is not a Lede backup.', errors: [] };
      if (file.size > MAX_FILE_BYTES)
        return {
          ok: false,
          reason: 'invalid',
          message: `This file is too large to import (${Math.round(file.size / MB)} MB; Lede reads backups of up to ${MAX_FILE_BYTES / MB} MB). Nothing was imported.`,
          errors: [],
        };
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        return {
          ok: false,
          reason: 'invalid',
          message: `Lede could not read this file (${e instanceof Error ? e.message : String(e)}). Nothing was imported.`,
          errors: [],
        };
      }
      return prepareImport(text, now());
    },
    plan: (incoming) => planImport(db, incoming),
    apply: (incoming, choice) => applyImport(db, incoming, choice),
  };
}
