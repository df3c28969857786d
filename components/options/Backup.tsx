export type BackupMessage = { kind: 'ok'; text: string } | { kind: 'error'; text: string; details?: string[] };

export interface BackupProps {
  onExport: () => void;
  /** The chosen file; the container reads and imports it. */
  onImport: (file: File) => void;
  busy?: boolean;
  message?: BackupMessage | null;
}

/** Export the memory as a JSON file, import one back (merged into what is there). */
export function Backup({ onExport, onImport, busy, message }: BackupProps) {
  return (
    <section class="card" aria-labelledby="backup-heading" data-testid="backup">
      <h2 id="backup-heading">Export and import</h2>
      <p>
        Export saves everything Lede remembers as a JSON file. Importing adds a file’s articles to your memory; nothing
        is replaced or removed.
      </p>
      <div class="row">
        <button type="button" onClick={onExport} disabled={busy} data-testid="export">
          Export memory
        </button>
        <label class="file">
          Import a file
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
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
