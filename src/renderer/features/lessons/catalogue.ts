/**
 * The lessons shipped with the app: every `examples/lessons/*.nnproj`, bundled as text at build time and parsed
 * like any project file, in the order of their numbers. A lesson file that does not parse is left out (the
 * lesson unit test makes sure none is shipped that way).
 */
import { parseProject, type Lesson } from '../../../project';
import { lazy } from '../../../shared/lazy';

export interface CatalogueEntry {
  fileName: string;
  text: string;
  lesson: Lesson;
}

const FILES = import.meta.glob('../../../../examples/lessons/*.nnproj', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function load(): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const [path, text] of Object.entries(FILES)) {
    const fileName = path.split('/').pop()!;
    const parsed = parseProject(text, fileName);
    if (parsed.ok && parsed.project.lesson) entries.push({ fileName, text, lesson: parsed.project.lesson });
  }
  return entries.sort((a, b) => a.lesson.number - b.lesson.number);
}

// Parsed on first use: a window that never opens a lesson does not parse eleven projects at start.
const catalogue = lazy(load);

/** The shipped lessons, in the order of their numbers. */
export function lessonCatalogue(): readonly CatalogueEntry[] {
  return catalogue.get();
}
