// @vitest-environment happy-dom
// Files dropped on the window: inside an incident they become an evidence intake, whatever
// tab is showing; outside one they are refused; never does the window open them.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { File as NodeFile } from 'node:buffer';
import type { Incident } from '../../../shared/domain/incident';
import { IncidentView } from '../../../renderer/features/incidents/IncidentView';
import { useWindowFileDrop } from '../../../renderer/app/fileDrops';
import { tearDown, freshIncident } from './notebookHarness';

vi.mock('../../../renderer/features/log/LogView', () => ({
  LogView: ({ incident }: { incident: Incident }) => <section aria-label="Log view">{incident.id}</section>,
}));

/** A drag event carrying files, as the browser sends it. */
function fileDrag(type: 'dragover' | 'drop', files: File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
  return event;
}

let incident: Incident;

beforeEach(async () => {
  incident = await freshIncident({ code: '' });
});
afterEach(tearDown);

function RefuseDrops() {
  useWindowFileDrop();
  return null;
}

describe('files dropped on the window', () => {
  test('inside an incident, on the Log tab, open the evidence intake with the dropped file', async () => {
    render(
      <>
        <RefuseDrops />
        <IncidentView incidentId={incident.id} onMissing={() => {}} />
      </>,
    );
    const log = await screen.findByLabelText('Log view');
    const note = new NodeFile(['YOUR FILES ARE ENCRYPTED'], 'README_RESTORE.txt') as unknown as File;
    const over = fileDrag('dragover', [note]);
    log.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    const drop = fileDrag('drop', [note]);
    log.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(await screen.findByRole('dialog', { name: 'Add evidence: 1 file' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Evidence' }).getAttribute('aria-selected')).toBe('true'));
  });

  test('outside an incident are refused, not opened', () => {
    render(<RefuseDrops />);
    const over = fileDrag('dragover', []);
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect((over as Event & { dataTransfer: { dropEffect: string } }).dataTransfer.dropEffect).toBe('none');
    const drop = fileDrag('drop', []);
    document.body.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
