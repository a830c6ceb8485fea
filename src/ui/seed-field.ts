// The seed field of the start and classroom screens: an editable number and a button for a
// fresh random one. The seed is shown so that a game can be replayed or shared.
import { t } from '../app/views/i18n';
import { button, h } from './dom';

/** A fresh seed for a new game (the UI may use Math.random; the engine never does). */
export const randomSeed = (): number => Math.floor(Math.random() * 1_000_000_000);

/** `onChange` receives each edit; `onNewSeed` asks the screen for a random seed and a redraw. */
export function seedField(id: string, seed: number, onChange: (seed: number) => void, onNewSeed: () => void): HTMLElement {
  const input = h('input', { key: id, attrs: { type: 'number', min: 0, step: 1, value: seed, id, inputmode: 'numeric', style: 'width: 11rem' } });
  input.addEventListener('input', () => onChange(Number(input.value)));
  return h('div', { class: 'field-row' }, h('label', { attrs: { for: id }, text: t('seed.label') }), input, button(t('seed.new'), onNewSeed, { key: `${id}-reseed` }));
}
