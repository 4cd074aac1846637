// @vitest-environment happy-dom
// The one copy button (phone numbers, reference numbers, hashes): it writes the value to the
// clipboard and says so; where the clipboard refuses or is missing it says to copy by hand.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { CopyButton } from '../../../renderer/components/CopyButton';
import { initI18n } from '../../../renderer/i18n';
import { tearDown } from './notebookHarness';

const clipboard = (writeText: ((text: string) => Promise<void>) | null) =>
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });

beforeEach(async () => {
  await initI18n('en');
});
afterEach(() => {
  tearDown();
  vi.restoreAllMocks();
});

describe('CopyButton', () => {
  test('copies the value and says it did', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    clipboard(writeText);
    render(<CopyButton value="03-3581-4321" label="Copy 03-3581-4321" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy 03-3581-4321' }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('03-3581-4321');
  });

  test('a refused write is reported, not swallowed', async () => {
    clipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    render(<CopyButton value="2025-0412" label="Copy reference number 2025-0412" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy reference number 2025-0412' }));
    expect((await screen.findByRole('status')).textContent).toBe('Could not copy. Select the text and copy it by hand.');
  });

  test('without a clipboard the button is still there and a click says to copy by hand', async () => {
    clipboard(null);
    render(<CopyButton value="ab12" label="Copy SHA-256" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy SHA-256' }));
    expect((await screen.findByRole('status')).textContent).toBe('Could not copy. Select the text and copy it by hand.');
  });

  test('in Japanese', async () => {
    await initI18n('ja');
    clipboard(() => Promise.resolve());
    render(<CopyButton value="ab12" label="SHA-256 をコピー" />);
    fireEvent.click(screen.getByRole('button', { name: 'SHA-256 をコピー' }));
    expect(await screen.findByText('コピーしました')).toBeTruthy();
  });
});
