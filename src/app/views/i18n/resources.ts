// The translations, one file per area of the game and language (src/locales/<language>/<area>.json),
// merged into one resource per language. `core` holds the words every screen shares (powers,
// islands, categories, formats) and the start screen; each other file holds exactly one
// top-level key, its own name, so that two areas can never define the same key
// (scripts/i18n-check.ts checks both).
import enClassroom from '../../../locales/en/classroom.json';
import enCore from '../../../locales/en/core.json';
import enGame from '../../../locales/en/game.json';
import enPanels from '../../../locales/en/panels.json';
import enReview from '../../../locales/en/review.json';
import enWords from '../../../locales/en/words.json';
import jaClassroom from '../../../locales/ja/classroom.json';
import jaCore from '../../../locales/ja/core.json';
import jaGame from '../../../locales/ja/game.json';
import jaPanels from '../../../locales/ja/panels.json';
import jaReview from '../../../locales/ja/review.json';
import jaWords from '../../../locales/ja/words.json';

export const AREAS = ['core', 'game', 'panels', 'review', 'classroom', 'words'] as const;

type Tree = Record<string, unknown>;

const merge = (...areas: Tree[]): Tree => Object.assign({}, ...areas) as Tree;

export const EN: Tree = merge(enCore, enGame, enPanels, enReview, enClassroom, enWords);
export const JA: Tree = merge(jaCore, jaGame, jaPanels, jaReview, jaClassroom, jaWords);
