// @vitest-environment happy-dom
// Every error reaches the responder as words: a coded one in its translated text with its
// details filled in, an uncoded one as the "unexpected" text naming what went wrong.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { CodedError } from '../../../shared/result';
import { ErrorText } from '../../../renderer/components/ErrorText';
import { initI18n } from '../../../renderer/i18n';

beforeAll(() => initI18n('en'));
afterEach(cleanup);

describe('ErrorText', () => {
  test('fills a coded message from the error details', () => {
    render(<ErrorText error={new CodedError('evidence.blobMissing', 'gone', { itemNumber: 7 })} />);
    expect(screen.getByRole('alert').textContent).toContain('item #7');
  });

  test('names the detail of an uncoded error instead of showing a placeholder', () => {
    render(<ErrorText error={new Error('disk unplugged')} />);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('disk unplugged');
    expect(text).not.toContain('{{');
  });
});
