// @vitest-environment happy-dom
// Importing another responder's bundle: chosen or dropped, verified in full (progress, cancel),
// the report and the bundle's contents shown, then merged into its own incident with a summary.
// A bundle that fails verification writes nothing and says which file failed and what to do.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { verifyBundle } from '../../../shared/bundle/verify';
import { CodedError } from '../../../shared/result';
import { computeRecordHash } from '../../../shared/crypto/hashChain';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { i18next } from '../../../renderer/i18n';
import { ImportBundleDialog } from '../../../renderer/features/bundle/ImportBundleDialog';
import { ImportBundleButton } from '../../../renderer/features/bundle/ImportBundleButton';
import { IncidentList } from '../../../renderer/features/incidents/IncidentList';
import { getIncident } from '../../../renderer/data/repositories/incidents.read';
import { freshNotebook, tearDown } from './notebookHarness';
import { failed, handedOver, passed, zipFile } from './importBundleFixtures';

vi.mock('../../../shared/bundle/verify', () => ({ verifyBundle: vi.fn() }));
const verify = vi.mocked(verifyBundle);

beforeEach(async () => {
  verify.mockReset();
  await freshNotebook();
});
afterEach(tearDown);

const choose = (file: File, label = 'Bundle file (.zip)') => fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
const entryCount = () => appDb.entries.count();

describe('import bundle dialog', () => {
  test('verifies the chosen bundle, shows what it holds, merges it into this incident and says what was added', async () => {
    const { incident, bundle } = await handedOver();
    verify.mockResolvedValue(passed(bundle));
    const onImported = vi.fn();
    render(<ImportBundleDialog incident={(await getIncident(appDb, incident.id))!} onClose={() => {}} onImported={onImported} />);
    const file = zipFile();
    choose(file);

    expect(await screen.findByText(/“IR-2026-014-bundle.zip” passed every check/)).toBeTruthy();
    expect(verify).toHaveBeenCalledWith(file, expect.objectContaining({ signal: expect.any(AbortSignal) }));
    const report = screen.getByRole('region', { name: 'Verification report' });
    expect(within(report).getAllByRole('listitem').filter((li) => li.getAttribute('aria-label')?.endsWith(': passed'))).toHaveLength(13);
    // Named as the merged timeline's rows name it: by the end of the device id.
    const signer = bundle.signature.deviceId.slice(-8);
    const holds = await screen.findByRole('region', { name: 'What the bundle holds' });
    expect(within(holds).getByText(`Ken Tanaka (signing device …${signer}): 3 entries`)).toBeTruthy();
    expect(within(holds).getByText('Aiko Sato (this device): 1 entry')).toBeTruthy();
    expect(within(holds).getByText(/#1/).closest('li')!.textContent).toContain('README_RESTORE.txt — Collected README_RESTORE.txt');
    expect(await entryCount()).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Import into this incident' }));
    expect(await screen.findByText(`Added 3 entries from Ken Tanaka (signing device …${signer}).`)).toBeTruthy();
    expect(screen.getByText('Added 1 evidence item (#1) with its file and chain of custody.')).toBeTruthy();
    expect(screen.getByText('Already here and left unchanged: 1 entry.')).toBeTruthy();
    expect(await screen.findByText("Every device's hash chain verifies — entries: 4, devices: 2.")).toBeTruthy();
    expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ incidentId: incident.id, entries: expect.objectContaining({ added: 3 }) }));
    expect(await entryCount()).toBe(4);
    expect(await appDb.evidence.count()).toBe(1);
  });

  test('a bundle that fails verification names the file, explains what to do, and writes nothing', async () => {
    const { incident } = await handedOver();
    verify.mockResolvedValue(failed('manifest', { code: 'manifestMismatch', file: 'data/evidence/0001-README_RESTORE.txt', entryId: null }));
    render(<ImportBundleDialog incident={(await getIncident(appDb, incident.id))!} onClose={() => {}} />);
    choose(zipFile());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      "“data/evidence/0001-README_RESTORE.txt” does not match the bundle's manifest: it was changed after export. Nothing was written. Do not rely on this bundle; ask the sender for a new one and keep this one unchanged.",
    );
    expect(screen.getByText(/Nothing was imported\./)).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'Every file matches the manifest\'s SHA-256: failed' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: /Each device's log hash chain: not run/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Import into/ })).toBeNull();
    expect(await entryCount()).toBe(1);
    expect(await appDb.evidence.count()).toBe(0);
  });

  test('shows progress while reading; Cancel stops the verification and nothing is written', async () => {
    const { incident } = await handedOver();
    verify.mockImplementation((_file, options) => {
      options?.onProgress?.({ phase: 'reading', bytes: 50, total: 200 });
      return new Promise((_, reject) => {
        const signal = options!.signal as AbortSignal;
        signal.addEventListener('abort', () => reject(new CodedError('bundle.cancelled', 'cancelled')));
      });
    });
    render(<ImportBundleDialog incident={(await getIncident(appDb, incident.id))!} onClose={() => {}} />);
    choose(zipFile('big.zip'));
    expect((await screen.findByRole('progressbar', { name: 'Verifying big.zip' })).getAttribute('aria-valuenow')).toBe('25');
    expect(screen.getByText('Reading “big.zip”: unpacking and hashing every file…')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Cancel' })[0]!);
    expect(await screen.findByText('Verification of “big.zip” was cancelled. Nothing was written; choose the bundle again to start over.')).toBeTruthy();
    expect(await entryCount()).toBe(1);
  });

  test('a bundle of another incident is never merged into the open one: it goes to its own incident', async () => {
    const { incident, bundle } = await handedOver();
    const other = await notebook.createIncident({ title: 'Phishing in Nagoya', code: '', severity: 'medium', timeZone: 'Asia/Tokyo', anchors: [] });
    verify.mockResolvedValue(passed(bundle));
    const onImported = vi.fn();
    render(<ImportBundleDialog incident={(await getIncident(appDb, other.id))!} onClose={() => {}} onImported={onImported} />);
    choose(zipFile());
    expect(await screen.findByText(/This bundle is from another incident, “Ransomware at Tokyo DC”, not “Phishing in Nagoya”\. Lantern never merges two incidents/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import into this incident' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import into “Ransomware at Tokyo DC”' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ incidentId: incident.id })));
    expect(await appDb.entries.where('incidentId').equals(other.id).count()).toBe(0);
  });

  test('outside an incident, a bundle whose incident is not here becomes a new incident; a dropped file is taken too', async () => {
    const { incident, bundle } = await handedOver();
    // This laptop has never seen the incident.
    await freshNotebook();
    await notebook.saveProfile({ name: 'Mika Ito', role: 'Lead', organization: 'Example KK' });
    verify.mockResolvedValue(passed(bundle));
    render(<ImportBundleButton incident={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import bundle…' }));
    const file = zipFile();
    // The dialog loads on first use.
    fireEvent.drop((await screen.findByText(/Drop a bundle \(\.zip\) here/)).parentElement!, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(await screen.findByText(/“Ransomware at Tokyo DC” is not in your notebook yet/)).toBeTruthy();
    expect(verify).toHaveBeenCalledWith(file, expect.anything());
    fireEvent.click(screen.getByRole('button', { name: 'Import as a new incident' }));
    expect(await screen.findByText('Added the incident to your notebook.')).toBeTruthy();
    // Nothing was here before: no line of zeros about what was already here.
    expect(screen.queryByText(/Already here/)).toBeNull();
    expect(await getIncident(appDb, incident.id)).toMatchObject({ title: 'Ransomware at Tokyo DC' });
    expect(await entryCount()).toBe(4);
  });

  test('from the empty incident list, the summary stays while the list fills; closing it opens the imported incident', async () => {
    const { incident, bundle } = await handedOver();
    await freshNotebook();
    await notebook.saveProfile({ name: 'Ben Carter', role: 'Responder', organization: 'Example KK' });
    verify.mockResolvedValue(passed(bundle));
    const onOpen = vi.fn();
    render(<IncidentList onOpen={onOpen} onCreate={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'No incidents yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import bundle…' }));
    choose(zipFile());
    fireEvent.click(await screen.findByRole('button', { name: 'Import as a new incident' }));
    // The list behind the dialog now has the incident; the dialog still says what was added.
    expect(await screen.findByRole('table')).toBeTruthy();
    const summary = await screen.findByRole('region', { name: 'What was imported' });
    expect(within(summary).getByText('Added the incident to your notebook.')).toBeTruthy();
    expect(await within(summary).findByText(/Every device's hash chain verifies/)).toBeTruthy();
    expect(onOpen).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(incident.id);
  });

  test('an entry held here with other content refuses the whole import, says what to do, and writes nothing', async () => {
    const { incident, bundle } = await handedOver();
    const [ours, ...rest] = bundle.timeline.entries;
    const altered = { ...ours!, text: 'ransom note found on FS09' };
    verify.mockResolvedValue(passed({ ...bundle, timeline: { ...bundle.timeline, entries: [{ ...altered, hash: computeRecordHash(altered) }, ...rest] } }));
    render(<ImportBundleDialog incident={(await getIncident(appDb, incident.id))!} onClose={() => {}} />);
    choose(zipFile());
    fireEvent.click(await screen.findByRole('button', { name: 'Import into this incident' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `The bundle holds log entry ${ours!.id}, which is already here with different content. Nothing was imported. One of the two copies was changed: press Verify log here, and ask the sender to verify theirs.`,
    );
    expect(await entryCount()).toBe(1);
    expect(await appDb.evidence.count()).toBe(0);
  });

  test('speaks Japanese', async () => {
    const { incident, bundle } = await handedOver();
    await i18next.changeLanguage('ja');
    verify.mockResolvedValueOnce(failed('evidence', { code: 'evidenceHashMismatch', file: 'data/evidence/0001-README_RESTORE.txt', entryId: null }));
    render(<ImportBundleDialog incident={(await getIncident(appDb, incident.id))!} onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: '他の対応者のバンドルを取り込む' })).toBeTruthy();
    choose(zipFile(), 'バンドルファイル（.zip）');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^証拠ファイル「data\/evidence\/0001-README_RESTORE.txt」が、取得時に記録された SHA-256 と一致しません。何も書き込まれていません。/);
    expect(screen.getByText(/何も取り込んでいません。/)).toBeTruthy();

    verify.mockResolvedValueOnce(passed(bundle));
    choose(zipFile(), 'バンドルファイル（.zip）');
    fireEvent.click(await screen.findByRole('button', { name: 'このインシデントに取り込む' }));
    expect(await screen.findByText(`Ken Tanaka（このバンドルに署名した端末 …${bundle.signature.deviceId.slice(-8)}）の記録を 3 件追加しました。`)).toBeTruthy();
  });
});
