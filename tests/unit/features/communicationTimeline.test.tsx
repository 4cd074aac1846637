// @vitest-environment happy-dom
// Communications beyond the dialog: in the timeline a communication row shows its reference
// number as a chip and opens the contact; an engagement row opens the contact too; on the
// contact page a corrected or retracted communication shows what now stands in the log.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import type { CommunicationDetails } from '../../../shared/domain/communication';
import { buildThreads, type EntryThread } from '../../../shared/domain/revisions';
import { notebook, type DirectoryContact } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { getContact } from '../../../renderer/data/repositories/contacts.read';
import { i18next } from '../../../renderer/i18n';
import { EntryRow, rowWords } from '../../../renderer/features/log/EntryRow';
import { OpenRefContext } from '../../../renderer/features/systems/openRef';
import { ContactCommunications } from '../../../renderer/features/contacts/communication/ContactCommunications';
import { tearDown, freshIncident } from './notebookHarness';
import { MPD_DESK } from './communicationFixtures';

let incident: Incident;
let contact: DirectoryContact;

beforeEach(async () => {
  incident = await freshIncident({ code: '' });
  contact = (await getContact(appDb, (await notebook.saveContact(null, MPD_DESK)).id))!;
});
afterEach(tearDown);

const details = (extra: Partial<CommunicationDetails> = {}): CommunicationDetails => ({
  contactId: contact.id, contactName: 'Tokyo MPD Cyber Crime desk', channel: 'call', direction: 'outbound',
  via: '', outcome: 'Case opened', reference: '2025-0412', followUp: '', ...extra,
});
const logCall = (extra: Partial<CommunicationDetails> = {}, text = 'Call to Tokyo MPD Cyber Crime desk — Reference: 2025-0412. Outcome: Case opened.') =>
  notebook.logCommunication({ incidentId: incident.id, details: details(extra), occurredAt: '2026-03-02T01:30:00.000Z', occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', text });

async function threadOf(originalId: string): Promise<EntryThread> {
  return buildThreads(await allEntries(appDb, incident.id)).threads.find((thread) => thread.original.id === originalId)!;
}

function renderRow(thread: EntryThread, openRef: (type: string, id: string) => void) {
  const noop = () => {};
  return render(
    <OpenRefContext value={openRef}>
      <EntryRow
        t={i18next.getFixedT('en', 'log')} words={rowWords(i18next.getFixedT('en', ['log', 'common']))} thread={thread} zone="Asia/Tokyo" secondaryZone={null} clockAnomaly={false} tampered={false}
        highlighted={false} expanded={false} onToggleExpanded={noop} onHistory={noop} onCorrect={noop} onRetract={noop}
      />
    </OpenRefContext>,
  );
}

describe('timeline rows', () => {
  test('a communication row shows channel, direction, the reference chip, and opens the contact', async () => {
    const entry = await logCall();
    const openRef = vi.fn();
    renderRow(await threadOf(entry.id), openRef);

    const row = screen.getByRole('article');
    expect(within(row).getByText('Call')).toBeTruthy();
    expect(within(row).getByText('Outbound')).toBeTruthy();
    expect(within(row).getByTitle('Reference').textContent).toBe('Ref. 2025-0412');
    fireEvent.click(within(row).getByRole('button', { name: 'Open contact Tokyo MPD Cyber Crime desk' }));
    expect(openRef).toHaveBeenCalledWith('contact', contact.id);
  });

  test('a corrected communication whose text no longer holds the reference shows no chip', async () => {
    const entry = await logCall();
    await notebook.amendEntry({
      incidentId: incident.id, targetId: entry.id, reason: 'wrong receipt number', body: null,
      text: 'Call to Tokyo MPD Cyber Crime desk — Reference: 2025-0421. Outcome: Case opened.',
      occurredAt: entry.occurredAt, occurredZone: entry.occurredZone, occurredPrecision: entry.occurredPrecision, tags: [],
    });
    renderRow(await threadOf(entry.id), vi.fn());
    expect(screen.queryByTitle('Reference')).toBeNull();
    expect(screen.getByText(/2025-0421/)).toBeTruthy();
  });

  test('an engagement row names the contact from the directory and opens it', async () => {
    await notebook.setEngaged(incident.id, contact.id, true, 'Engaged: Tokyo MPD Cyber Crime desk');
    const [entry] = (await allEntries(appDb, incident.id)).filter((e) => e.kind === 'contact');
    const openRef = vi.fn();
    renderRow(await threadOf(entry!.id), openRef);
    fireEvent.click(await screen.findByRole('button', { name: 'Open contact Tokyo MPD Cyber Crime desk' }));
    expect(openRef).toHaveBeenCalledWith('contact', contact.id);
  });
});

describe('ContactCommunications', () => {
  test('lists newest first, marks a corrected one and shows its corrected text, strikes a retracted one with the reason', async () => {
    const first = await logCall({ reference: '', outcome: 'No answer' }, 'Call to Tokyo MPD Cyber Crime desk — Outcome: No answer.');
    const second = await notebook.logCommunication({
      incidentId: incident.id, details: details({ channel: 'email', reference: 'JPCERT#12345', outcome: 'Report sent' }),
      occurredAt: '2026-03-02T03:00:00.000Z', occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', text: 'E-mail to Tokyo MPD Cyber Crime desk — Reference: JPCERT#12345.',
    });
    await notebook.amendEntry({
      incidentId: incident.id, targetId: second.id, reason: 'the desk replied, not us', body: null,
      text: 'E-mail from Tokyo MPD Cyber Crime desk — Reference: JPCERT#12345. Outcome: They acknowledged the report.',
      occurredAt: second.occurredAt, occurredZone: second.occurredZone, occurredPrecision: second.occurredPrecision, tags: [],
    });
    await notebook.retractEntry({ incidentId: incident.id, targetId: first.id, reason: 'logged on the wrong contact', text: 'Retracted: logged on the wrong contact' });
    await notebook.setEngaged(incident.id, contact.id, true, 'Engaged: Tokyo MPD Cyber Crime desk');

    render(<ContactCommunications incident={incident} contact={contact} />);
    await waitFor(() => expect(screen.getAllByRole('listitem', { name: /Outbound/ })).toHaveLength(2));
    const [newer, older] = screen.getAllByRole('listitem', { name: /Outbound/ });
    expect(within(newer!).getByText('E-mail')).toBeTruthy();
    expect(within(newer!).getByText('corrected')).toBeTruthy();
    expect(within(newer!).getByText(/They acknowledged the report/)).toBeTruthy();
    expect(within(newer!).queryByText('Report sent')).toBeNull();
    expect(within(newer!).getByText('JPCERT#12345')).toBeTruthy();
    expect(within(older!).getByText('retracted')).toBeTruthy();
    expect(within(older!).getByText('Retracted by Aiko Sato: logged on the wrong contact')).toBeTruthy();
    expect(screen.getByText('2 communications')).toBeTruthy();
    expect(screen.getByText(/Engaged: Tokyo MPD Cyber Crime desk/)).toBeTruthy();
  });
});
