// "Correct": writes an amendment with a complete new version and a required reason.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryThread } from '../../../shared/domain/revisions';
import { notebook } from '../../data';
import { Composer, type ComposerHandle } from '../../editor';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { ErrorText, formError } from '../../components/ErrorText';
import { DialogActions } from '../../components/DialogActions';
import { useFormAction } from '../../components/useFormAction';
import { EventTimeField, isWallValid, resolveEventTime, type EventTimeValue } from '../../components/EventTimeField';
import { toWallInput } from '../../lib/time';
import { splitTags, tagProblem } from '../../lib/tags';

interface CorrectDialogProps {
  thread: EntryThread | null;
  onClose(): void;
  onSaved(id: string): void;
}

/** Keyed by entry, so the form starts from that entry's current version. */
export const CorrectDialog = (props: CorrectDialogProps) => <CorrectForm key={props.thread?.original.id ?? ''} {...props} />;

function startTime(thread: EntryThread | null): EventTimeValue | null {
  if (!thread) return null;
  const { current } = thread;
  return { mode: 'set', wall: toWallInput(current.occurredAt, current.occurredZone), zone: current.occurredZone, precision: current.occurredPrecision };
}

function CorrectForm({ thread, onClose, onSaved }: CorrectDialogProps) {
  const { t } = useTranslation('log');
  const editor = useRef<ComposerHandle>(null);
  const [time, setTime] = useState<EventTimeValue | null>(() => startTime(thread));
  const [tags, setTags] = useState(() => thread?.current.tags.join(' ') ?? '');
  const [reason, setReason] = useState('');
  const formId = useId();
  const { busy, error, run } = useFormAction(async () => {
    if (!thread || !time || !editor.current) return;
    if (!isWallValid(time)) throw formError('form.timeRequired');
    const tagError = tagProblem(splitTags(tags));
    if (tagError) throw formError(tagError);
    const value = editor.current.getValue();
    await notebook.amendEntry({
      incidentId: thread.original.incidentId,
      targetId: thread.original.id,
      reason,
      body: value.body,
      text: value.text,
      tags: splitTags(tags),
      ...resolveEventTime(time, notebook.now()),
    });
    onSaved(thread.original.id);
  });

  return (
    <Dialog
      open={thread !== null}
      title={t('correct.title')}
      onClose={onClose}
      wide
      footer={<DialogActions formId={formId} confirmLabel={t('correct.save')} onCancel={onClose} busy={busy} />}
    >
      {thread && time && (
        <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
          <p className="muted small">{t('correct.explain')}</p>
          <Composer ref={editor} ariaLabel={t('correct.body')} placeholder="" initialBody={thread.current.body} onSubmit={() => run()} autoFocus />
          <EventTimeField value={time} onChange={setTime} allowNow={false} label={t('composer.eventTime')} />
          <Field label={t('composer.tags')}>
            <input type="text" value={tags} onChange={(e) => setTags(e.target.value)} />
          </Field>
          <Field label={t('correct.reason')} hint={t('correct.reasonHint')}>
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required />
          </Field>
          <ErrorText error={error} />
        </form>
      )}
    </Dialog>
  );
}
