// Own templates: saved validated, imported all or nothing, exported to a file that imports back.
import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../../shared/seed/templates';
import { exportTemplates, importTemplates, saveTemplate } from '../../../renderer/data/repositories/templates';
import { openTestNotebook } from './fixtures';

const copy = () => ({ ...structuredClone(builtInTemplate('vpn-remote-access-compromise')!), id: 'vpn-our-fortigate' });

describe('templates', () => {
  it('saves a duplicate of a built-in, and refuses built-in ids', async () => {
    const nb = await openTestNotebook();
    const saved = await saveTemplate(nb.ctx, copy(), { id: 'vpn-remote-access-compromise', version: 1 });
    expect(saved).toMatchObject({ id: 'vpn-our-fortigate', basedOn: { id: 'vpn-remote-access-compromise', version: 1 } });
    await expect(saveTemplate(nb.ctx, builtInTemplate('evidence-preservation')!)).rejects.toMatchObject({ code: 'template.idReserved' });
  });

  it('imports nothing from a bad file and says why', async () => {
    const nb = await openTestNotebook();
    const good = JSON.parse(exportTemplates([copy()])) as { templates: unknown[] };
    const cases: [string, string, RegExp][] = [
      ['{not json', 'template.notJson', /JSON/],
      [JSON.stringify({ ...good, format: 'other@1' }), 'template.badFile', /format/],
      [JSON.stringify({ ...good, templates: [copy(), copy()] }), 'template.badFile', /twice in the file/],
      [JSON.stringify({ ...good, templates: [{ ...copy(), id: 'evidence-preservation' }] }), 'template.badFile', /built-in id/],
      [JSON.stringify({ ...good, templates: [{ ...copy(), phases: [] }] }), 'template.badFile', /templates\.0\.phases/],
    ];
    for (const [text, code, problem] of cases) {
      const error = await importTemplates(nb.ctx, text).then(() => null, (e: { code: string; details: { problems: string } }) => e);
      expect(error?.code, text.slice(0, 40)).toBe(code);
      expect(error?.details.problems).toMatch(problem);
    }
    expect(await nb.db.templates.count()).toBe(0);
  });

  it('round-trips through export and import', async () => {
    const nb = await openTestNotebook();
    const [imported] = await importTemplates(nb.ctx, exportTemplates([copy()]));
    const { basedOn: _b, updatedAt: _u, ...template } = imported!;
    expect(template).toEqual(copy());
  });

  it('never replaces a template the responder already has', async () => {
    const nb = await openTestNotebook();
    await saveTemplate(nb.ctx, copy());
    const edited = { ...copy(), version: 9 };
    await expect(importTemplates(nb.ctx, exportTemplates([edited]))).rejects.toMatchObject({ code: 'template.badFile', details: { problems: expect.stringMatching(/already have/) } });
    expect((await nb.db.templates.get('vpn-our-fortigate'))?.version).toBe(1);
  });
});

