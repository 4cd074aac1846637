// An exported template file must round-trip, and a damaged one must be refused with
// an issue that names the problem and points at the field that has it.
import { describe, expect, it } from 'vitest';
import { TEMPLATE_FILE_FORMAT, TemplateFileSchema, type TemplateFile } from '../../../shared/domain/checklistTemplate';
import { BUILT_IN_TEMPLATES } from '../../../shared/seed/templates';

/** A fresh, writable export file of all six built-in templates. */
const exportFile = (): TemplateFile => structuredClone({ format: TEMPLATE_FILE_FORMAT, templates: [...BUILT_IN_TEMPLATES] });

function issuesOf(file: unknown) {
  const result = TemplateFileSchema.safeParse(file);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map(({ code, path, message }) => ({ code, path, message }));
}

describe('TemplateFileSchema', () => {
  it('accepts an export of all six built-in templates, after a trip through JSON', () => {
    const result = TemplateFileSchema.safeParse(JSON.parse(JSON.stringify(exportFile())));
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.templates).toHaveLength(6);
  });

  it('refuses a file of another format', () => {
    const file = { ...exportFile(), format: 'lantern/checklist-templates@2' };
    expect(issuesOf(file)).toEqual([expect.objectContaining({ path: ['format'], message: expect.stringContaining(TEMPLATE_FILE_FORMAT) })]);
  });

  it('refuses an item id used twice in one template', () => {
    const file = exportFile();
    file.templates[0].phases[1].items[0].id = 'rfh-01';
    expect(issuesOf(file)).toEqual([
      { code: 'custom', path: ['templates', 0, 'phases', 1, 'items', 0, 'id'], message: expect.stringContaining('used twice') },
    ]);
  });

  it('refuses a conflict with an item the template does not have', () => {
    const file = exportFile();
    file.templates[2].phases[2].items[0].conflictsWith = ['ad-99'];
    expect(issuesOf(file)).toEqual([
      { code: 'custom', path: ['templates', 2, 'phases', 2, 'items', 0, 'conflictsWith', 0], message: expect.stringContaining('"ad-99"') },
    ]);
  });

  it('refuses an item whose text is empty in both languages', () => {
    const file = exportFile();
    file.templates[4].phases[1].items[3].text = { en: '', ja: '   ' };
    expect(issuesOf(file)).toEqual([
      { code: 'custom', path: ['templates', 4, 'phases', 1, 'items', 3, 'text'], message: 'text is empty in both languages' },
    ]);
  });

  it('refuses an id that is not a lower-case slug', () => {
    const file = exportFile();
    file.templates[1].id = 'VPN compromise';
    expect(issuesOf(file)).toEqual([
      { code: 'invalid_format', path: ['templates', 1, 'id'], message: 'use lower-case letters, digits and hyphens' },
    ]);
  });

  it('refuses keys the format does not define', () => {
    const file = exportFile();
    Object.assign(file.templates[3].phases[0].items[0], { priority: 'high' });
    expect(issuesOf(file)).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', path: ['templates', 3, 'phases', 0, 'items', 0], message: expect.stringContaining('priority') }),
    ]);
  });

  it('refuses a file with no templates', () => {
    expect(issuesOf({ format: TEMPLATE_FILE_FORMAT, templates: [] })).toEqual([
      expect.objectContaining({ code: 'too_small', path: ['templates'] }),
    ]);
  });
});
