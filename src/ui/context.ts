// What every side panel receives: the controller to read, the interface state, and the
// few things a panel may ask the game screen to do. Panels never change the game except by
// `perform`, which sends one action through the controller.
import type { GameController } from '../app/play/controller';
import type { Action, IslandId, PowerId, Proposal } from '../engine';

export const TABS = ['actions', 'treaty', 'islands', 'news', 'graphs'] as const;
export type TabId = (typeof TABS)[number];

export interface UiState {
  tab: TabId;
  island: IslandId;
  draft: Proposal;
  newsFilter: PowerId | 'world' | 'all';
}

export interface PanelContext {
  controller: GameController;
  viewer: PowerId;
  ui: UiState;
  perform(action: Action): void;
  setDraft(proposal: Proposal): void;
  selectIsland(id: IslandId): void;
  showTab(tab: TabId): void;
  openEvents(): void;
  /** Re-render the current panel only (for interface-only changes like a filter). */
  rerender(): void;
}
