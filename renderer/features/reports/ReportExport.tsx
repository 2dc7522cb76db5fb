/**
 * Exports the report shown as an .xlsx file for printing into a folder the user picks (typed,
 * or chosen in the native dialog where the host has one), through the host's atomic export
 * write. The file holds counts and team members' names only; it is written nowhere else.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { toBase64 } from '../../../shared/crypto/bytes';
import type { SheetModel } from '../../../shared/excel/sheet-model';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { writeWorkbookInWorker } from '../../workers/xlsx-write-client';

export interface ReportFile {
  readonly name: string;
  readonly model: SheetModel;
}

export function ReportExport({ file }: { file: (madeAt: number) => ReportFile }) {
  const t = useT();
  const { host } = useServices();
  const [folder, setFolder] = useState('');
  const [canChoose, setCanChoose] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void host.invoke('files.exportFolder', {}).then((result) => {
      if (!live || !result.ok) return;
      setFolder((typed) => typed || result.value.folder);
      setCanChoose(result.value.canChoose);
    });
    return () => {
      live = false;
    };
  }, [host]);

  const choose = async () => {
    const result = await host.invoke('files.chooseFolder', { start: folder });
    if (result.ok && result.value.folder) setFolder(result.value.folder);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    if (folder.trim() === '') return setError(t('form.required'));
    setBusy(true);
    try {
      const { name, model } = file(Date.now());
      const bytes = await writeWorkbookInWorker(model);
      const result = await host.invoke('files.writeExport', { folder: folder.trim(), files: [{ name, data: toBase64(bytes) }] });
      if (result.ok) setDone(t('reports.export.done', { name, folder: result.value.folder }));
      else setError(result.error.code === 'file_exists' ? t('reports.export.exists') : t('reports.export.failed', { code: result.error.code }));
    } catch {
      setError(t('reports.export.failed', { code: 'xlsx' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate data-testid="report-export">
      <h2>{t('reports.export.title')}</h2>
      <p className="muted">{t('reports.export.intro')}</p>
      <TextField label={t('reports.export.folder')} name="folder" value={folder} onChange={setFolder} testId="report-export-folder" />
      <ErrorNotice message={error} />
      <StatusNotice message={done} />
      <div className="actions">
        {canChoose ? (
          <button type="button" onClick={() => void choose()}>
            {t('reports.export.choose')}
          </button>
        ) : null}
        <button type="submit" disabled={busy} data-testid="report-export-submit">
          {t('reports.export.submit')}
        </button>
      </div>
    </form>
  );
}
