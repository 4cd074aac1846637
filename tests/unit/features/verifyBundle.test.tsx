// @vitest-environment happy-dom
// The Verify bundle screen: the same report as `lantern-verify` — each check passed, failed or
// not run, the first failure named in the UI language, the counts and the signer's fingerprint —
// and nothing written to the notebook, whatever the answer.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { verifyBundle } from '../../../shared/bundle/verify';
import { appDb } from '../../../renderer/data/app';
import { i18next } from '../../../renderer/i18n';
import { VerifyBundleView } from '../../../renderer/features/bundle/VerifyBundleView';
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
const notebookSize = async () => [await appDb.incidents.count(), await appDb.entries.count(), await appDb.evidence.count(), await appDb.custody.count()];

describe('verify bundle screen', () => {
  test('a good bundle: every check passed, the counts, who signed it and the key fingerprint; nothing written', async () => {
    const { bundle } = await handedOver();
    const before = await notebookSize();
    verify.mockResolvedValue(passed(bundle));
    const onClose = vi.fn();
    render(<VerifyBundleView onClose={onClose} />);
    expect(screen.getByRole('heading', { name: 'Verify bundle' })).toBeTruthy();
    choose(zipFile());

    const report = await screen.findByRole('region', { name: 'Verification report' });
    expect(within(report).getByText('“IR-2026-014-bundle.zip” passed every check: no file has changed since it was signed.')).toBeTruthy();
    const checks = within(report).getAllByRole('listitem');
    expect(checks.map((li) => li.getAttribute('aria-label'))).toEqual(expect.arrayContaining(['Each evidence item\'s chain of custody: passed', 'Ed25519 signature over the tag manifest: passed']));
    expect(checks.every((li) => li.getAttribute('aria-label')!.endsWith(': passed'))).toBe(true);
    // The verifier's own words, as the command prints them.
    expect(within(report).getByText('signature: fine')).toBeTruthy();
    expect(within(report).getByText('Files: 10 · Log entries: 4 (devices: 2) · Evidence items: 1 (with their files: 1)')).toBeTruthy();
    expect(within(report).getByText('Ken Tanaka (Forensics)')).toBeTruthy();
    const fp = bundle.signature.fingerprint;
    expect(within(report).getByText(`${fp.slice(0, 4)} ${fp.slice(4, 8)} ${fp.slice(8, 12)} ${fp.slice(12, 16)} ${fp.slice(16, 20)} ${fp.slice(20, 24)} ${fp.slice(24, 28)} ${fp.slice(28, 32)}`)).toBeTruthy();
    expect(within(report).getByText(fp)).toBeTruthy();
    expect(await notebookSize()).toEqual(before);

    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });

  test('a tampered bundle: the first failure named, later checks not run, nothing written', async () => {
    await handedOver();
    const before = await notebookSize();
    verify.mockResolvedValue(failed('chains', { code: 'chainBroken', file: 'data/timeline.json', entryId: '01a209db-8bb8-72f1-ae51-702414abd454' }));
    render(<VerifyBundleView onClose={() => {}} />);
    choose(zipFile('tampered.zip'));

    expect((await screen.findByRole('alert')).textContent).toBe(
      "A device's hash chain in the bundle is broken at “data/timeline.json” (record 01a209db-8bb8-72f1-ae51-702414abd454): an entry was altered, removed or inserted. Nothing was written. Do not rely on this log; ask the sender for a new bundle and keep this one unchanged.",
    );
    expect(screen.getByText('“tampered.zip” failed verification. Nothing was written.')).toBeTruthy();
    expect(screen.getByRole('listitem', { name: "Each device's log hash chain: failed" })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'Records are well-formed: passed' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: /Evidence files match the hashes recorded at collection: not run/ })).toBeTruthy();
    expect(screen.queryByText(/Key fingerprint/)).toBeNull();
    expect(await notebookSize()).toEqual(before);
  });

  test('a file that is not a ZIP is named by its own name; another bundle can be chosen at once', async () => {
    verify.mockResolvedValueOnce(failed('zip', { code: 'notZip', file: null, entryId: null }));
    render(<VerifyBundleView onClose={() => {}} />);
    choose(zipFile('minutes.docx'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^“minutes\.docx” is not a ZIP archive, so it cannot be a Lantern bundle\./);
    expect(screen.getByRole('button', { name: 'Choose another bundle…' })).toBeTruthy();
  });

  test('speaks Japanese', async () => {
    const { bundle } = await handedOver();
    await i18next.changeLanguage('ja');
    verify.mockResolvedValueOnce(passed(bundle));
    render(<VerifyBundleView onClose={() => {}} />);
    expect(screen.getByRole('heading', { name: 'バンドルの検証' })).toBeTruthy();
    choose(zipFile(), 'バンドルファイル（.zip）');
    expect(await screen.findByText('「IR-2026-014-bundle.zip」はすべての検証に合格しました。署名後に変更されたファイルはありません。')).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'タグマニフェストへの Ed25519 署名: 合格' })).toBeTruthy();
    expect(screen.getByText('鍵のフィンガープリント')).toBeTruthy();

    verify.mockResolvedValueOnce(failed('signature', { code: 'badSignature', file: 'signature.json', entryId: null }));
    fireEvent.change(screen.getByLabelText('バンドルファイル（.zip）'), { target: { files: [zipFile('forged.zip')] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^「signature\.json」の署名を確認できません。署名後にバンドルが変更されたか、署名が本物ではありません。/);
    expect(screen.getByRole('listitem', { name: /全ファイルがマニフェストの SHA-256 と一致: 未実施/ })).toBeTruthy();
  });
});
