/**
 * Unit tests see the app in English, as a learner with an English browser would: the renderer's global
 * i18next instance gets the catalogue (src/shared/i18n) before any test imports a component or the registry.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18N_OPTIONS } from '../../src/shared/i18n';

if (!i18next.isInitialized) void i18next.use(initReactI18next).init({ ...I18N_OPTIONS, lng: 'en', initAsync: false });
