/** Help → Lessons: the list of lessons. */
import type { Command } from '../../commands';
import { lessonsUi } from './lessonsUi';

export const LESSON_COMMANDS: readonly Command[] = [
  {
    id: 'help.lessons',
    label: 'commands.help.lessons',
    group: 'Help',
    shortcuts: [],
    enabled: () => true,
    perform: () => lessonsUi.setState({ listOpen: true }),
  },
];
