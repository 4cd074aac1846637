// The two previews that show the file's content as itself: a raster image and plain
// text. Neither can show active content: the image is an <img> from a blob: URL typed
// with a detected raster mime (never the file's own type), the text a React text node.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The only types an <img> is ever given: raster formats the browser decodes without running anything. */
export const IMAGE_MIMES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export function ImagePreview({ blob, mime, alt }: { blob: Blob; mime: string; alt: string }) {
  const ref = useRef<HTMLImageElement>(null);
  const allowed = IMAGE_MIMES.has(mime);
  useEffect(() => {
    const image = ref.current;
    if (!image || !allowed) return;
    // A copy typed by detection: whatever type the Blob was stored with is ignored.
    const objectUrl = URL.createObjectURL(blob.slice(0, blob.size, mime));
    image.src = objectUrl;
    return () => {
      image.removeAttribute('src');
      URL.revokeObjectURL(objectUrl);
    };
  }, [blob, mime, allowed]);
  if (!allowed) return null;
  return <img ref={ref} className="ev-image-preview" alt={alt} />;
}

/** Bidirectional controls would reorder the preview's lines; they are shown as markers instead. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const marker = (char: string) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

export function TextPreview({ text, charset }: { text: string; charset: string }) {
  const { t } = useTranslation('evidence');
  return (
    <div className="ev-text-wrap">
      <p className="field-hint">{t('item.preview.textNote', { charset })}</p>
      <pre className="ev-text-preview mono" tabIndex={0} aria-label={t('item.preview.textLabel')}>
        {text.replace(BIDI, marker)}
      </pre>
    </div>
  );
}
