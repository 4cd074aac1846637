// Before a large intake: how much the notebook may still store (the browser's storage
// estimate) against the files' total, with a warning when they would nearly fill it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from './format';

/** Above this share of the free space an intake may well be refused half-way through the files. */
const WARN_SHARE = 0.9;

const storageEstimate = () => (typeof navigator !== 'undefined' ? navigator.storage?.estimate?.bind(navigator.storage) : undefined);

/** Free bytes for this origin, null when the runtime gives no estimate; undefined while asking. */
export function useFreeSpace(): number | null | undefined {
  // Without the Storage API there is nothing to wait for: null from the first render.
  const [free, setFree] = useState<number | null | undefined>(() => (storageEstimate() ? undefined : null));
  useEffect(() => {
    const estimate = storageEstimate();
    if (!estimate) return;
    let live = true;
    estimate().then(
      ({ quota, usage }) => live && setFree(quota === undefined ? null : Math.max(0, quota - (usage ?? 0))),
      () => live && setFree(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return free;
}

export function FreeSpaceNote({ totalBytes }: { totalBytes: number }) {
  const { t, i18n } = useTranslation('evidence');
  const free = useFreeSpace();
  const total = formatBytes(totalBytes, i18n.language);
  if (free === undefined) return null;
  if (free === null) return <p className="field-hint">{t('intake.space.unknown', { total })}</p>;
  const tight = totalBytes > free * WARN_SHARE;
  return (
    <>
      <p className="field-hint">{t('intake.space.estimate', { free: formatBytes(free, i18n.language), total })}</p>
      {tight && (
        <p className="ev-warning" role="alert">
          {t('intake.space.tight')}
        </p>
      )}
    </>
  );
}
