/** The templates' names and descriptions come from the catalogue by template id, in the app's language. */
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { TEMPLATES, templateDocument, templateWords } from '../../../src/renderer/document/templates';

afterEach(() => i18next.changeLanguage('en'));

describe('templates in both languages', () => {
  it('words every template in Japanese and keeps the English as written', async () => {
    for (const template of TEMPLATES)
      expect(templateWords(template)).toEqual({ name: template.name, description: template.description });
    await i18next.changeLanguage('ja');
    for (const template of TEMPLATES) {
      const words = templateWords(template);
      expect(words.name).not.toBe(template.name);
      expect(words.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('names a new project from a template in the language it was made in', async () => {
    expect(templateDocument('perceptron').name).toBe('Perceptron');
    await i18next.changeLanguage('ja');
    expect(templateDocument('perceptron')).toMatchObject({
      name: 'パーセプトロン',
      description: expect.stringContaining('重み'),
    });
  });
});
