// A refused checklist action, translated: shown where the responder acted.
import { useChecklistErrorMessage } from './checklistTexts';

export function ChecklistError({ error }: { error: unknown }) {
  const message = useChecklistErrorMessage();
  if (!error) return null;
  return (
    <p className="error-text" role="alert">
      {message(error)}
    </p>
  );
}
