// Writing a new entry: kind, event time (now unless set), tags and the rich text.
// Ctrl/Cmd+Enter saves and keeps the focus in the composer for the next entry.
// `@` mentions one of the incident's systems, `#` cites one of its evidence items;
// the entry then references them (refs `system` / `evidence`).
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import type { EntryKind } from '../../../shared/domain/logEntry';
import { notebook } from '../../data';
import { Composer, EvidenceMentionPlugin, SystemMentionPlugin, mentionRefsOf, type ComposerHandle, type ComposerValue } from '../../editor';
import { EventTimeField, isWallValid, resolveEventTime, type EventTimeValue } from '../../components/EventTimeField';
import { ErrorText, formError } from '../../components/ErrorText';
import { useCommand } from '../../app/commands';
import { useLeaveGuard } from '../../app/leaveGuard';
import { toWallInput } from '../../lib/time';
import { KindSelect, kindForShortcut } from './KindSelect';
import { splitTags, tagProblem } from '../../lib/tags';
import { useMentionables } from './useMentionables';

export interface EntryComposerProps {
  incident: Incident;
  onSaved(entryId: string): void;
}

const nowValue = (zone: string): EventTimeValue => ({ mode: 'now', wall: '', zone, precision: 'minute' });
/** A save quicker than this never disables the Save button (no render while its transaction is out). */
const SHOW_SAVING_AFTER_MS = 150;

export function EntryComposer({ incident, onSaved }: EntryComposerProps) {
  const { t } = useTranslation('log');
  const editor = useRef<ComposerHandle>(null);
  const [kind, setKind] = useState<EntryKind>('note');
  const [time, setTime] = useState<EventTimeValue>(() => nowValue(incident.timeZone));
  const [tags, setTags] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  // A half-written entry must not vanish when the responder switches incident.
  const [drafting, setDrafting] = useState(false);
  useLeaveGuard(drafting);
  const mentionable = useMentionables(incident.id);

  useCommand('new-entry', useCallback(() => editor.current?.focus(), []));

  const changeTime = (next: EventTimeValue) => {
    // Switching to a set time starts from "now" in the chosen zone, to the second.
    if (next.mode === 'set' && !next.wall) next = { ...next, wall: toWallInput(notebook.now().toISOString(), next.zone) };
    setTime(next);
  };

  // The guard against a second Ctrl+Enter while one save runs (state would be a render late);
  // the button shows it only for a save slower than SHOW_SAVING_AFTER_MS.
  const busy = useRef(false);
  const save = async (value: ComposerValue): Promise<boolean> => {
    if (value.isEmpty || busy.current) return false;
    const problem = !isWallValid(time) ? 'form.timeRequired' : tagProblem(splitTags(tags));
    if (problem) {
      setError(formError(problem));
      return false;
    }
    busy.current = true;
    let slowSave: ReturnType<typeof setTimeout> | undefined;
    try {
      const pending = notebook.appendEntry({
        incidentId: incident.id,
        kind,
        ...resolveEventTime(time, notebook.now()),
        body: value.body,
        text: value.text,
        tags: splitTags(tags),
        refs: mentionRefsOf(value.body),
      });
      // The button shows the save only when it is slow: a render while the transaction is out
      // would hold up the main thread that must hear the database's answers (measured: an
      // append took ~2 ms longer with it).
      slowSave = setTimeout(() => setSaving(true), SHOW_SAVING_AFTER_MS);
      const entry = await pending;
      setError(null);
      setTags('');
      setTime(nowValue(incident.timeZone));
      onSaved(entry.id);
      return true;
    } catch (cause) {
      setError(cause);
      return false;
    } finally {
      busy.current = false;
      clearTimeout(slowSave);
      setSaving(false);
    }
  };

  return (
    <section
      className="composer-panel"
      aria-label={t('composer.region')}
      onKeyDown={(event) => {
        const shortcut = kindForShortcut(event);
        if (shortcut) {
          event.preventDefault();
          setKind(shortcut);
        }
      }}
    >
      <div className="row composer-meta">
        <KindSelect value={kind} onChange={setKind} />
        <input type="text" className="tags-input" aria-label={t('composer.tags')} placeholder={t('composer.tagsPlaceholder')} value={tags} onChange={(e) => setTags(e.target.value)} />
        <span className="spacer" />
        <span className="muted small">
          <span className="kbd">Ctrl</span>+<span className="kbd">Enter</span> {t('composer.toSave')}
        </span>
        <button type="button" className="btn btn-primary" onClick={() => void editor.current?.submit()} disabled={saving}>
          {t('composer.save')}
        </button>
      </div>
      <EventTimeField value={time} onChange={changeTime} label={t('composer.eventTime')} />
      <Composer ref={editor} ariaLabel={t('composer.label')} placeholder={t('composer.placeholder')} onSubmit={save} onChange={(value) => setDrafting(!value.isEmpty)} autoFocus>
        <SystemMentionPlugin systems={mentionable.systems} />
        <EvidenceMentionPlugin items={mentionable.evidence} />
      </Composer>
      <ErrorText error={error} />
    </section>
  );
}
