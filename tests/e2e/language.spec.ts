// The language: the browser's by default, the start screen's switch otherwise, remembered
// across reloads; the page's lang attribute follows, and Japanese text renders in a
// Japanese font (Debian's fonts-noto-cjk here), not as boxes.
import { expect, test } from './fixtures';

test.describe('a browser set to Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('opens the start screen in Japanese, and the switch to English is remembered after a reload', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('北アジア2016');
    await expect(page.getByRole('button', { name: 'キャンペーンを始める' })).toBeVisible();
    await expect(page.getByLabel('シード', { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(/日本の外交戦略/);
    // The shared parts of the start screen too: the saved games and the scenario file picker.
    await expect(page.getByText('保存したゲームはまだありません。')).toBeVisible();
    await expect(page.getByLabel('シナリオファイルを読み込む：')).toBeAttached();
    await expect(page.getByLabel('ゲームの記録ファイルを読み込む：')).toBeAttached();

    // Focus stays on the switch when the screen redraws in the new language.
    await page.getByLabel('言語（Language）').focus();
    await page.getByLabel('言語（Language）').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Start campaign' })).toBeVisible();
    await expect(page.getByTestId('language')).toBeFocused();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('North Asia 2016');
    expect(await page.evaluate(() => localStorage.getItem('north-asia/language'))).toBe('en');
  });

  test('draws Japanese in a Japanese font: its glyphs are as wide as they are tall, not missing-glyph boxes of one width', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
    const widths = await page.evaluate(async () => {
      await document.fonts.ready;
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `32px ${getComputedStyle(document.documentElement).fontFamily}`;
      return ['択', '捉', '島', 'ロ', 'あ'].map((c) => ctx.measureText(c).width);
    });
    for (const w of widths) expect(w).toBeCloseTo(32, 0);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK JP"', '択捉島'))).toBe(true);
  });
});

test.describe('a browser set to English', () => {
  test.use({ locale: 'en-GB' });

  test('opens in English, and the switch to Japanese turns the start screen and the briefing Japanese', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Start campaign' })).toBeVisible();
    await page.getByLabel('Language (言語)').selectOption('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    // The file pickers outlive the redraw (they keep their reports) and are worded again too.
    await expect(page.getByLabel('シナリオファイルを読み込む：')).toBeAttached();
    await expect(page.getByLabel('ゲームの記録ファイルを読み込む：')).toBeAttached();
    await expect(page.getByText('シナリオはJSONファイルです', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'キャンペーンを始める' }).click();
    const briefing = page.getByTestId('briefing');
    await expect(briefing).toBeVisible();
    await expect(briefing.getByRole('heading', { level: 2 })).toContainText('ブリーフィング');
    for (const term of ['日ソ共同宣言', '8項目の協力プラン', '北方領土', '択捉島', '2016年第4四半期']) await expect(briefing).toContainText(term);
    await expect(briefing.locator('tbody th').first()).toHaveText('領土');
    await expect(briefing.getByTestId('briefing-grades')).toContainText('評価：A');
  });
});
