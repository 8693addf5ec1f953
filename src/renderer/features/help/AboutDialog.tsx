/**
 * About Layerwise: name, version (from the platform: the app's in Electron, package.json's in the browser) and
 * the kernels training ran on (WebAssembly SIMD or the TypeScript fallback), once a run has started.
 */
import { useEffect, useState } from 'react';
import { KERNEL_PATH_LABELS } from '../../../engine';
import { getPlatform } from '../../platform';
import { useKernelPath } from '../../run/kernelPath';
import { Dialog } from '../../ui/Dialog';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [version, setVersion] = useState<string | null>(null);
  const [versionError, setVersionError] = useState(false);
  const kernels = useKernelPath();
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
    <Dialog title="About Layerwise" onClose={onClose} close="footer" className="help-dialog--about">
      <p className="help-about__version" data-testid="about-version">
        {version !== null
          ? `Version ${version}`
          : versionError
            ? 'The version could not be read.'
            : 'Reading the version…'}
      </p>
      <p data-testid="about-kernels">
        {kernels === null
          ? 'Training kernels: shown once a training run has started.'
          : `Training kernels: ${KERNEL_PATH_LABELS[kernels]}${kernels === 'typescript' ? ' (WebAssembly SIMD is not available here)' : ''}.`}
      </p>
      <p>Layerwise is a desktop app for designing, training and comparing small neural networks by drag and drop.</p>
      <p>Free software under the MIT License. Copyright © 2026 The Layerwise authors.</p>
    </Dialog>
  );
}
