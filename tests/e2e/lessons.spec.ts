/**
 * Lessons end to end, in English and in Japanese: Help → Lessons opens lesson 2; the perceptron trains and
 * fails the step's goal, the learner adds a hidden layer as the step says, trains again and the step is ticked;
 * lesson 10's comparison shows both networks' parameter counts within 10% of each other.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { connect } from './helpers';
import { LESSON_CONTROLS } from '../../src/project/schema-lesson';

const WORDS = {
  en: { mainMenu: 'Main menu', help: 'Help', lessons: 'Lessons…', lesson: 'Lesson', next: 'Next' },
  ja: { mainMenu: 'メインメニュー', help: 'ヘルプ', lessons: 'レッスン…', lesson: 'レッスン', next: '次へ' },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

async function openLesson(page: Page, words: Words, number: number) {
  const bar = page.getByRole('menubar', { name: words.mainMenu });
  await bar
    .locator(':scope > [role="none"] > [role="menuitem"]')
    .filter({ hasText: new RegExp(`^${words.help}$`) })
    .click();
  await page.getByRole('menuitem', { name: words.lessons }).click();
  const list = page.getByRole('dialog');
  await list.getByRole('button', { name: new RegExp(`^${words.lesson} ${number}(?!\\d)`) }).click();
  await expect(page.getByTestId('lesson-panel')).toContainText(`${words.lesson} ${number}`);
}

const status = (page: Page) => page.getByTestId('lesson-status');
const train = async (page: Page) => {
  await page
    .getByTestId('canvas')
    .locator('.react-flow__pane')
    .click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+Enter');
};

for (const [language, words] of Object.entries(WORDS) as [keyof typeof WORDS, Words][]) {
  test.describe(`lessons (${language})`, () => {
    test.use({ locale: language === 'ja' ? 'ja-JP' : 'en-US' });

    test('lesson 2: the perceptron misses the goal, a hidden layer of 4 units reaches it and the step is ticked', async ({
      page,
    }) => {
      await page.goto('/');
      await openLesson(page, words, 2);
      const panel = page.getByTestId('lesson-panel');
      await expect(panel.getByTestId('lesson-text')).toContainText('XOR');

      // Step 1: train the perceptron; its accuracy stays low, which is this step's goal.
      await expect(status(page)).toHaveAttribute('data-done', 'false');
      await train(page);
      await expect(status(page)).toHaveAttribute('data-done', 'true', { timeout: 60_000 });
      await panel.getByRole('button', { name: words.next, exact: true }).click();

      // Step 2: the perceptron's run does not reach 95%, so the step is not ticked.
      await expect(panel.getByTestId('lesson-text')).toContainText(language === 'ja' ? '隠れ層' : 'hidden layer');
      await expect(status(page)).toHaveAttribute('data-done', 'false');

      // Add a hidden layer as the step says: Dense from the palette, 4 units, Input → Dense → Output.
      await page.getByTestId('palette-dense').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('node-Dense 1')).toBeVisible();
      await page.getByTestId('rf__edge-e-in-out').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Backspace');
      await expect(page.getByTestId('rf__edge-e-in-out')).toHaveCount(0);
      await connect(page, 'Input', 'Dense 1');
      await connect(page, 'Dense 1', 'Output');
      await page.getByTestId('node-Dense 1').click();
      await page.getByTestId('inspector').locator('input[type="number"]').first().fill('4');
      await expect(page.getByTestId('stats-Dense 1')).toContainText('[4]');
      await expect(status(page)).toHaveAttribute('data-done', 'false');

      await train(page);
      await expect(status(page)).toHaveAttribute('data-done', 'true', { timeout: 60_000 });
      await expect(panel.locator('.lesson-steps__dot--done')).toHaveCount(2);
    });

    test('lesson 10: the comparison shows both parameter counts within 10% of each other', async ({ page }) => {
      await page.goto('/');
      await openLesson(page, words, 10);
      const counts = page.getByTestId('variant-parameters');
      await expect(counts).toHaveCount(2);
      const [wide, deep] = await counts.evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-count'))));
      expect(wide).toBeGreaterThan(100);
      expect(deep).toBeGreaterThan(100);
      expect(Math.abs(wide! - deep!) / Math.max(wide!, deep!)).toBeLessThanOrEqual(0.1);
      // The numbers are shown as the learner reads them.
      await expect(counts.first()).toHaveText(new Intl.NumberFormat(language).format(wide!));
    });
  });
}

test.describe('lesson 1 (en)', () => {
  test.use({ locale: 'en-US' });

  test('started from the first-start card: the step hides and locks what it says, is ticked by showing the neurons, and progress survives a reload', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start with lesson 1' }).click();
    const panel = page.getByTestId('lesson-panel');
    await expect(panel).toContainText('One neuron');
    await expect(page.getByTestId('lesson-welcome')).toHaveCount(0);

    // The step hides the run history and locks the data settings: they cannot be reached.
    await expect(page.locator('.run-history')).toBeHidden();
    await expect(page.locator('.data-panel')).toHaveAttribute('inert', '');
    await page.locator('.data-panel select').first().focus();
    await expect(page.locator('.data-panel select').first()).not.toBeFocused();

    // Its goal: show the Output neuron's picture (select it, press N).
    await expect(status(page)).toHaveAttribute('data-done', 'false');
    await expect(panel.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
    await page.getByTestId('node-Output').click();
    await page.keyboard.press('n');
    await expect(status(page)).toHaveAttribute('data-done', 'true');

    // A glossary term opens its entry beside the step; Escape closes it.
    await panel.getByRole('button', { name: 'Weights', exact: true }).click();
    const glossary = page.getByTestId('glossary-panel');
    await expect(glossary).toContainText('The numbers a neuron multiplies its inputs by');
    await page.keyboard.press('Escape');
    await expect(glossary).toHaveCount(0);

    // Next, then Skip the training step: the lesson remembers both across a reload.
    await panel.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(panel.getByTestId('lesson-text')).toContainText('95%');
    await panel.getByRole('button', { name: 'Skip', exact: true }).click();
    await expect(status(page)).toContainText('Skipped');

    await page.reload();
    await expect(page.getByTestId('lesson-welcome')).toHaveCount(0);
    await openLesson(page, WORDS.en, 1);
    await expect(panel.getByTestId('lesson-text')).toContainText('95%');
    await expect(panel.locator('.lesson-steps__dot--done')).toHaveCount(1);
    await expect(panel.locator('.lesson-steps__dot--skipped')).toHaveCount(1);
    // The second step shows the run history again and still locks the data settings.
    await expect(page.locator('.run-history')).toBeVisible();
    await expect(page.locator('.data-panel')).toHaveAttribute('inert', '');
  });
});

test.describe('lesson panel accessibility', () => {
  test.use({ locale: 'ja-JP', bypassCSP: true });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the lesson list, the panel and the glossary (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      const findings = async () =>
        (await new AxeBuilder({ page }).analyze()).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      expect(await findings(), 'first-start card').toEqual([]);
      const bar = page.getByRole('menubar', { name: WORDS.ja.mainMenu });
      await bar
        .locator(':scope > [role="none"] > [role="menuitem"]')
        .filter({ hasText: /^ヘルプ$/ })
        .click();
      await page.getByRole('menuitem', { name: WORDS.ja.lessons }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await findings(), 'lesson list').toEqual([]);
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^レッスン 11/ })
        .click();
      const panel = page.getByTestId('lesson-panel');
      await panel.getByRole('button', { name: '過学習', exact: true }).click();
      await expect(page.getByTestId('glossary-panel')).toBeVisible();
      // The step that asks for an epoch has a labelled number field.
      await panel.getByRole('button', { name: 'ステップ 2 / 3' }).click();
      await expect(panel.getByLabel('エポック')).toBeVisible();
      expect(await findings(), 'lesson panel with the glossary').toEqual([]);
    });
  }
});

test.describe('lesson 6 (en)', () => {
  test.use({ locale: 'en-US' });

  test('the step-through ticks "reach the backward pass" and "apply one update"', async ({ page }) => {
    await page.goto('/');
    await openLesson(page, WORDS.en, 6);
    const panel = page.getByTestId('lesson-panel');
    await panel.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(panel.getByTestId('lesson-text')).toContainText('into backpropagation');
    await expect(status(page)).toHaveAttribute('data-done', 'false');

    await page.getByRole('button', { name: 'Random sample' }).click();
    const next = page.getByRole('button', { name: 'Next ▶' });
    // Forward through the hidden layer and the output, then the loss: not yet the backward pass.
    await expect(next).toBeEnabled();
    for (let i = 0; i < 8 && (await status(page).getAttribute('data-done')) !== 'true'; i++) {
      await next.click();
      if (i < 2) await expect(status(page)).toHaveAttribute('data-done', 'false');
    }
    await expect(status(page)).toHaveAttribute('data-done', 'true');

    await panel.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(status(page)).toHaveAttribute('data-done', 'false');
    const apply = page.getByRole('button', { name: 'Apply this step' });
    for (let i = 0; i < 8 && !(await apply.isVisible()); i++) await next.click();
    await apply.click();
    await expect(status(page)).toHaveAttribute('data-done', 'true');
  });
});

// A lesson step hides and locks parts by name (its `hide` and `lock` lists); each part must say which it is.
test('every part a lesson may hide or lock is found by its data-lesson-part', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('node-Dense 1').click(); // the inspector, with its Compare button
  await expect(page.getByTestId('inspector')).toBeVisible();
  for (const part of LESSON_CONTROLS)
    await expect(page.locator(`[data-lesson-part="${part}"]`).first(), part).toBeVisible();
});
