/**
 * About Layerwise: name, version (from the platform: the app's in Electron, package.json's in the browser) and
 * the kernels training ran on (WebAssembly SIMD or the TypeScript fallback) and the last run's gradient threads,
 * once a run has started.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KERNEL_PATH_LABELS } from '../../../engine';
import { getPlatform } from '../../platform';
import { useGradientThreads, useKernelPath } from '../../run/kernelPath';
import { Dialog } from '../../ui/Dialog';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState<string | null>(null);
  const [versionError, setVersionError] = useState(false);
  const kernels = useKernelPath();
  const threads = useGradientThreads();
  useEffect(() => {
    let current = true;
    getPlatform()
      .appVersion()
      .then((v) => current && setVersion(v))
      .catch(() => current && setVersionError(true));
    return () => {
      current = false;
    };
  }, []);
  return (
    <Dialog title={t('about.title')} onClose={onClose} close="footer" className="help-dialog--about">
      <p className="help-about__version" data-testid="about-version">
        {version !== null
          ? t('about.version', { version })
          : versionError
            ? t('about.versionFailed')
            : t('about.versionReading')}
      </p>
      <p data-testid="about-kernels">
        {kernels === null
          ? t('about.kernelsLater')
          : t(kernels === 'typescript' ? 'about.kernelsFallback' : 'about.kernels', {
              kernels: KERNEL_PATH_LABELS[kernels],
            })}
      </p>
      {threads !== null && (
        <p data-testid="about-threads">
          {threads === 1 ? t('about.threadsOne') : t('about.threadsMany', { count: threads })}
        </p>
      )}
      <p>{t('about.what')}</p>
      <p>{t('about.licence')}</p>
    </Dialog>
  );
}
