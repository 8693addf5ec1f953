/**
 * Starts i18n as a side effect of being imported. main.tsx imports this module before any other, because
 * ES modules run in import order: the editor store builds the first document (the default template, with
 * its name and description in the app's language) when its module runs, so the language must be chosen
 * before then, or the first document stays English in a Japanese app.
 */
import { startI18n } from './i18n';

startI18n();
