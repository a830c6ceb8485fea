// Words the review screens (replay, debrief, lab) and the debrief's printable page share, in
// the reader's language: who played each power, and the reference policies for Japan (the
// simulator's --policy names) with a short name, a one-line note for the debrief's comparison,
// and what each does for the strategy lab. The ids stay as they are in documents and commands.
import { POWERS, type Controllers, type PowerId } from '../../engine';
import { t } from './i18n';
import { powerName } from './i18n/terms';

/** Who acted in a news entry: a power, or the world (events). */
export const actorName = (actor: PowerId | 'world'): string => (actor === 'world' ? t('review.world') : powerName(actor));

/** Who played each power: "Japan: people · Russia: computer · …". */
export const seatsText = (controllers: Controllers): string =>
  POWERS.map((p) => (controllers[p] === 'human' ? t('review.seat.people', { power: powerName(p) }) : t('review.seat.computer', { power: powerName(p) }))).join(t('review.separator'));

const known = <T>(table: Record<string, () => T>, id: string): T | null => (Object.hasOwn(table, id) ? table[id]!() : null);

/** The policy's name ("Economy first"), or its id for a policy this table does not know. */
export const policyLabel = (id: string): string =>
  known(
    {
      passive: () => t('review.policy.passive.label'),
      economic: () => t('review.policy.economic.label'),
      wedge: () => t('review.policy.wedge.label'),
      hawk: () => t('review.policy.hawk.label'),
      balanced: () => t('review.policy.balanced.label'),
      random: () => t('review.policy.random.label'),
      search: () => t('review.policy.search.label'),
    },
    id,
  ) ?? id;

/** A few words on what the policy stands for, beside its name in a comparison. */
export const policyShortNote = (id: string): string =>
  known(
    {
      passive: () => t('review.policy.passive.short'),
      economic: () => t('review.policy.economic.short'),
      wedge: () => t('review.policy.wedge.short'),
      hawk: () => t('review.policy.hawk.short'),
      balanced: () => t('review.policy.balanced.short'),
      random: () => t('review.policy.random.short'),
      search: () => t('review.policy.search.short'),
    },
    id,
  ) ?? '';

/** What the policy does, turn by turn, for the lab's choice of policy. */
export const policyNote = (id: string): string =>
  known(
    {
      passive: () => t('review.policy.passive.note'),
      economic: () => t('review.policy.economic.note'),
      wedge: () => t('review.policy.wedge.note'),
      hawk: () => t('review.policy.hawk.note'),
      balanced: () => t('review.policy.balanced.note'),
      random: () => t('review.policy.random.note'),
      search: () => t('review.policy.search.note'),
    },
    id,
  ) ?? '';
