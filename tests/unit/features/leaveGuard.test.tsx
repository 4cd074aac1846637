// @vitest-environment happy-dom
// Leaving the template editor through the top bar asks first when there are unsaved edits.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Shell } from '../../../renderer/app/Shell';
import { freshNotebook, tearDown, withResponder } from './notebookHarness';

const APP_INFO = { name: 'Lantern', version: '0.1.0', platform: 'linux', systemLocale: 'en-US', systemTimeZone: 'Asia/Tokyo' };

describe('unsaved template edits', () => {
  beforeEach(async () => {
    await freshNotebook();
    await withResponder();
  });
  afterEach(tearDown);

  test('the top bar asks before discarding them, and keeps them on "Keep editing"', async () => {
    render(<Shell appInfo={APP_INFO} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Checklist templates' }));
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    const title = (await screen.findAllByLabelText('Title (English)'))[0]!;
    fireEvent.change(title, { target: { value: 'Our OT isolation' } });

    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const ask = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    fireEvent.click(within(ask).getByRole('button', { name: 'Stay' }));
    expect((screen.getAllByLabelText('Title (English)')[0] as HTMLInputElement).value).toBe('Our OT isolation');

    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave and discard' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
  });
});
