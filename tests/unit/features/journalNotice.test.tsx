// @vitest-environment happy-dom
// The notice after a start that wrote back what the database had lost, in both languages:
// what came back, what did not (and where it comes from), and that it can be dismissed.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { JournalNotice } from '../../../renderer/app/JournalNotice';
import { initI18n } from '../../../renderer/i18n';
import { freshNotebook, tearDown } from './notebookHarness';

beforeEach(freshNotebook);
afterEach(tearDown);

describe('JournalNotice', () => {
  test('says nothing when nothing was missing', () => {
    const { container } = render(<JournalNotice recovered={null} />);
    expect(container.textContent).toBe('');
  });

  test('names what came back, what did not, and goes away when dismissed', () => {
    render(<JournalNotice recovered={{ entries: 3, incidents: 1, profile: true, rejected: 2 }} />);
    const notice = screen.getByRole('status', { name: 'Entries recovered from the journal' });
    expect(notice.textContent).toContain('had lost 3 log entries');
    expect(notice.textContent).toContain('1 incident was written back with them.');
    expect(notice.textContent).toContain('a new device signing key');
    expect(notice.textContent).toContain('2 journal records could not be used');
    expect(notice.textContent).toContain('Restore the latest backup');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('in Japanese', async () => {
    await initI18n('ja');
    render(<JournalNotice recovered={{ entries: 1, incidents: 0, profile: false, rejected: 0 }} />);
    const notice = screen.getByRole('status', { name: 'ジャーナルからエントリを復元しました' });
    expect(notice.textContent).toContain('ログエントリが 1 件失われていました');
    expect(notice.textContent).not.toContain('デバイス署名鍵');
    expect(screen.getByRole('button', { name: '閉じる' })).toBeTruthy();
  });

  test('an incident lost without entries is named on its own', () => {
    render(<JournalNotice recovered={{ entries: 0, incidents: 2, profile: false, rejected: 0 }} />);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('had lost 2 incidents');
    expect(notice.textContent).not.toMatch(/lost \d+ log entr/);
  });
});
