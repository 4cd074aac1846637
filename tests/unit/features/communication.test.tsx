// @vitest-environment happy-dom
// Communications with a contact: logging one writes a communication entry linked to the
// contact (reference number included, time now by default, text in the language on screen);
// a failed write keeps the form and writes nothing; the contact page lists what was logged,
// corrections and retractions included.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import { notebook, type DirectoryContact } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { getContact } from '../../../renderer/data/repositories/contacts.read';
import { i18next } from '../../../renderer/i18n';
import { ContactCommunications } from '../../../renderer/features/contacts/communication/ContactCommunications';
import { LogCommunicationDialog } from '../../../renderer/features/contacts/communication/LogCommunicationDialog';
import { tearDown, freshIncident } from './notebookHarness';
import { MPD_DESK } from './communicationFixtures';

let incident: Incident;
let contact: DirectoryContact;

beforeEach(async () => {
  incident = await freshIncident();
  const saved = await notebook.saveContact(null, MPD_DESK);
  contact = (await getContact(appDb, saved.id))!;
});
afterEach(tearDown);

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const communications = async (incidentId = incident.id) => (await allEntries(appDb, incidentId)).filter((e) => e.kind === 'communication');

describe('ContactCommunications and LogCommunicationDialog', () => {
  test('logs a call with its reference number, linked to the contact, at the time of saving; the list shows it', async () => {
    render(<ContactCommunications incident={incident} contact={contact} />);
    expect(await screen.findByText('No communications with this contact in this incident yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Log communication' }));

    const dialog = screen.getByRole('dialog', { name: 'Log communication: Tokyo MPD Cyber Crime desk' });
    expect((within(dialog).getByRole('radio', { name: 'Call' }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('radio', { name: 'Outbound' }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByLabelText(/^Now/) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByLabelText('Number or address used') as HTMLSelectElement).value).toBe('03-3581-4321');
    change(within(dialog).getByLabelText('Outcome'), ' Reported the encryption of FS01; the duty officer took details ');
    change(within(dialog).getByLabelText('Reference number'), ' 2025-0412 ');
    change(within(dialog).getByLabelText('Follow-up'), 'Send the ransom note by e-mail');
    const before = Date.now();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log communication' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const after = Date.now();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Log communication' }));
    const [entry, ...others] = await communications();
    expect(others).toHaveLength(0);
    expect(entry).toMatchObject({
      kind: 'communication',
      refs: [{ type: 'contact', id: contact.id }],
      occurredZone: 'Asia/Tokyo',
      occurredPrecision: 'exact',
      text: 'Call to Tokyo MPD Cyber Crime desk via 03-3581-4321 — Reference: 2025-0412. Outcome: Reported the encryption of FS01; the duty officer took details. Follow-up: Send the ransom note by e-mail.',
      data: {
        communication: {
          contactId: contact.id, contactName: 'Tokyo MPD Cyber Crime desk', channel: 'call', direction: 'outbound', via: '03-3581-4321',
          outcome: 'Reported the encryption of FS01; the duty officer took details', reference: '2025-0412', followUp: 'Send the ransom note by e-mail',
        },
      },
    });
    const occurred = Date.parse(entry!.occurredAt);
    expect(occurred).toBeGreaterThanOrEqual(before);
    expect(occurred).toBeLessThanOrEqual(after);

    const item = await screen.findByRole('listitem', { name: 'Call, Outbound' });
    expect(within(item).getByText('2025-0412').tagName).toBe('CODE');
    expect(within(item).getByRole('button', { name: 'Copy reference number 2025-0412' })).toBeTruthy();
    expect(within(item).getByText('Reported the encryption of FS01; the duty officer took details')).toBeTruthy();
    expect(within(item).getByText('Aiko Sato · Scribe')).toBeTruthy();
    expect(screen.queryByText('No communications with this contact in this incident yet.')).toBeNull();
  });

  test('in Japanese: an inbound call saved with Ctrl+Enter, the name with the person, the text as a Japanese team writes it', async () => {
    await i18next.changeLanguage('ja');
    const saved = await notebook.saveContact(null, { ...MPD_DESK, person: '田中 健' });
    const withPerson = (await getContact(appDb, saved.id))!;
    let closed = false;
    render(<LogCommunicationDialog incident={incident} contact={withPerson} onClose={() => (closed = true)} />);
    const dialog = screen.getByRole('dialog', { name: '連絡を記録：警視庁サイバー犯罪対策課 田中 健' });
    fireEvent.click(within(dialog).getByRole('radio', { name: '着信' }));
    change(within(dialog).getByLabelText('受付番号'), '2025-0412');
    const outcome = within(dialog).getByLabelText('結果');
    change(outcome, '被害届の受理を確認');
    fireEvent.keyDown(outcome, { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(closed).toBe(true));
    const [entry] = await communications();
    expect(entry!.text).toBe('電話（着信）：警視庁サイバー犯罪対策課 田中 健（03-3581-4321） — 受付番号：2025-0412。結果：被害届の受理を確認。');
    expect(entry!.data).toMatchObject({ communication: { contactName: '警視庁サイバー犯罪対策課 田中 健', direction: 'inbound', followUp: '' } });
  });

  test('an e-mail takes the contact’s address; a typed-in line is kept as typed', async () => {
    render(<LogCommunicationDialog incident={incident} contact={contact} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    const via = within(dialog).getByLabelText('Number or address used') as HTMLSelectElement;
    fireEvent.click(within(dialog).getByRole('radio', { name: 'E-mail' }));
    expect(via.value).toBe('cyber-desk@example.jp');
    change(via, 'other');
    change(within(dialog).getByLabelText('Other number or address'), ' duty-officer@example.jp ');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Call' })); // a picked line stays picked
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log communication' }));

    await waitFor(async () => expect(await communications()).toHaveLength(1));
    const [entry] = await communications();
    expect(entry!.data).toMatchObject({ communication: { channel: 'call', via: 'duty-officer@example.jp', reference: '' } });
    expect(entry!.text).toBe('Call to Tokyo MPD Cyber Crime desk via duty-officer@example.jp');
  });

  test('a failed write shows what to do, keeps the input and writes nothing', async () => {
    const gone: Incident = { ...incident, id: '0196a1b2-0000-7000-8000-000000000000' };
    const before = await appDb.entries.count();
    let closed = false;
    render(<LogCommunicationDialog incident={gone} contact={contact} onClose={() => (closed = true)} />);
    const dialog = screen.getByRole('dialog');
    change(within(dialog).getByLabelText('Reference number'), '2025-0412');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log communication' }));

    expect(await within(dialog).findByText('This incident no longer exists on this device.')).toBeTruthy();
    expect((within(dialog).getByLabelText('Reference number') as HTMLInputElement).value).toBe('2025-0412');
    expect(closed).toBe(false);
    expect(await appDb.entries.count()).toBe(before);
  });

  test('a set time that is not filled in is refused before anything is written', async () => {
    render(<LogCommunicationDialog incident={incident} contact={contact} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText(/^Now/));
    change(within(dialog).getByLabelText('Date and time'), '');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log communication' }));
    expect(await within(dialog).findByText('Enter a date and time, or tick “Now”.')).toBeTruthy();
    expect(await communications()).toHaveLength(0);
  });
});
