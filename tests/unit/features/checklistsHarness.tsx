// Shared set-up for the checklist tests: an incident with two systems, the view
// rendered for it, and the checklist entries the log holds.
import { render, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { Incident } from '../../../shared/domain/incident';
import type { SystemDetails } from '../../../shared/domain/system';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { ChecklistsView } from '../../../renderer/features/checklists/ChecklistsView';
import { openIncident } from './notebookHarness';

export const system = (name: string): SystemDetails => ({
  name,
  type: 'server',
  addresses: [],
  owner: '',
  location: '',
  criticality: 'high',
  notes: '',
  tags: [],
});

export async function incidentWithSystems(): Promise<{ incident: Incident; fs01: string; fs02: string }> {
  const incident = await openIncident({ title: 'Ransomware on file servers' });
  const [fs01, fs02] = await notebook.addSystems(incident.id, [
    { details: system('FS01'), text: 'System added: FS01' },
    { details: system('FS02'), text: 'System added: FS02' },
  ]);
  return { incident, fs01: fs01!.id, fs02: fs02!.id };
}

export const checklistEntries = () => appDb.entries.filter((entry) => entry.kind === 'checklist').sortBy('seq');

export function renderView(incident: Incident, props: { systemId?: string | null; runId?: string | null; onOpenSystem?(id: string): void } = {}) {
  return render(<ChecklistsView incident={incident} onOpenSystem={props.onOpenSystem ?? (() => {})} systemId={props.systemId} runId={props.runId} />);
}

/** The run list's buttons, once the live query has them. */
export async function runButtons(count: number): Promise<HTMLElement[]> {
  const list = await screen.findByRole('list', { name: 'Checklists' });
  await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(count));
  return within(list).getAllByRole('button');
}

/** The row of the item whose text matches. */
export const itemRow = (text: RegExp) => screen.findByRole('listitem', { name: text });
