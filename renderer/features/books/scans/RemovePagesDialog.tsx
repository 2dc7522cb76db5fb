/**
 * Confirms removing a scanned page or its whole file. Says what goes; when entries are linked
 * to it, says how many and offers only Cancel, since the store refuses such a removal. The
 * remove button takes focus when offered, so Enter confirms and Esc cancels.
 */
import { useT } from '../../../i18n/use-t';
import type { ScanRemoval, ScanRemovalTarget } from '../../../store/scan-types';
import { FormDialog } from '../../../ui/FormDialog';

export interface RemovePagesDialogProps {
  target: ScanRemovalTarget;
  removal: ScanRemoval;
  /** The selected page's number, as the grid shows it. */
  number: number;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function RemovePagesDialog({ target, removal, number, busy, onConfirm, onClose }: RemovePagesDialogProps) {
  const t = useT();
  const linked = removal.linkedEntries > 0;
  const intro = linked
    ? t('scans.remove.linked', { n: removal.linkedEntries })
    : target.scope === 'page'
      ? t(removal.files > 0 ? 'scans.remove.pageIntroFile' : 'scans.remove.pageIntro')
      : t('scans.remove.sourceIntro', { pages: removal.pages });
  return (
    <FormDialog
      title={t(target.scope === 'page' ? 'scans.remove.pageTitle' : 'scans.remove.sourceTitle', { n: number })}
      intro={intro}
      submitLabel={t('scans.remove.submit')}
      ready={!linked && !busy}
      testId="scan-remove-dialog"
      onSubmit={onConfirm}
      onClose={onClose}
    >
      {() => null}
    </FormDialog>
  );
}
