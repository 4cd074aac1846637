// "Correct": writes an amendment with a complete new version and a required reason.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryThread } from '../../../shared/domain/revisions';
import { notebook } from '../../data';
import { Composer, type ComposerHandle } from '../../editor';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { ErrorText } from '../../components/ErrorText';
import { EventTimeField, isWallValid, resolveEventTime, type EventTimeValue } from '../../components/EventTimeField';
import { toWallInput } from '../../lib/time';
import { parseTags } from './entryText';

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
  const [error, setError] = useState<unknown>(null);

  const save = async (): Promise<boolean> => {
    if (!thread || !time || !editor.current) return false;
    if (!isWallValid(time)) {
      setError({ code: 'log.timeRequired' });
      return false;
    }
    const value = editor.current.getValue();
    try {
      await notebook.amendEntry({
        incidentId: thread.original.incidentId,
        targetId: thread.original.id,
        reason,
        body: value.body,
        text: value.text,
        tags: parseTags(tags),
        ...resolveEventTime(time, notebook.now()),
      });
      onSaved(thread.original.id);
      return true;
    } catch (cause) {
      setError(cause);
      return false;
    }
  };

  return (
    <Dialog
      open={thread !== null}
      title={t('correct.title')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            {t('correct.save')}
          </button>
        </>
      }
    >
      {thread && time && (
        <>
          <p className="muted small">{t('correct.explain')}</p>
          <Composer ref={editor} ariaLabel={t('correct.body')} placeholder="" initialBody={thread.current.body} onSubmit={save} autoFocus />
          <EventTimeField value={time} onChange={setTime} allowNow={false} label={t('composer.eventTime')} />
          <Field label={t('composer.tags')}>
            <input type="text" value={tags} onChange={(e) => setTags(e.target.value)} />
          </Field>
          <Field label={t('correct.reason')} hint={t('correct.reasonHint')}>
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required />
          </Field>
          <ErrorText error={error} />
        </>
      )}
    </Dialog>
  );
}
