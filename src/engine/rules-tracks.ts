// The rules of the tracks short of a treaty, and of carrying a signed treaty out: visa-free
// and grave visits, joint economic activity under a special framework, a security dialogue,
// support for the islands' residents and a fisheries agreement; and Moscow's levers over
// them. Same contract as the table in actions.ts.
import { clamp100, round2 } from './math';
import { opinionOf } from './opinions';
import { opinionMod, shiftApproval, shiftTension, shiftWorld } from './shifts';
import { advanceTreaty, suspendTalks, talksSuspended } from './treaty';
import { capital, constant, fail, fixed, japanOnly, single, type Rule } from './rule';
import type { GameState, JointActivityStage } from './types';
import { ISLANDS, JOINT_ACTIVITY_STAGES } from './types';

type TrackActionType =
  | 'jointActivityTalks'
  | 'securityDialogue'
  | 'restoreVisits'
  | 'supportResidents'
  | 'fisheriesAgreement'
  | 'suspendTalks'
  | 'hardenPosition'
  | 'suspendVisits'
  | 'freezeJointActivity'
  | 'curbJapan';

const nextStage = (stage: JointActivityStage): JointActivityStage =>
  JOINT_ACTIVITY_STAGES[Math.min(JOINT_ACTIVITY_STAGES.length - 1, JOINT_ACTIVITY_STAGES.indexOf(stage) + 1)]!;

/** Joint activity in operation opens the Russian-held islands to Japanese business under the special framework. */
function setJointAccess(d: GameState, operating: boolean): void {
  for (const id of ISLANDS) {
    const island = d.islands[id];
    if (island.administeredBy !== 'russia' || island.transferDueTurn !== null) continue;
    if (operating && island.access === 'none') island.access = 'joint';
    if (!operating && island.access === 'joint' && !(d.treaty.stage === 'signed' && d.treaty.agreed?.access[id] === 'joint')) island.access = 'none';
  }
}

export function addContacts(d: GameState, delta: number): void {
  d.tracks.contacts = clamp100(d.tracks.contacts + delta);
}

export const TRACK_RULES: { [T in TrackActionType]: Rule<T> } = {
  jointActivityTalks: {
    powers: japanOnly,
    group: 'islands',
    label: 'Negotiate joint economic activity on the islands',
    oncePerTurn: true,
    cost: fixed(capital(2, 0.5)),
    check: (s) => {
      if (s.tracks.jointActivity.stage === 'operating') return fail('ERR_DONE', 'joint economic activity is already operating');
      if (talksSuspended(s)) return fail('ERR_TALKS_SUSPENDED', 'Moscow has suspended the talks');
      if (opinionOf(s, 'russia', 'japan') < -15) return fail('ERR_COLD', 'Moscow is too cold toward Tokyo to talk about the islands');
      return null;
    },
    apply: (d, _a, dice) => {
      const track = d.tracks.jointActivity;
      const gain = round2(25 + dice.next() * 15 + opinionOf(d, 'russia', 'japan') / 5);
      const progress = track.progress + Math.max(10, gain);
      addContacts(d, 4);
      if (track.stage === 'none' || progress < 100) {
        d.tracks.jointActivity = { stage: track.stage === 'none' ? 'talks' : track.stage, progress: clamp100(track.stage === 'none' ? 0 : progress) };
        return track.stage === 'none' ? 'Tokyo and Moscow open talks on joint economic activity on the islands' : 'Talks on joint economic activity advance';
      }
      const stage = nextStage(track.stage);
      d.tracks.jointActivity = { stage, progress: 0 };
      if (stage === 'pilots') {
        opinionMod(d, 'russia', 'japan', 'joint-activity', 'joint economic activity', 3, 0.25);
        d.world.trade.japanRussia = round2(d.world.trade.japanRussia + 0.3);
        // Critics in Tokyo ask under whose law Japanese firms would work on Japanese land.
        shiftApproval(d, 'japan', -1);
        return 'Pilot projects start on the islands: fish farming, greenhouses, tourism';
      }
      opinionMod(d, 'russia', 'japan', 'joint-activity', 'joint economic activity', 5, 0.25);
      d.world.trade.japanRussia = round2(d.world.trade.japanRussia + 0.6);
      setJointAccess(d, true);
      advanceTreaty(d, 10);
      return 'Joint economic activity under a special legal framework is operating on the islands';
    },
    candidates: constant(single({ type: 'jointActivityTalks', power: 'japan' })),
  },
  securityDialogue: {
    powers: japanOnly,
    group: 'security',
    label: 'Security dialogue with Moscow (2+2)',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: (s) => {
      if (s.tracks.dialogue >= 100) return fail('ERR_MAXED', 'the security dialogue is as deep as it can go');
      if (s.world.tension['japan-russia'] > 70) return fail('ERR_TENSION', 'tension with Russia is too high for a security dialogue');
      return null;
    },
    apply: (d) => {
      d.tracks.dialogue = clamp100(d.tracks.dialogue + 20);
      addContacts(d, 8);
      shiftTension(d, 'japan-russia', -4);
      opinionMod(d, 'russia', 'japan', 'dialogue', 'security dialogue', 2, 0.5);
      opinionMod(d, 'usa', 'japan', 'dialogue', 'Tokyo talks security with Moscow', -2, 0.5);
      return 'Foreign and defence ministers of Japan and Russia meet in the 2+2 format';
    },
    candidates: constant(single({ type: 'securityDialogue', power: 'japan' })),
  },
  restoreVisits: {
    powers: japanOnly,
    group: 'islands',
    label: 'Ask Moscow to restore visa-free visits',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: (s) => {
      if (s.tracks.visits === 'running') return fail('ERR_RUNNING', 'visa-free and grave visits are running');
      if (opinionOf(s, 'russia', 'japan') < -10) return fail('ERR_COLD', 'Moscow is too cold toward Tokyo to restore the visits');
      return null;
    },
    apply: (d) => {
      d.tracks.visits = 'running';
      shiftApproval(d, 'japan', 1);
      return 'Moscow lets former islanders and their families visit again without visas';
    },
    candidates: constant(single({ type: 'restoreVisits', power: 'japan' })),
  },
  supportResidents: {
    powers: japanOnly,
    group: 'islands',
    label: "Support the islands' Russian residents",
    oncePerTurn: true,
    cost: fixed(capital(1, 1.5)),
    check: (s) =>
      s.treaty.stage === 'signed' && ISLANDS.some((id) => s.islands[id].transferDueTurn !== null)
        ? null
        : fail('ERR_NO_HANDOVER', 'there is no handover under way to prepare'),
    apply: (d) => {
      d.treaty.implementation = clamp100(d.treaty.implementation + 15);
      opinionMod(d, 'russia', 'japan', 'residents', 'help for the islands’ residents', 2, 0.5);
      return 'Japan funds housing, jobs and resettlement help for the Russian residents of the islands';
    },
    candidates: constant(single({ type: 'supportResidents', power: 'japan' })),
  },
  fisheriesAgreement: {
    powers: japanOnly,
    group: 'islands',
    label: 'Negotiate a fisheries agreement for the islands',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: (s) => (s.treaty.stage === 'signed' ? null : fail('ERR_NO_TREATY', 'fishing rights around transferred islands follow a signed treaty')),
    apply: (d) => {
      d.treaty.implementation = clamp100(d.treaty.implementation + 10);
      d.world.trade.japanRussia = round2(d.world.trade.japanRussia + 0.2);
      shiftTension(d, 'japan-russia', -2);
      return 'Japan and Russia settle quotas and patrols for the waters around the islands';
    },
    candidates: constant(single({ type: 'fisheriesAgreement', power: 'japan' })),
  },

  // ---- Moscow's levers --------------------------------------------------------------
  suspendTalks: {
    powers: ['russia'],
    group: 'policy',
    label: 'Suspend the treaty talks',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: (s) => {
      if (s.treaty.stage === 'stalled' || s.treaty.stage === 'signed') return fail('ERR_NO_TALKS', 'there are no talks to suspend');
      if (talksSuspended(s)) return fail('ERR_SUSPENDED', 'the talks are already suspended');
      return null;
    },
    apply: (d) => {
      suspendTalks(d, 3, 'Citing Japan’s alignment with Washington');
      opinionMod(d, 'japan', 'russia', 'suspension', 'talks suspended', -4, 1);
      shiftApproval(d, 'japan', -1);
      return 'Moscow suspends the peace treaty talks';
    },
    candidates: constant(single({ type: 'suspendTalks', power: 'russia' })),
  },
  hardenPosition: {
    powers: ['russia'],
    group: 'policy',
    label: 'Harden the position on the islands',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: (s) => (s.world.hardLine >= 100 ? fail('ERR_MAXED', 'Moscow’s position could not be harder') : null),
    apply: (d) => {
      shiftWorld(d, 'hardLine', 20);
      shiftWorld(d, 'nationalism', 3);
      shiftApproval(d, 'russia', 3);
      opinionMod(d, 'japan', 'russia', 'hard-line', 'Moscow rules out concessions', -4, 0.5);
      return d.world.hardLine >= 60
        ? 'The Duma writes a ban on ceding territory into law'
        : 'The Kremlin declares that Russia’s sovereignty over the Kurils is not up for discussion';
    },
    candidates: constant(single({ type: 'hardenPosition', power: 'russia' })),
  },
  suspendVisits: {
    powers: ['russia'],
    group: 'policy',
    label: 'Suspend visa-free visits to the islands',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: (s) => (s.tracks.visits === 'running' ? null : fail('ERR_SUSPENDED', 'the visits are already suspended')),
    apply: (d) => {
      d.tracks.visits = 'suspended';
      addContacts(d, -10);
      shiftApproval(d, 'japan', -1);
      opinionMod(d, 'japan', 'russia', 'visits', 'visits to the islands suspended', -5, 0.5);
      return 'Moscow suspends visa-free and grave visits to the islands';
    },
    candidates: constant(single({ type: 'suspendVisits', power: 'russia' })),
  },
  freezeJointActivity: {
    powers: ['russia'],
    group: 'policy',
    label: 'Freeze joint economic activity',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: (s) => (s.tracks.jointActivity.stage === 'pilots' || s.tracks.jointActivity.stage === 'operating' ? null : fail('ERR_NOTHING', 'there is no joint activity to freeze')),
    apply: (d) => {
      const stage = d.tracks.jointActivity.stage === 'operating' ? 'pilots' : 'talks';
      d.tracks.jointActivity = { stage, progress: 0 };
      setJointAccess(d, false);
      opinionMod(d, 'japan', 'russia', 'freeze', 'joint activity frozen', -4, 0.5);
      d.world.trade.japanRussia = round2(Math.max(0, d.world.trade.japanRussia - 0.4));
      return 'Moscow freezes joint economic activity on the islands';
    },
    candidates: constant(single({ type: 'freezeJointActivity', power: 'russia' })),
  },
  curbJapan: {
    powers: ['china'],
    group: 'policy',
    label: 'Curb trade with and tourism to Japan',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: () => null,
    apply: (d) => {
      shiftWorld(d, 'chinaCurbs', 20);
      shiftApproval(d, 'japan', -1);
      shiftTension(d, 'china-japan', 3);
      opinionMod(d, 'japan', 'china', 'curbs', 'Chinese economic pressure', -4, 1);
      return 'Beijing tells tour groups to avoid Japan and slows Japanese goods at customs';
    },
    candidates: constant(single({ type: 'curbJapan', power: 'china' })),
  },
};
