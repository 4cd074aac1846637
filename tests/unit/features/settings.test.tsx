// @vitest-environment happy-dom
// Settings: the device's fingerprint as others will read it back, the second
// time zone, the responder profile, the language and the way out.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { formatFingerprint } from '../../../shared/domain/responder';
import { appDb } from '../../../renderer/data/app';
import { getDeviceIdentity, getProfile } from '../../../renderer/data/repositories/identity.read';
import { readSetting } from '../../../renderer/data/repositories/settings';
import { SettingsView } from '../../../renderer/features/settings/SettingsView';
import { freshNotebook, tearDown, withResponder } from './notebookHarness';

const appInfo: AppInfo = { name: 'Lantern', version: '0.1.0', platform: 'linux', systemLocale: 'ja-JP', systemTimeZone: 'Asia/Tokyo' };

beforeEach(async () => {
  await freshNotebook();
  await withResponder();
});
afterEach(tearDown);

describe('SettingsView', () => {
  test('shows this device and its key fingerprint, grouped for reading aloud', async () => {
    const device = await getDeviceIdentity(appDb);
    render(<SettingsView appInfo={appInfo} onDone={() => {}} />);
    const fingerprint = await screen.findByText(formatFingerprint(device!.fingerprint));
    expect(fingerprint.tagName).toBe('PRE');
    expect(fingerprint.textContent).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(screen.getByText(device!.deviceId)).toBeTruthy();
    expect(screen.getByText(/never leaves this device/i)).toBeTruthy();
    expect(screen.getByText('0.1.0')).toBeTruthy();
    expect(screen.getByText('linux')).toBeTruthy();
  });

  test('stores the second time zone, and none', async () => {
    render(<SettingsView appInfo={appInfo} onDone={() => {}} />);
    const select = screen.getByRole('combobox', { name: 'Also show times in' }) as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    expect(select.value).toBe('');

    fireEvent.change(select, { target: { value: 'UTC' } });
    await waitFor(async () => expect(await readSetting(appDb, 'secondaryZone')).toBe('UTC'));
    await waitFor(() => expect(select.value).toBe('UTC'));

    fireEvent.change(select, { target: { value: '' } });
    await waitFor(async () => expect(await readSetting(appDb, 'secondaryZone')).toBeNull());
  });

  test('saves an edited profile and says past entries keep their name', async () => {
    render(<SettingsView appInfo={appInfo} onDone={() => {}} />);
    const name = (await screen.findByLabelText(/your name/i)) as HTMLInputElement;
    expect(name.value).toBe('Aiko Sato');
    expect(screen.getByText(/keep the name they were written with/i)).toBeTruthy();

    fireEvent.change(name, { target: { value: 'Aiko Sato-Tanaka' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Profile saved.')).toBeTruthy();
    expect(await getProfile(appDb)).toMatchObject({ name: 'Aiko Sato-Tanaka', role: 'Scribe', organization: 'Example KK' });

    fireEvent.change(name, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/enter your name/i);
    expect((await getProfile(appDb))?.name).toBe('Aiko Sato-Tanaka');
  });

  test('switches the language and returns with Done', async () => {
    const onDone = vi.fn();
    render(<SettingsView appInfo={appInfo} onDone={onDone} />);
    fireEvent.click(screen.getByRole('radio', { name: '日本語' }));
    expect(await screen.findByRole('heading', { level: 1, name: '設定' })).toBeTruthy();
    await waitFor(async () => expect(await readSetting(appDb, 'language')).toBe('ja'));
    fireEvent.click(screen.getByRole('button', { name: '完了' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
