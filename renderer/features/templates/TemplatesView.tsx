// The "Checklist templates" screen: built-in templates (read-only, can be copied
// and exported) and the responder's own (edited, copied, exported, deleted), with
// file import and export. The editor replaces the list while it is open.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import { useTemplates, type StoredTemplate } from '../../data';
import { DeleteTemplateDialog } from './DeleteTemplateDialog';
import { TemplateEditor } from './editor/TemplateEditor';
import type { EditorSession } from './editor/session';
import { ImportButton } from './ImportButton';
import { TemplateError } from './TemplateError';
import { TemplateLists } from './TemplateLists';
import { exportToFile } from './templateFiles';
import './templates.css';

export function TemplatesView() {
  const { t } = useTranslation('templates');
  const templates = useTemplates();
  const [session, setSession] = useState<EditorSession | null>(null);
  const [deleting, setDeleting] = useState<StoredTemplate | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<{ error: unknown; fileName?: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const leftEditor = useRef(false);
  // Back from the editor, the focus starts again at the top of the list (the status below says what happened).
  useEffect(() => {
    if (session || !leftEditor.current) return;
    leftEditor.current = false;
    heading.current?.focus();
  }, [session]);

  const report = (message: string) => {
    setFailure(null);
    setStatus(message);
  };
  const exportTemplates = (list: readonly ChecklistTemplate[]) => {
    try {
      report(t('export.done', { count: list.length, file: exportToFile(list) }));
    } catch (error) {
      setFailure({ error });
    }
  };

  if (templates === undefined) return <p className="page muted">{t('loading')}</p>;
  const own = templates.own;
  if (session) {
    return (
      <TemplateEditor
        session={session}
        ownIds={own.map((template) => template.id)}
        onDone={(saved) => {
          leftEditor.current = true;
          setSession(null);
          if (saved) report(t('editor.saved', { id: saved.id, version: saved.version }));
        }}
      />
    );
  }

  return (
    <div className="page templates">
      <header className="templates-header">
        <h1 ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => setSession({ mode: 'new' })}>
          {t('actions.new')}
        </button>
        <ImportButton
          onStart={() => report('')}
          onImported={(count, fileName) => report(t('import.done', { count, file: fileName }))}
          onFailed={(error, fileName) => setFailure({ error, fileName })}
        />
        <button type="button" className="btn" disabled={own.length === 0} onClick={() => exportTemplates(own)}>
          {t('actions.exportAll')}
        </button>
      </header>
      <p className="muted">{t('intro')}</p>
      <p role="status" className="templates-status">
        {status}
      </p>
      {failure && <TemplateError error={failure.error} fileName={failure.fileName} />}
      <TemplateLists
        builtIn={templates.builtIn}
        own={own}
        onDuplicate={(source) => setSession({ mode: 'duplicate', source })}
        onEdit={(template) => setSession({ mode: 'edit', template })}
        onExport={(template) => exportTemplates([template])}
        onDelete={setDeleting}
      />
      {deleting && (
        <DeleteTemplateDialog
          key={deleting.id}
          template={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(template) => {
            setDeleting(null);
            report(t('delete.done', { id: template.id }));
          }}
        />
      )}
    </div>
  );
}
