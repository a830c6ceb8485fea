// Share links in the page: a game travels as `<page>#game=<link>` (the link of
// src/app/play/share.ts). Whoever opens such an address sees the game replayed and verified.
// Everything that reads a link or a record returns a message for the player, in the
// player's language (src/locales/*/review.json), never throws.
import { findScenarioIn } from '../app/play/custom-scenarios';
import { linkTimeline, openReplay, type ReplayTimeline } from '../app/play/replay';
import { readLinkHeader, recordToLink } from '../app/play/share';
import { clip, parseRecord, type GameRecord, type Scenario } from '../engine';
import { t } from '../app/views/i18n';
import { formatWhole } from '../app/views/i18n/format';
import { linkErrorText, recordErrorText } from './record-errors';
import type { AppEnv } from './env';
import { openDialog, type DialogHandle } from './dialogs';
import { button, h } from './dom';

const HASH_PREFIX = '#game=';

export type Opened = { ok: true; timeline: ReplayTimeline } | { ok: false; message: string };

/**
 * Undoes a whole-link percent-encoding that some mail and chat programs apply ("*" as
 * "%2A"); a link whose separators are intact is left as it is (its escaped actions are
 * decoded by the link reader itself).
 */
function unmangle(link: string): string {
  if (link.includes('*') || !/%2a/i.test(link) || link.length > 4 * 16_000) return link;
  try {
    return decodeURIComponent(link);
  } catch {
    return link;
  }
}

/** The link in a page address (`…#game=<link>`), or null when the address holds none. */
export function linkFromHash(hash: string): string | null {
  return hash.startsWith(HASH_PREFIX) ? unmangle(hash.slice(HASH_PREFIX.length)) : null;
}

/** The link in pasted text: a whole address with `#game=`, or the bare link. */
export function linkFromText(text: string): string {
  const trimmed = text.trim();
  const at = trimmed.indexOf(HASH_PREFIX);
  return unmangle(at >= 0 ? trimmed.slice(at + HASH_PREFIX.length) : trimmed);
}

/** This page's address with the link as its fragment. */
export function shareUrl(link: string): string {
  return `${location.origin}${location.pathname}${location.search}${HASH_PREFIX}${link}`;
}

/** Shows `link` in the address bar (so a reload reopens it) without a new history entry. */
export function setGameHash(link: string | null): void {
  const url = `${location.pathname}${location.search}${link === null ? '' : HASH_PREFIX + link}`;
  if (link === null && !location.hash) return;
  history.replaceState(history.state, '', url);
}

export function clearGameHash(): void {
  if (linkFromHash(location.hash) !== null) setGameHash(null);
}

/**
 * Opens a share link: reads its header, finds its scenario, then decodes and replays it in
 * one pass, checking every turn's short hash and the link's length.
 */
export function openLink(link: string, findScenario: (id: string) => Scenario | null): Opened {
  const header = readLinkHeader(link);
  const fail = (detail: string) => ({ ok: false as const, message: t('review.open.linkFailed', { detail }) });
  if (!header.ok) return fail(linkErrorText(header.error));
  const scenario = findScenario(header.value.scenarioId);
  if (!scenario) return fail(t('review.open.linkUnknownScenario', { id: clip(header.value.scenarioId) }));
  const timeline = linkTimeline(link, scenario);
  if (!timeline.ok) return fail(t('review.open.linkChanged', { detail: linkErrorText(timeline.error) }));
  return { ok: true, timeline: timeline.value };
}

/** Opens the replay viewer on a link from the address bar, or the start screen with the reason it cannot. */
export function openSharedLink(env: Pick<AppEnv, 'storage' | 'showReplay' | 'showMenu'>, link: string): void {
  const opened = openLink(link, findScenarioIn(env.storage));
  if (opened.ok) return env.showReplay(opened.timeline);
  clearGameHash();
  env.showMenu(opened.message);
}

/**
 * Opens a record (from a file, a slot or the autosave) for the viewer; `what` names it in
 * messages, in the language ("the file “x.json”", see review.source.*).
 */
export function openRecord(record: unknown, what: string, findScenario: (id: string) => Scenario | null): Opened {
  // Parsed first: the scenario's name is read from a checked record, never from the raw value.
  const parsed = parseRecord(record);
  if (!parsed.ok) return { ok: false, message: t('review.open.nothingOpened', { reason: recordErrorText(parsed.error, what) }) };
  const id = parsed.value.scenario.id;
  const scenario = findScenario(id);
  if (!scenario) return { ok: false, message: t('review.open.nothingOpened', { reason: t('review.open.recordUnknownScenario', { what, id: clip(id) }) }) };
  const opened = openReplay(parsed.value, scenario);
  return opened.ok ? { ok: true, timeline: opened.value } : { ok: false, message: t('review.open.nothingOpened', { reason: recordErrorText(opened.error, what) }) };
}

/** The share address of a record, or why it cannot have one. */
export function shareAddress(record: GameRecord, scenario: Scenario): { ok: true; url: string; link: string } | { ok: false; message: string } {
  const link = recordToLink(record, scenario);
  if (!link.ok) return { ok: false, message: t('review.share.noLink', { detail: linkErrorText(link.error) }) };
  return { ok: true, url: shareUrl(link.value), link: link.value };
}

/** Copies text to the clipboard; false when the browser refuses (the caller then offers the text to copy by hand). */
export async function copyText(text: string, field?: HTMLInputElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, page not focused): fall back to the selected field below.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * "Copy share link": builds the address, copies it, and shows it in a dialog with the
 * outcome of the copy, so that it can also be selected and copied by hand.
 */
export function shareDialog(record: GameRecord, scenario: Scenario, onClose?: () => void): DialogHandle {
  const address = shareAddress(record, scenario);
  if (!address.ok) {
    return openDialog({
      title: t('review.share.title'),
      testId: 'share-dialog',
      body: [h('p', { class: 'alert', attrs: { role: 'alert' }, text: address.message }), h('p', { class: 'small muted', text: t('review.share.useFile') })],
      onClose,
    });
  }
  const field = h('input', { attrs: { type: 'text', readonly: true, value: address.url, id: 'share-link', 'data-testid': 'share-link', spellcheck: 'false' }, class: 'share-field' });
  const status = h('p', { class: 'small', attrs: { role: 'status', 'data-testid': 'share-status' }, text: t('review.share.copying') });
  const copy = async () => {
    const done = await copyText(address.url, field);
    status.textContent = done ? t('review.share.copied') : t('review.share.copyRefused');
    field.select();
  };
  const handle = openDialog({
    title: t('review.share.title'),
    testId: 'share-dialog',
    body: [
      h('p', { text: t('review.share.intro') }),
      h('label', { attrs: { for: 'share-link' }, class: 'small muted', text: t('review.share.linkLabel', { length: formatWhole(address.url.length) }) }),
      h('div', { class: 'share-row' }, field, button(t('review.share.copyAgain'), () => void copy(), { key: 'share-copy' })),
      status,
    ],
    actions: [{ label: t('review.close'), onClick: () => undefined, primary: true, key: 'share-close' }],
    onClose,
  });
  void copy();
  return handle;
}

/** Offers text as a file download (a Blob behind a temporary <a download>). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
