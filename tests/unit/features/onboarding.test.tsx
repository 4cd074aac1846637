// @vitest-environment happy-dom
// First run: the responder names themselves, the device gets its signing key,
// and the language switch changes the screen at once.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Onboarding } from '../../../renderer/features/onboarding/Onboarding';
import { App } from '../../../renderer/app/App';
import { appDb } from '../../../renderer/data/app';
import { getDeviceIdentity, getProfile } from '../../../renderer/data/repositories/identity.read';
import { readSetting } from '../../../renderer/data/repositories/settings';
import { freshNotebook, tearDown } from './notebookHarness';

beforeEach(async () => {
  localStorage.clear();
  await freshNotebook();
});
afterEach(tearDown);

describe('Onboarding', () => {
  test('refuses to start without a name and writes nothing', async () => {
    render(<Onboarding />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringMatching(/enter your name/i));
    expect(await getProfile(appDb)).toBeUndefined();
    expect(await getDeviceIdentity(appDb)).toBeUndefined();
    expect(document.activeElement).toBe(screen.getByLabelText(/your name/i));
  });

  test('creates the responder profile and the device identity', async () => {
    render(<Onboarding />);
    fireEvent.change(screen.getByLabelText(/your name/i), { target: { value: '  Aiko Sato ' } });
    fireEvent.change(screen.getByLabelText(/role/i), { target: { value: 'Scribe' } });
    fireEvent.change(screen.getByLabelText(/organisation/i), { target: { value: 'Example KK' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));

    await waitFor(async () => expect(await getProfile(appDb)).toMatchObject({ name: 'Aiko Sato', role: 'Scribe', organization: 'Example KK' }));
    const device = await getDeviceIdentity(appDb);
    expect(device?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('switching to Japanese relabels the screen and remembers the choice', async () => {
    render(<Onboarding />);
    expect(screen.getByLabelText(/your name/i)).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: '日本語' }));

    expect(await screen.findByLabelText(/氏名/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '開始' })).toBeTruthy();
    expect(screen.queryByLabelText(/your name/i)).toBeNull();
    expect(screen.getByRole('radio', { name: '日本語' })).toHaveProperty('checked', true);
    await waitFor(async () => expect(await readSetting(appDb, 'language')).toBe('ja'));
    expect(document.documentElement.lang).toBe('ja');

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeTruthy();
  });

  test('a profile that held a notebook the database no longer has says so, and how to restore it, before anything is written', async () => {
    // The app notes whose notebook this profile holds once there is a responder…
    render(<App appInfo={null} />);
    fireEvent.change(await screen.findByLabelText(/your name/i), { target: { value: 'Aiko Sato' } });
    expect(screen.queryByRole('status', { name: /notebook that was on this device is missing/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(JSON.parse(localStorage.getItem('lantern.notebook') ?? 'null')).toMatchObject({ name: 'Aiko Sato' }));
    cleanup();

    // …so that a database the browser has reset (empty again) is not taken for a first run.
    await tearDown();
    await freshNotebook();
    render(<Onboarding />);
    const lost = screen.getByRole('status', { name: 'The notebook that was on this device is missing' });
    expect(lost.textContent).toContain('held the notebook of Aiko Sato');
    expect(lost.textContent).toContain('Settings → Backups → Restore from backup…');
    expect(await getProfile(appDb)).toBeUndefined();
  });
});
