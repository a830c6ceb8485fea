// What the networked screens share: the server's address (the page's own origin: the
// classroom server serves the game and the rooms on one port), the credentials kept in
// localStorage per class code so that a reload rejoins, and the connection banner.
import type { ConnectionStatus, Credentials, KickReason } from '../../app/play/net-client';
import { t } from '../../app/views/i18n';
import type { KeyValueStorage } from '../../app/play/storage';
import { h } from '../dom';
import { kickWords, statusWords } from './words';

export const serverUrl = (): string => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;

const key = (role: 'teacher' | 'team', code: string) => `north-asia/net/${role}/${code}`;

export function readCredentials(storage: KeyValueStorage, role: 'teacher' | 'team', code: string): Credentials | null {
  try {
    const value = JSON.parse(storage.getItem(key(role, code)) ?? 'null') as Credentials | null;
    return value && typeof value.token === 'string' && value.code === code ? value : null;
  } catch {
    return null;
  }
}

export function keepCredentials(storage: KeyValueStorage, credentials: Credentials): void {
  if (credentials.role === 'team' && !credentials.token) return;
  storage.setItem(key(credentials.role, credentials.code), JSON.stringify(credentials));
}

export function forgetCredentials(storage: KeyValueStorage, role: 'teacher' | 'team', code: string): void {
  storage.removeItem(key(role, code));
}

/** Puts the class in the address, so that a reload comes back to it. */
export function addressFor(role: 'teacher' | 'team', code: string): void {
  history.replaceState(null, '', `${location.pathname}?${role === 'teacher' ? 'teach' : 'join'}=${encodeURIComponent(code)}${location.hash}`);
}

/** The connection's state, always in view (bottom left). */
export class ConnectionBanner {
  readonly el = h('div', { class: 'net-banner', attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'net-banner' } });
  private status: ConnectionStatus = 'online';
  private detail = '';

  set(status: ConnectionStatus, reason?: KickReason): void {
    this.status = status;
    if (status === 'kicked') this.detail = kickWords(reason);
    this.draw();
  }

  /** What the class is doing (whose turn, paused…), after the connection's state. */
  say(detail: string): void {
    if (this.status === 'kicked') return;
    this.detail = detail;
    this.draw();
  }

  private draw(): void {
    this.el.dataset.status = this.status;
    this.el.textContent = this.detail ? t('classroom.status.withDetail', { status: statusWords(this.status), detail: this.detail }) : statusWords(this.status);
  }
}
