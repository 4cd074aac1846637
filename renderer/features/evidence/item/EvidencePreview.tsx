// A safe look at an evidence file. Only the slice a preview needs is read (the
// detection head, at most 1 MB); the type comes from the bytes, never the name.
// Raster images as <img>, small plain text as text, everything else as hex.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../../shared/domain/evidence';
import { DETECTION_BYTES, detectFileType } from '../../../../shared/evidence/magic';
import { notebook } from '../../../data';
import { ErrorText } from '../../../components/ErrorText';
import { HEX_VIEW_BYTES } from './hex';
import { HexView } from './HexView';
import { IMAGE_MIMES, ImagePreview, TextPreview } from './previews';

type Preview =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'image'; blob: Blob; mime: string }
  | { kind: 'text'; text: string; charset: string }
  | { kind: 'hex'; bytes: Uint8Array; size: number };

const charsetOf = (mime: string): string => /charset=([A-Za-z0-9_-]+)/.exec(mime)?.[1] ?? 'utf-8';

/** Reads the head of the stored file and decides how (and whether) to show it. */
async function loadPreview(itemId: string): Promise<Preview> {
  const blob = await notebook.evidenceBlob(itemId);
  if (!blob) return { kind: 'missing' };
  const head = new Uint8Array(await blob.slice(0, DETECTION_BYTES).arrayBuffer());
  const type = detectFileType(head, blob.size);
  if (type.preview === 'image' && IMAGE_MIMES.has(type.mime)) return { kind: 'image', blob, mime: type.mime };
  if (type.preview === 'text' && head.length === blob.size) {
    // detectFileType said 'text' only after examining every byte, so the head is the whole file.
    const charset = charsetOf(type.mime);
    return { kind: 'text', text: new TextDecoder(charset).decode(head), charset };
  }
  return { kind: 'hex', bytes: head.subarray(0, HEX_VIEW_BYTES), size: blob.size };
}

export function EvidencePreview({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation('evidence');
  const titleId = useId();
  const [preview, setPreview] = useState<Preview>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    loadPreview(item.id).then(
      (loaded) => current && setPreview(loaded),
      (error: unknown) => current && setPreview({ kind: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [item.id]);

  return (
    <section className="ev-panel ev-preview" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('item.preview.title')}</h3>
      <p className="field-hint">{t('item.preview.safety')}</p>
      {preview.kind === 'loading' && <p className="muted">{t('item.preview.loading')}</p>}
      {preview.kind === 'missing' && (
        <p className="error-text" role="alert">
          {t('item.preview.missing', { number: item.itemNumber })}
        </p>
      )}
      {preview.kind === 'failed' && <ErrorText error={preview.error} />}
      {preview.kind === 'image' && (
        <ImagePreview blob={preview.blob} mime={preview.mime} alt={t('item.preview.imageAlt', { number: item.itemNumber, description: item.description })} />
      )}
      {preview.kind === 'text' && <TextPreview text={preview.text} charset={preview.charset} />}
      {preview.kind === 'hex' && <HexView bytes={preview.bytes} size={preview.size} />}
    </section>
  );
}
