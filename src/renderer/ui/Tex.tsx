/**
 * A formula as real mathematics: KaTeX renders the TeX to MathML (no fonts to download, works offline; the
 * browser lays it out). KaTeX is a quarter of a megabyte, so it is loaded on first use; until then the TeX
 * itself is shown. The TeX comes from our own formula builders, never from a file, and KaTeX escapes text.
 */
import { useEffect, useState } from 'react';
import type katexType from 'katex';
import { lazy } from '../../shared/lazy';

type Katex = typeof katexType;

const katex = lazy(() => {
  const loaded: { module: Katex | null; ready: Promise<Katex> } = {
    module: null,
    ready: import('katex').then((m) => (loaded.module = m.default)),
  };
  return loaded;
});

function render(k: Katex, tex: string, display: boolean): string {
  return k.renderToString(tex, { output: 'mathml', throwOnError: false, displayMode: display });
}

export interface TexProps {
  tex: string;
  display?: boolean;
  className?: string;
  /** The formula sits in a box that scrolls sideways when it is too wide: then it takes focus, so the keyboard can scroll it. */
  scrolls?: boolean;
}

export function Tex({ tex, display = false, className, scrolls = false }: TexProps) {
  const loaded = katex.get();
  const [, setReady] = useState(loaded.module !== null);
  useEffect(() => {
    if (loaded.module) return;
    let live = true;
    void loaded.ready.then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [loaded]);
  const classes = `tex${display ? ' tex-display' : ''}${className ? ` ${className}` : ''}`;
  const focus = scrolls ? { tabIndex: 0 } : {};
  if (!loaded.module)
    return (
      <code className={classes} {...focus}>
        {tex}
      </code>
    );
  return (
    <span className={classes} {...focus} dangerouslySetInnerHTML={{ __html: render(loaded.module, tex, display) }} />
  );
}
