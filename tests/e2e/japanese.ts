// What the Japanese specs ask of a screen: that it reads in Japanese, with no English left.
import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Latin words a Japanese reader is meant to see: key names, and acronyms written in capitals
 * in Japanese too (THAAD, LNG, JSON, PIN). Any other word of three letters or more is English
 * left on the screen.
 */
const KEEP = new Set(['Tab', 'Shift', 'Enter', 'Home', 'End', 'Escape']);
const isKept = (word: string) => KEEP.has(word) || /^[A-Z0-9]+$/.test(word);

/** The lines of an element's text with English words in them. */
export async function englishLines(locator: Locator): Promise<string[]> {
  const lines = (await locator.innerText()).split('\n');
  return lines.filter((line) => (line.match(/[A-Za-z]{3,}/g) ?? []).some((w) => !isKept(w))).map((line) => line.trim());
}

/** Fails naming the screen and the lines when anything the player reads there is English. */
export async function expectJapanese(locator: Locator, where: string): Promise<void> {
  await expect(locator).toContainText(/[\u3040-\u30ff\u4e00-\u9fff]/);
  expect(await englishLines(locator), `${where}: lines with English words`).toEqual([]);
}
