// Creates, duplicates or edits one own template. The draft is checked with the
// same schema the data layer uses; while it has issues nothing is saved, and each
// issue shows beside its field and in a summary at the top. Escape cancels.
import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../../../shared/domain/checklistTemplate';
import { localized } from '../../../../shared/domain/localized';
import { notebook } from '../../../data';
import { useFormAction } from '../../../components/useFormAction';
import { TemplateError } from '../TemplateError';
import type { TemplateDraft } from './draft';
import type { DraftEditor } from './draftEdits';
import { DiscardDialog } from './DiscardDialog';
import { useLeaveGuard } from '../../../app/leaveGuard';
import { findField } from './fieldLocation';
import { EditorIssuesContext, EditorItemsContext } from './editorContext';
import { IssueSummary } from './IssueSummary';
import { MetaFields } from './MetaFields';
import { PhaseList } from './PhaseList';
import { basedOnOf, firstDraft, idRulesFor, type EditorSession } from './session';
import { useFocusRequest } from './useFocusRequest';
import { checkDraft, type EditorIssue } from './validation';

export interface TemplateEditorProps {
  session: EditorSession;
  /** Ids of the responder's own templates, which a new id must not overwrite. */
  ownIds: readonly string[];
  onDone(saved: ChecklistTemplate | null): void;
}

export function TemplateEditor({ session, ownIds, onDone }: TemplateEditorProps) {
  const { t, i18n } = useTranslation('templates');
  const [initial] = useState(() => firstDraft(session, ownIds));
  const [draft, setDraft] = useState<TemplateDraft>(initial);
  const [attempted, setAttempted] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const rules = useMemo(() => idRulesFor(session, ownIds), [session, ownIds]);
  // Checked live only once a save was tried, so issues clear as they are fixed. The
  // list keeps its identity while it reads the same, so unchanged fields skip rendering.
  const issuesText = useMemo(() => {
    const check = attempted ? checkDraft(draft, rules, t) : null;
    return JSON.stringify(check && !check.ok ? check.issues : []);
  }, [attempted, draft, rules, t]);
  const issues = useMemo(() => JSON.parse(issuesText) as EditorIssue[], [issuesText]);
  const { root, focus } = useFocusRequest<HTMLDivElement>();
  const toSave = useRef<ChecklistTemplate | null>(null);
  const save = useFormAction(async () => onDone(await notebook.saveTemplate(toSave.current!, basedOnOf(session))));
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  useLeaveGuard(dirty);
  const editor = useMemo<DraftEditor>(() => ({ edit: setDraft, focus }), [focus]);
  const items = useMemo(
    () => draft.phases.flatMap((phase) => phase.items.map((item) => ({ id: item.id.trim(), text: localized(item.text, i18n.language).slice(0, 60) }))),
    [draft.phases, i18n.language],
  );

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setAttempted(true);
    const check = checkDraft(draft, rules, t);
    if (!check.ok) {
      focus('.template-issues');
      return;
    }
    toSave.current = check.template;
    void save.run();
  };
  const cancel = () => (dirty ? setConfirmingDiscard(true) : onDone(null));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      // Enter in a one-line field moves on instead of saving a half-written template.
      event.preventDefault();
    }
  };

  const heading =
    session.mode === 'new'
      ? t('editor.heading.new')
      : t(`editor.heading.${session.mode}`, { title: localized(session.mode === 'edit' ? session.template.title : session.source.title, i18n.language) });

  return (
    <>
      <div className="page template-editor-page" ref={root} onKeyDown={onKeyDown}>
        <form className="template-editor" onSubmit={submit} noValidate aria-labelledby="template-editor-heading" aria-busy={save.busy}>
          <header className="template-editor-header">
            <h1 id="template-editor-heading">{heading}</h1>
            <span className="spacer" />
            <span className="muted template-editor-keys">{t('editor.keys')}</span>
            <button type="button" className="btn" onClick={cancel}>
              {t('editor.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={save.busy}>
              {t('editor.save')}
            </button>
          </header>
          <EditorIssuesContext value={issues}>
            <IssueSummary issues={issues} onGoTo={(path) => findField(root.current ?? document, path)?.focus()} />
            <TemplateError error={save.error} />
            <MetaFields draft={draft} editing={session.mode === 'edit'} onChange={(change) => setDraft((current) => ({ ...current, ...change }))} />
            <EditorItemsContext value={items}>
              <PhaseList phases={draft.phases} editor={editor} />
            </EditorItemsContext>
          </EditorIssuesContext>
        </form>
      </div>
      <DiscardDialog open={confirmingDiscard} onKeep={() => setConfirmingDiscard(false)} onDiscard={() => onDone(null)} />
    </>
  );
}
