// The words of the engine and the AI in the reader's language: the news (LogEntry.text) and
// the reasons (Reason.label) that the news panel, the reports, the replay and the debrief show.
//
// Design. The engine and the AI may not import the translations (they speak no language but
// the record's), and what they write is part of the game record: the reasons are hashed in
// record.reasonsHash and the news is rebuilt from the record. So they keep writing the English
// they always wrote, the canonical text of a record, and nothing about a record, a hash or the
// engine's hot path changes. This module turns that English into the current language through
// one table keyed by the English template ("Russia reinforces its garrison on {island}"): the
// text is matched against the templates, the values are taken out (and worded in turn by their
// name: an island, a stage, a nested reason, a draft's terms), and the template's key is
// rendered with t(). Every record ever written, golden records and old saves included, reads in
// Japanese the same way; a text no template knows (a scenario's own words, a future engine text)
// is shown as written.
//
// The table and the engine are kept in step by two checks: scripts/i18n-check.ts finds every
// template the engine and the AI write (engineTexts) and reports one this table lacks, and
// tests/engine-words.test.ts plays campaigns and checks every news entry and reason is matched
// and that its English rendering is the engine's text, character for character.
//
// Scenario words inside a text (event titles and texts, option labels, project names, the
// labels of a scenario's opinion modifiers) come from the scenario's own translations
// (./scenario-text.ts) when the caller gives the game's defs; without them they pass through.
//
// Where the AI writes an id rather than words (the option a doctrine chose, a fixed plan's
// items, the search player's moves and drafts), the id is worded too: by the scenario's label
// for an option (so only with the defs), by words.move.* for Japan's moves, and by something
// general ("its preferred answer", "another move") when no words are known, never by the id.
// Those texts are the one place where the English rendering differs from the engine's text.
import { ISLANDS, POWERS, type IslandId, type LogEntry, type PowerId, type Reason, type ScenarioDefs } from '../../engine';
import { newsEvent, optionText, scenarioLabel, scenarioText } from './scenario-text';
import { language, t } from './i18n';
import { categoryLabel, islandName, powerName } from './i18n/terms';

/** The kinds of text the table words: whole news entries and reasons, and the parts they are made of. */
export type Group =
  | 'news'
  | 'reason'
  | 'candidate'
  | 'rule'
  | 'policy'
  | 'stage'
  | 'stageId'
  | 'schedule'
  | 'access'
  | 'term'
  | 'kind'
  | 'heldAs'
  | 'capital'
  | 'offer'
  | 'ratify'
  | 'summary'
  | 'lesson'
  | 'lessonText';
type Values = Record<string, string>;
type Entry = readonly [Group, string, (v: Values) => string];

/** English template (values as {name}) -> the words of the current language. Generated lines, one per key of words.json. */
const TABLE: readonly Entry[] = [
  // <table>
  ['news', "Japan launches \"{project}\" (point {point}, phase {phase}), {turns} quarters at {bn} a quarter", (v) => t('words.news.projectLaunchedPhase', v)], // i18n-ignore: the engine's English, matched
  ['news', "Japan launches \"{project}\" (point {point}), {turns} quarters at {bn} a quarter", (v) => t('words.news.projectLaunched', v)], // i18n-ignore: the engine's English, matched
  ['news', "Leaders meet, but Moscow keeps the treaty talks suspended", () => t('words.news.summitSuspended')], // i18n-ignore: the engine's English, matched
  ['news', "The Japan-Russia summit makes progress toward a treaty", () => t('words.news.summitProgress')], // i18n-ignore: the engine's English, matched
  ['news', "The Japan-Russia summit ends cordially but with little progress", () => t('words.news.summitCordial')], // i18n-ignore: the engine's English, matched
  ['news', "Japanese and Chinese leaders meet and calm relations", () => t('words.news.summitChina')], // i18n-ignore: the engine's English, matched
  ['news', "Tokyo and Washington reaffirm the alliance at a summit", () => t('words.news.summitUsa')], // i18n-ignore: the engine's English, matched
  ['news', "Japan proposes: {proposal}", (v) => t('words.news.japanProposes', v)], // i18n-ignore: the engine's English, matched
  ['news', "Japan accepts Russia's counter-proposal: {proposal}", (v) => t('words.news.japanAcceptsCounter', v)], // i18n-ignore: the engine's English, matched
  ['news', "Japan signs an energy partnership in Sakhalin and the Arctic, easing Russian reliance on Chinese buyers", () => t('words.news.energyPartnership')], // i18n-ignore: the engine's English, matched
  ['news', "Japanese firms invest in Far Eastern ports and farmland", () => t('words.news.farEastInvestment')], // i18n-ignore: the engine's English, matched
  ['news', "Reports of Chinese copies of Russian fighters stir anger in Moscow", () => t('words.news.armsCopyingAnger')], // i18n-ignore: the engine's English, matched
  ['news', "Moscow dismisses Japanese reports on arms copying as meddling", () => t('words.news.armsCopyingDismissed')], // i18n-ignore: the engine's English, matched
  ['news', "Tokyo quietly urges Washington to ease sanctions on Russia", () => t('words.news.lobbyEase')], // i18n-ignore: the engine's English, matched
  ['news', "Tokyo tells Washington it stands with the G7 on sanctions", () => t('words.news.lobbyKeep')], // i18n-ignore: the engine's English, matched
  ['news', "The Diet completes a revision of Article 9", () => t('words.news.article9Revised')], // i18n-ignore: the engine's English, matched
  ['news', "The cabinet advances constitutional revision ({pct}% of the way)", (v) => t('words.news.constitutionAdvances', v)], // i18n-ignore: the engine's English, matched
  ['news', "Japan raises its defence budget", () => t('words.news.defenceBudget')], // i18n-ignore: the engine's English, matched
  ['news', "Japan deepens missile-defence cooperation with the United States", () => t('words.news.missileDefenceCoop')], // i18n-ignore: the engine's English, matched
  ['news', "Japanese and US forces exercise together", () => t('words.news.jointExercise')], // i18n-ignore: the engine's English, matched
  ['news', "Tokyo opens trade and maritime talks with Beijing", () => t('words.news.engageChina')], // i18n-ignore: the engine's English, matched
  ['news', "Japan deepens security ties with Australia, India and Southeast Asia", () => t('words.news.hedgeChina')], // i18n-ignore: the engine's English, matched
  ['news', "Russia accepts Japan's proposal as the basis of a draft treaty", () => t('words.news.russiaAccepts')], // i18n-ignore: the engine's English, matched
  ['news', "Russia counters: {proposal}", (v) => t('words.news.russiaCounters', v)], // i18n-ignore: the engine's English, matched
  ['news', "Russia would counter, but finds no terms it could sell at home, and lets the proposal drop", () => t('words.news.russiaCannotCounter')], // i18n-ignore: the engine's English, matched
  ['news', "Russia rejects Japan's proposal", () => t('words.news.russiaRejects')], // i18n-ignore: the engine's English, matched
  ['news', "Russia reinforces its garrison on {island}", (v) => t('words.news.garrisonReinforced', v)], // i18n-ignore: the engine's English, matched
  ['news', "Russia draws down forces on {island}", (v) => t('words.news.garrisonDrawnDown', v)], // i18n-ignore: the engine's English, matched
  ['news', "{capital} stages joint naval drills with its neighbour", (v) => t('words.news.navalDrills', v)], // i18n-ignore: the engine's English, matched
  ['news', "Moscow invites Japanese firms into the Far East and talks up a treaty", () => t('words.news.courtJapan')], // i18n-ignore: the engine's English, matched
  ['news', "Moscow warns Tokyo that its alliance moves threaten the talks", () => t('words.news.warnJapan')], // i18n-ignore: the engine's English, matched
  ['news', "Beijing offers Moscow {offer}", (v) => t('words.news.chinaOffers', v)], // i18n-ignore: the engine's English, matched
  ['news', "Chinese coast guard ships press around the Senkaku Islands", () => t('words.news.senkaku')], // i18n-ignore: the engine's English, matched
  ['news', "Beijing proposes high-level economic talks with Tokyo", () => t('words.news.chinaEngagesJapan')], // i18n-ignore: the engine's English, matched
  ['news', "Washington tightens sanctions on Russia", () => t('words.news.sanctionsTightened')], // i18n-ignore: the engine's English, matched
  ['news', "Washington eases sanctions on Russia", () => t('words.news.sanctionsEased')], // i18n-ignore: the engine's English, matched
  ['news', "The United States deploys more missile-defence batteries in North Asia", () => t('words.news.usMissileDefence')], // i18n-ignore: the engine's English, matched
  ['news', "Washington restates that the alliance covers Japan", () => t('words.news.usReassures')], // i18n-ignore: the engine's English, matched
  ['news', "Washington warns Tokyo that its Russian deals undercut sanctions", () => t('words.news.usWarnsJapan')], // i18n-ignore: the engine's English, matched
  ['news', "The White House seeks a reset with the Kremlin", () => t('words.news.usResetRussia')], // i18n-ignore: the engine's English, matched
  ['news', "Washington presses Beijing on trade and the South China Sea", () => t('words.news.usPressesChina')], // i18n-ignore: the engine's English, matched
  ['news', "After the news", () => t('words.news.afterTheNews')], // i18n-ignore: the engine's English, matched
  ['news', "{title}: {text}", (v) => t('words.news.event', v)], // i18n-ignore: the engine's English, matched
  ['news', "The teacher triggers \"{title}\"", (v) => t('words.news.teacherTriggers', v)], // i18n-ignore: the engine's English, matched
  ['news', "The campaign ends", () => t('words.news.campaignEnds')], // i18n-ignore: the engine's English, matched
  ['news', "The cabinet falls; a new prime minister takes office and reviews the talks with Moscow", () => t('words.news.cabinetFalls')], // i18n-ignore: the engine's English, matched
  ['news', "The new cabinet reviews its predecessor’s commitments", () => t('words.news.newCabinetReviews')], // i18n-ignore: the engine's English, matched
  ['news', "\"{project}\" stalls for lack of funds", (v) => t('words.news.projectStalls', v)], // i18n-ignore: the engine's English, matched
  ['news', "Japan delivers \"{project}\"", (v) => t('words.news.projectDelivered', v)], // i18n-ignore: the engine's English, matched
  ['news', "Tokyo and Moscow open talks on joint economic activity on the islands", () => t('words.news.jointActivityTalksOpen')], // i18n-ignore: the engine's English, matched
  ['news', "Talks on joint economic activity advance", () => t('words.news.jointActivityAdvances')], // i18n-ignore: the engine's English, matched
  ['news', "Pilot projects start on the islands: fish farming, greenhouses, tourism", () => t('words.news.jointActivityPilots')], // i18n-ignore: the engine's English, matched
  ['news', "Joint economic activity under a special legal framework is operating on the islands", () => t('words.news.jointActivityOperating')], // i18n-ignore: the engine's English, matched
  ['news', "Foreign and defence ministers of Japan and Russia meet in the 2+2 format", () => t('words.news.twoPlusTwo')], // i18n-ignore: the engine's English, matched
  ['news', "Moscow lets former islanders and their families visit again without visas", () => t('words.news.visitsRestored')], // i18n-ignore: the engine's English, matched
  ['news', "Japan funds housing, jobs and resettlement help for the Russian residents of the islands", () => t('words.news.residentsSupported')], // i18n-ignore: the engine's English, matched
  ['news', "Japan and Russia settle quotas and patrols for the waters around the islands", () => t('words.news.fisheriesAgreement')], // i18n-ignore: the engine's English, matched
  ['news', "Citing Japan’s alignment with Washington", () => t('words.news.citingAlliance')], // i18n-ignore: the engine's English, matched
  ['news', "Moscow suspends the peace treaty talks", () => t('words.news.talksSuspendedByMoscow')], // i18n-ignore: the engine's English, matched
  ['news', "The Duma writes a ban on ceding territory into law", () => t('words.news.dumaBan')], // i18n-ignore: the engine's English, matched
  ['news', "The Kremlin declares that Russia’s sovereignty over the Kurils is not up for discussion", () => t('words.news.kremlinNotUpForDiscussion')], // i18n-ignore: the engine's English, matched
  ['news', "Moscow suspends visa-free and grave visits to the islands", () => t('words.news.visitsSuspended')], // i18n-ignore: the engine's English, matched
  ['news', "Moscow freezes joint economic activity on the islands", () => t('words.news.jointActivityFrozen')], // i18n-ignore: the engine's English, matched
  ['news', "Beijing tells tour groups to avoid Japan and slows Japanese goods at customs", () => t('words.news.chinaCurbs')], // i18n-ignore: the engine's English, matched
  ['news', "Treaty talks resume", () => t('words.news.talksResume')], // i18n-ignore: the engine's English, matched
  ['news', "Both sides agree a framework on the basis of the 1956 Declaration", () => t('words.news.frameworkAgreed')], // i18n-ignore: the engine's English, matched
  ['news', "{why}: the treaty track falls back to {stage}", (v) => t('words.news.setback', v)], // i18n-ignore: the engine's English, matched
  ['news', "{why}: Moscow suspends the treaty talks", (v) => t('words.news.suspended', v)], // i18n-ignore: the engine's English, matched
  ['news', "Russia's counter-proposal lapses", () => t('words.news.counterLapses')], // i18n-ignore: the engine's English, matched
  ['news', "Moscow agrees to resume the treaty talks", () => t('words.news.talksResumeAgreed')], // i18n-ignore: the engine's English, matched
  ['news', "Without meetings at the top the framework erodes", () => t('words.news.frameworkErodes')], // i18n-ignore: the engine's English, matched
  ['news', "Moscow backs away from the draft treaty", () => t('words.news.moscowBacksAway')], // i18n-ignore: the engine's English, matched
  ['news', "Negotiators work on the text of the draft treaty", () => t('words.news.negotiatorsWork')], // i18n-ignore: the engine's English, matched
  ['news', "The draft treaty dies: {ratify}", (v) => t('words.news.draftDies', v)], // i18n-ignore: the engine's English, matched
  ['news', "Ratification waits: {ratify}", (v) => t('words.news.ratificationWaits', v)], // i18n-ignore: the engine's English, matched
  ['news', "Japan and Russia sign a peace treaty: {proposal}", (v) => t('words.news.treatySigned', v)], // i18n-ignore: the engine's English, matched
  ['news', "The handover of {island} slips: residents, fisheries and border questions are unsettled", (v) => t('words.news.handoverSlips', v)], // i18n-ignore: the engine's English, matched
  ['news', "The handover of {island} waits for the garrison to leave, as the treaty requires", (v) => t('words.news.handoverWaitsGarrison', v)], // i18n-ignore: the engine's English, matched
  ['news', "{island} passes to Japanese {heldAs}", (v) => t('words.news.islandPasses', v)], // i18n-ignore: the engine's English, matched
  ['ratify', "the Diet and the public balk at the terms", () => t('words.ratify.dietBalks')], // i18n-ignore: the engine's English, matched
  ['ratify', "the Kremlin cannot sell the deal at home", () => t('words.ratify.kremlinCannotSell')], // i18n-ignore: the engine's English, matched
  ['heldAs', "sovereignty", () => t('words.heldAs.sovereignty')], // i18n-ignore: the engine's English, matched
  ['heldAs', "administration", () => t('words.heldAs.administration')], // i18n-ignore: the engine's English, matched
  ['capital', "Moscow", () => t('words.capital.moscow')], // i18n-ignore: the engine's English, matched
  ['capital', "Beijing", () => t('words.capital.beijing')], // i18n-ignore: the engine's English, matched
  ['offer', "a higher gas price", () => t('words.offer.gasPrice')], // i18n-ignore: the engine's English, matched
  ['offer', "cheap state loans", () => t('words.offer.loans')], // i18n-ignore: the engine's English, matched
  ['offer', "a large arms purchase", () => t('words.offer.arms')], // i18n-ignore: the engine's English, matched
  ['offer', "investment in Siberian fields", () => t('words.offer.siberia')], // i18n-ignore: the engine's English, matched
  ['stage', "a standstill", () => t('words.stage.stalled')], // i18n-ignore: the engine's English, matched
  ['stage', "talks", () => t('words.stage.talks')], // i18n-ignore: the engine's English, matched
  ['stage', "a framework on the 1956 basis", () => t('words.stage.framework')], // i18n-ignore: the engine's English, matched
  ['stage', "a draft treaty", () => t('words.stage.draft')], // i18n-ignore: the engine's English, matched
  ['stage', "a signed treaty", () => t('words.stage.signed')], // i18n-ignore: the engine's English, matched
  ['stageId', "stalled", () => t('words.stageId.stalled')], // i18n-ignore: the engine's English, matched
  ['stageId', "talks", () => t('words.stageId.talks')], // i18n-ignore: the engine's English, matched
  ['stageId', "framework", () => t('words.stageId.framework')], // i18n-ignore: the engine's English, matched
  ['stageId', "draft", () => t('words.stageId.draft')], // i18n-ignore: the engine's English, matched
  ['stageId', "signed", () => t('words.stageId.signed')], // i18n-ignore: the engine's English, matched
  ['schedule', "handed over on signing", () => t('words.schedule.onSigning')], // i18n-ignore: the engine's English, matched
  ['schedule', "handed over in phases", () => t('words.schedule.phased')], // i18n-ignore: the engine's English, matched
  ['schedule', "handover deferred", () => t('words.schedule.deferred')], // i18n-ignore: the engine's English, matched
  ['access', "no access", () => t('words.access.none')], // i18n-ignore: the engine's English, matched
  ['access', "visa-free visits", () => t('words.access.visits')], // i18n-ignore: the engine's English, matched
  ['access', "joint activity", () => t('words.access.joint')], // i18n-ignore: the engine's English, matched
  ['term', "{island} ({kind})", (v) => t('words.term.transfer', v)], // i18n-ignore: the engine's English, matched
  ['term', "{access} on {island}", (v) => t('words.term.accessOn', v)], // i18n-ignore: the engine's English, matched
  ['term', "transfer of {islands}", (v) => t('words.term.transferOf', v)], // i18n-ignore: the engine's English, matched
  ['term', "no island transferred", () => t('words.term.noTransfer')], // i18n-ignore: the engine's English, matched
  ['term', "demilitarised", () => t('words.term.demilitarised')], // i18n-ignore: the engine's English, matched
  ['term', "no US forces", () => t('words.term.noUsForces')], // i18n-ignore: the engine's English, matched
  ['term', "economic package of {bn}", (v) => t('words.term.package', v)], // i18n-ignore: the engine's English, matched
  ['kind', "sovereignty", () => t('words.kind.sovereignty')], // i18n-ignore: the engine's English, matched
  ['kind', "administration", () => t('words.kind.administration')], // i18n-ignore: the engine's English, matched
  ['reason', "Russia would probably refuse ({pct}% to accept)", (v) => t('words.reason.wouldRefuse', v)], // i18n-ignore: the engine's English, matched
  ['reason', "the Diet would not ratify it", () => t('words.reason.dietWouldNotRatify')], // i18n-ignore: the engine's English, matched
  ['reason', "Russia would likely accept ({pct}%)", (v) => t('words.reason.wouldAccept', v)], // i18n-ignore: the engine's English, matched
  ['reason', "expected worth of the draft to Japan", () => t('words.reason.draftWorth')], // i18n-ignore: the engine's English, matched
  ['reason', "a treaty settles the border for good: hold out for more while time allows", () => t('words.reason.holdOut')], // i18n-ignore: the engine's English, matched
  ['reason', "worth of the counter-proposal to Japan", () => t('words.reason.counterWorth')], // i18n-ignore: the engine's English, matched
  ['reason', "the treaty track needs momentum", () => t('words.reason.momentum')], // i18n-ignore: the engine's English, matched
  ['reason', "Russian goodwill to build", () => t('words.reason.goodwillToBuild')], // i18n-ignore: the engine's English, matched
  ['reason', "channels to the Kremlin", () => t('words.reason.kremlinChannels')], // i18n-ignore: the engine's English, matched
  ['reason', "capital it takes", () => t('words.reason.capitalItTakes')], // i18n-ignore: the engine's English, matched
  ['reason', "tension with China", () => t('words.reason.tensionChina')], // i18n-ignore: the engine's English, matched
  ['reason', "Beijing's alarm", () => t('words.reason.beijingAlarm')], // i18n-ignore: the engine's English, matched
  ['reason', "alliance confidence", () => t('words.reason.allianceConfidence')], // i18n-ignore: the engine's English, matched
  ['reason', "credible accommodation: goodwill on delivery", () => t('words.reason.credibleAccommodation')], // i18n-ignore: the engine's English, matched
  ['reason', "weans Russia off China", () => t('words.reason.weansRussia')], // i18n-ignore: the engine's English, matched
  ['reason', "cost", () => t('words.reason.cost')], // i18n-ignore: the engine's English, matched
  ['reason', "budget would not cover the instalments", () => t('words.reason.budgetShort')], // i18n-ignore: the engine's English, matched
  ['reason', "would not be delivered in time", () => t('words.reason.tooLate')], // i18n-ignore: the engine's English, matched
  ['reason', "early delivery counts most", () => t('words.reason.earlyDelivery')], // i18n-ignore: the engine's English, matched
  ['reason', "cuts Russian reliance on China", () => t('words.reason.cutsReliance')], // i18n-ignore: the engine's English, matched
  ['reason', "goodwill in Moscow", () => t('words.reason.goodwillMoscow')], // i18n-ignore: the engine's English, matched
  ['reason', "budget after instalments", () => t('words.reason.budgetAfter')], // i18n-ignore: the engine's English, matched
  ['reason', "alignment to loosen", () => t('words.reason.alignmentToLoosen')], // i18n-ignore: the engine's English, matched
  ['reason', "risk of looking like meddling", () => t('words.reason.meddlingRisk')], // i18n-ignore: the engine's English, matched
  ['reason', "sanctions keep Japanese money valuable", () => t('words.reason.sanctionsKeepMoney')], // i18n-ignore: the engine's English, matched
  ['reason', "irritates Moscow", () => t('words.reason.irritatesMoscow')], // i18n-ignore: the engine's English, matched
  ['reason', "eased sanctions cheapen Japanese money", () => t('words.reason.easedSanctionsCheapen')], // i18n-ignore: the engine's English, matched
  ['reason', "security hedge", () => t('words.reason.securityHedge')], // i18n-ignore: the engine's English, matched
  ['reason', "hardens Moscow and Beijing", () => t('words.reason.hardensMoscowBeijing')], // i18n-ignore: the engine's English, matched
  ['reason', "North Korean missiles", () => t('words.reason.nkMissiles')], // i18n-ignore: the engine's English, matched
  ['reason', "pushes Russia to arm the islands", () => t('words.reason.armsIslands')], // i18n-ignore: the engine's English, matched
  ['reason', "joint activity: access to the islands short of a treaty", () => t('words.reason.jointAccess')], // i18n-ignore: the engine's English, matched
  ['reason', "Russian goodwill", () => t('words.reason.russianGoodwill')], // i18n-ignore: the engine's English, matched
  ['reason', "makes the no-US-forces assurance believable", () => t('words.reason.assuranceBelievable')], // i18n-ignore: the engine's English, matched
  ['reason', "Washington is uneasy", () => t('words.reason.washingtonUneasy')], // i18n-ignore: the engine's English, matched
  ['reason', "former islanders and their families can visit again", () => t('words.reason.formerIslanders')], // i18n-ignore: the engine's English, matched
  ['reason', "the handover needs the residents settled", () => t('words.reason.residentsSettled')], // i18n-ignore: the engine's English, matched
  ['reason', "fishing rights around the islands", () => t('words.reason.fishingRights')], // i18n-ignore: the engine's English, matched
  ['reason', "standing to spend at home", () => t('words.reason.standingAtHome')], // i18n-ignore: the engine's English, matched
  ['reason', "alarms Beijing", () => t('words.reason.alarmsBeijing')], // i18n-ignore: the engine's English, matched
  ['reason', "{policy} doctrine: answer \"{optionId}\"", (v) => (v.optionId ? t('words.reason.doctrineAnswer', { ...v, option: v.optionId }) : t('words.reason.doctrineAnswerAny', v))], // i18n-ignore: the engine's English, matched
  ['reason', "{policy} doctrine: {rule}", (v) => t('words.reason.doctrineRule', v)], // i18n-ignore: the engine's English, matched
  ['reason', "{policy} doctrine: nothing more to do", (v) => t('words.reason.doctrineNothing', v)], // i18n-ignore: the engine's English, matched
  ['reason', "{policy} doctrine: forced", (v) => t('words.reason.doctrineForced', v)], // i18n-ignore: the engine's English, matched
  ['rule', "take up Russia’s counter-offer", () => t('words.rule.acceptCounter')], // i18n-ignore: the engine's English, matched
  ['rule', "fund the eight-point plan", () => t('words.rule.fundPlan')], // i18n-ignore: the engine's English, matched
  ['rule', "summit with Moscow", () => t('words.rule.summitMoscow')], // i18n-ignore: the engine's English, matched
  ['rule', "offer the 1956 basis with joint activity", () => t('words.rule.offer1956Joint')], // i18n-ignore: the engine's English, matched
  ['rule', "argue for easing sanctions", () => t('words.rule.easeSanctions')], // i18n-ignore: the engine's English, matched
  ['rule', "invest in the Far East", () => t('words.rule.investFarEast')], // i18n-ignore: the engine's English, matched
  ['rule', "energy partnership", () => t('words.rule.energy')], // i18n-ignore: the engine's English, matched
  ['rule', "expose Chinese arms copying", () => t('words.rule.exposeArms')], // i18n-ignore: the engine's English, matched
  ['rule', "fund the energy and Far East points", () => t('words.rule.fundEnergyFarEast')], // i18n-ignore: the engine's English, matched
  ['rule', "offer the 1956 basis", () => t('words.rule.offer1956')], // i18n-ignore: the engine's English, matched
  ['rule', "revise the constitution", () => t('words.rule.constitution')], // i18n-ignore: the engine's English, matched
  ['rule', "missile defence with the US", () => t('words.rule.missileDefence')], // i18n-ignore: the engine's English, matched
  ['rule', "raise defence spending", () => t('words.rule.defenceSpending')], // i18n-ignore: the engine's English, matched
  ['rule', "exercise with US forces", () => t('words.rule.exercise')], // i18n-ignore: the engine's English, matched
  ['rule', "hedge against China", () => t('words.rule.hedgeChina')], // i18n-ignore: the engine's English, matched
  ['rule', "stand with the G7 on sanctions", () => t('words.rule.g7Sanctions')], // i18n-ignore: the engine's English, matched
  ['rule', "demand all four islands", () => t('words.rule.allFour')], // i18n-ignore: the engine's English, matched
  ['rule', "always {action}", (v) => t('words.rule.always', v)], // i18n-ignore: the engine's English, matched
  ['reason', "random choice", () => t('words.reason.randomChoice')], // i18n-ignore: the engine's English, matched
  ['reason', "{plan}, step {step}: {item}", (v) => t('words.reason.planStep', v)], // i18n-ignore: the engine's English, matched
  ['reason', "{plan}: the plan is done for this turn", (v) => t('words.reason.planDone', v)], // i18n-ignore: the engine's English, matched
  ['reason', "{plan}: forced", (v) => t('words.reason.planForced', v)], // i18n-ignore: the engine's English, matched
  ['reason', "nothing else is worth the capital this turn", () => t('words.reason.nothingWorthCapital')], // i18n-ignore: the engine's English, matched
  ['reason', "judgement call", () => t('words.reason.judgement')], // i18n-ignore: the engine's English, matched
  ['reason', "answer to \"{title}\"", (v) => t('words.reason.answerTo', v)], // i18n-ignore: the engine's English, matched
  ['reason', "worth of \"{option}\"", (v) => t('words.reason.worthOf', v)], // i18n-ignore: the engine's English, matched
  ['reason', "US missile defence in the region", () => t('words.reason.usMissileDefence')], // i18n-ignore: the engine's English, matched
  ['reason', "tension with the United States", () => t('words.reason.tensionUsa')], // i18n-ignore: the engine's English, matched
  ['reason', "Japan's alliance moves", () => t('words.reason.japanAllianceMoves')], // i18n-ignore: the engine's English, matched
  ['reason', "strategic value of {island}", (v) => t('words.reason.strategicValue', v)], // i18n-ignore: the engine's English, matched
  ['reason', "already garrisoned", () => t('words.reason.alreadyGarrisoned')], // i18n-ignore: the engine's English, matched
  ['reason', "treaty talks under way", () => t('words.reason.talksUnderWay')], // i18n-ignore: the engine's English, matched
  ['reason', "a draft treaty promises a demilitarised handover", () => t('words.reason.draftPromisesDemilitarised')], // i18n-ignore: the engine's English, matched
  ['reason', "goodwill toward Japan", () => t('words.reason.goodwillTowardJapan')], // i18n-ignore: the engine's English, matched
  ['reason', "cost of a deployment", () => t('words.reason.deploymentCost')], // i18n-ignore: the engine's English, matched
  ['reason', "a draft treaty to protect", () => t('words.reason.draftToProtect')], // i18n-ignore: the engine's English, matched
  ['reason', "the treaty requires the garrison to leave before the handover", () => t('words.reason.garrisonMustLeave')], // i18n-ignore: the engine's English, matched
  ['reason', "size of the garrison", () => t('words.reason.garrisonSize')], // i18n-ignore: the engine's English, matched
  ['reason', "loss of face", () => t('words.reason.lossOfFace')], // i18n-ignore: the engine's English, matched
  ['reason', "regard for China", () => t('words.reason.regardChina')], // i18n-ignore: the engine's English, matched
  ['reason', "common front against the US", () => t('words.reason.commonFront')], // i18n-ignore: the engine's English, matched
  ['reason', "ties with Beijing", () => t('words.reason.tiesBeijing')], // i18n-ignore: the engine's English, matched
  ['reason', "unease over Chinese weight in the Far East", () => t('words.reason.unEaseChineseWeight')], // i18n-ignore: the engine's English, matched
  ['reason', "cost of the exercise", () => t('words.reason.exerciseCost')], // i18n-ignore: the engine's English, matched
  ['reason', "need for Japanese capital", () => t('words.reason.needJapaneseCapital')], // i18n-ignore: the engine's English, matched
  ['reason', "sanctions bite", () => t('words.reason.sanctionsBite')], // i18n-ignore: the engine's English, matched
  ['reason', "talks to keep alive", () => t('words.reason.talksToKeepAlive')], // i18n-ignore: the engine's English, matched
  ['reason', "cost of courting", () => t('words.reason.courtingCost')], // i18n-ignore: the engine's English, matched
  ['reason', "talks at stake", () => t('words.reason.talksAtStake')], // i18n-ignore: the engine's English, matched
  ['reason', "cost of a public warning", () => t('words.reason.warningCost')], // i18n-ignore: the engine's English, matched
  ['reason', "Western sanctions bite", () => t('words.reason.westernSanctionsBite')], // i18n-ignore: the engine's English, matched
  ['reason', "confrontation with the United States", () => t('words.reason.confrontationUsa')], // i18n-ignore: the engine's English, matched
  ['reason', "the public will not hear of concessions", () => t('words.reason.noConcessions')], // i18n-ignore: the engine's English, matched
  ['reason', "talks worth keeping", () => t('words.reason.talksWorthKeeping')], // i18n-ignore: the engine's English, matched
  ['reason', "loss of Japanese business", () => t('words.reason.lossJapaneseBusiness')], // i18n-ignore: the engine's English, matched
  ['reason', "nationalist mood", () => t('words.reason.nationalistMood')], // i18n-ignore: the engine's English, matched
  ['reason', "the Kremlin's standing needs the flag", () => t('words.reason.kremlinNeedsFlag')], // i18n-ignore: the engine's English, matched
  ['reason', "a deal Moscow wants to keep possible", () => t('words.reason.dealToKeepPossible')], // i18n-ignore: the engine's English, matched
  ['reason', "already committed in public", () => t('words.reason.committedInPublic')], // i18n-ignore: the engine's English, matched
  ['reason', "cost of closing doors", () => t('words.reason.closingDoorsCost')], // i18n-ignore: the engine's English, matched
  ['reason', "leverage over Tokyo", () => t('words.reason.leverageTokyo')], // i18n-ignore: the engine's English, matched
  ['reason', "cost to the talks", () => t('words.reason.talksCost')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo backs Western sanctions", () => t('words.reason.tokyoBacksSanctions')], // i18n-ignore: the engine's English, matched
  ['reason', "income from the projects", () => t('words.reason.projectIncome')], // i18n-ignore: the engine's English, matched
  ['reason', "alignment with Moscow slipping", () => t('words.reason.alignmentSlipping')], // i18n-ignore: the engine's English, matched
  ['reason', "alarm at Japan's wedge diplomacy", () => t('words.reason.wedgeAlarm')], // i18n-ignore: the engine's English, matched
  ['reason', "Japan's security moves", () => t('words.reason.japanSecurityMoves')], // i18n-ignore: the engine's English, matched
  ['reason', "curbs already in force", () => t('words.reason.curbsInForce')], // i18n-ignore: the engine's English, matched
  ['reason', "engagement from Tokyo", () => t('words.reason.engagementTokyo')], // i18n-ignore: the engine's English, matched
  ['reason', "cost to Chinese business", () => t('words.reason.chineseBusinessCost')], // i18n-ignore: the engine's English, matched
  ['reason', "Russian warmth toward Japan", () => t('words.reason.russianWarmth')], // i18n-ignore: the engine's English, matched
  ['reason', "cost of the offer", () => t('words.reason.offerCost')], // i18n-ignore: the engine's English, matched
  ['reason', "national pride", () => t('words.reason.nationalPride')], // i18n-ignore: the engine's English, matched
  ['reason', "risk of escalation", () => t('words.reason.escalationRisk')], // i18n-ignore: the engine's English, matched
  ['reason', "calm the East China Sea", () => t('words.reason.calmEastChinaSea')], // i18n-ignore: the engine's English, matched
  ['reason', "keep Tokyo from Washington", () => t('words.reason.keepTokyoFromWashington')], // i18n-ignore: the engine's English, matched
  ['reason', "cost of outreach", () => t('words.reason.outreachCost')], // i18n-ignore: the engine's English, matched
  ['reason', "regard for Russia", () => t('words.reason.regardRussia')], // i18n-ignore: the engine's English, matched
  ['reason', "Congress and allies want pressure on Moscow", () => t('words.reason.pressureOnMoscow')], // i18n-ignore: the engine's English, matched
  ['reason', "tension with Russia", () => t('words.reason.tensionRussia')], // i18n-ignore: the engine's English, matched
  ['reason', "sanctions already heavy", () => t('words.reason.sanctionsHeavy')], // i18n-ignore: the engine's English, matched
  ['reason', "the White House wants a deal with Moscow", () => t('words.reason.dealWithMoscow')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo lobbies for easing", () => t('words.reason.tokyoLobbies')], // i18n-ignore: the engine's English, matched
  ['reason', "allies would object", () => t('words.reason.alliesObject')], // i18n-ignore: the engine's English, matched
  ['reason', "defence of allies", () => t('words.reason.defenceOfAllies')], // i18n-ignore: the engine's English, matched
  ['reason', "already deployed", () => t('words.reason.alreadyDeployed')], // i18n-ignore: the engine's English, matched
  ['reason', "Japan's confidence in the alliance", () => t('words.reason.japanConfidence')], // i18n-ignore: the engine's English, matched
  ['reason', "alliance priority", () => t('words.reason.alliancePriority')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo's deals cut across sanctions", () => t('words.reason.tokyoDealsSanctions')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo bargains over the alliance", () => t('words.reason.tokyoBargains')], // i18n-ignore: the engine's English, matched
  ['reason', "sanctions policy", () => t('words.reason.sanctionsPolicy')], // i18n-ignore: the engine's English, matched
  ['reason', "the White House courts Moscow itself", () => t('words.reason.courtsMoscow')], // i18n-ignore: the engine's English, matched
  ['reason', "cost to the alliance", () => t('words.reason.allianceCost')], // i18n-ignore: the engine's English, matched
  ['reason', "the White House wants a reset", () => t('words.reason.wantsReset')], // i18n-ignore: the engine's English, matched
  ['reason', "Congress resists", () => t('words.reason.congressResists')], // i18n-ignore: the engine's English, matched
  ['reason', "rivalry with China", () => t('words.reason.rivalryChina')], // i18n-ignore: the engine's English, matched
  ['reason', "trade deficit with China", () => t('words.reason.tradeDeficitChina')], // i18n-ignore: the engine's English, matched
  ['reason', "did much the same recently", () => t('words.reason.didRecently')], // i18n-ignore: the engine's English, matched
  ['reason', "as the player did in the recorded game", () => t('words.reason.asRecorded')], // i18n-ignore: the engine's English, matched
  ['reason', "the player did nothing more this turn", () => t('words.reason.playerDidNothing')], // i18n-ignore: the engine's English, matched
  ['reason', "the expert's plan scores {score} on average over {played} sampled futures of {horizon} turns", (v) => t('words.reason.searchExpertScore', v)], // i18n-ignore: the engine's English, matched
  ['reason', "{label} does better", (v) => t('words.reason.searchBetter', v)], // i18n-ignore: the engine's English, matched
  ['reason', "the expert's answer", () => t('words.reason.expertAnswer')], // i18n-ignore: the engine's English, matched
  ['reason', "answering \"{optionId}\"", (v) => (v.optionId ? t('words.reason.answering', { option: v.optionId }) : t('words.reason.answeringAny'))], // i18n-ignore: the engine's English, matched
  ['reason', "a programme of summits", () => t('words.reason.programmeSummits')], // i18n-ignore: the engine's English, matched
  ['candidate', "the expert's plan", () => t('words.reason.searchExpertPlan')], // i18n-ignore: the engine's English, matched
  ['candidate', "the expert's plan without {move}", (v) => t('words.reason.searchWithout', v)], // i18n-ignore: the engine's English, matched
  ['candidate', "the expert's plan with {move}", (v) => t('words.reason.searchWith', v)], // i18n-ignore: the engine's English, matched
  ['candidate', "proposing {draft}", (v) => t('words.reason.searchProposing', v)], // i18n-ignore: the engine's English, matched
  ['candidate', "accepting Russia's counter-proposal", () => t('words.reason.searchAcceptCounter')], // i18n-ignore: the engine's English, matched
  ['candidate', "doing nothing", () => t('words.reason.searchNothing')], // i18n-ignore: the engine's English, matched
  ['reason', "a wedge programme", () => t('words.reason.programmeWedge')], // i18n-ignore: the engine's English, matched
  ['reason', "an economic programme", () => t('words.reason.programmeEconomic')], // i18n-ignore: the engine's English, matched
  ['reason', "a security programme", () => t('words.reason.programmeSecurity')], // i18n-ignore: the engine's English, matched
  ['reason', "a programme of calm with China", () => t('words.reason.programmeCalmChina')], // i18n-ignore: the engine's English, matched
  ['reason', "Japanese investment delivered (fading)", () => t('words.reason.investmentDelivered')], // i18n-ignore: the engine's English, matched
  ['reason', "projects promised, not yet delivered", () => t('words.reason.projectsPromised')], // i18n-ignore: the engine's English, matched
  ['reason', "China can offer more", () => t('words.reason.chinaOffersMore')], // i18n-ignore: the engine's English, matched
  ['reason', "treaty track: {stageId}", (v) => t('words.reason.treatyTrack', v)], // i18n-ignore: the engine's English, matched
  ['reason', "joint economic activity already works", () => t('words.reason.jointActivityWorks')], // i18n-ignore: the engine's English, matched
  ['reason', "sovereignty cost, {island}", (v) => t('words.reason.sovereigntyCost', v)], // i18n-ignore: the engine's English, matched
  ['reason', "Sea of Okhotsk bastion, {island}", (v) => t('words.reason.okhotskBastion', v)], // i18n-ignore: the engine's English, matched
  ['reason', "US forces could follow, {island}", (v) => t('words.reason.usForcesFollow', v)], // i18n-ignore: the engine's English, matched
  ['reason', "Moscow's public commitments, {island}", (v) => t('words.reason.publicCommitmentsOn', v)], // i18n-ignore: the engine's English, matched
  ['reason', "Russian public opposes a handover", () => t('words.reason.publicOpposesHandover')], // i18n-ignore: the engine's English, matched
  ['reason', "a precedent for other borders", () => t('words.reason.precedent')], // i18n-ignore: the engine's English, matched
  ['reason', "a peace treaty opens the Far East to Japan", () => t('words.reason.opensFarEast')], // i18n-ignore: the engine's English, matched
  ['reason', "the Kremlin's private calculations", () => t('words.reason.kremlinPrivate')], // i18n-ignore: the engine's English, matched
  ['reason', "the Kremlin's private calculations (Tokyo's estimate)", () => t('words.reason.kremlinPrivateEstimate')], // i18n-ignore: the engine's English, matched
  ['reason', "within the 1956 Declaration, which Moscow ratified", () => t('words.reason.within1956')], // i18n-ignore: the engine's English, matched
  ['reason', "economic package, tier {tier}", (v) => t('words.reason.packageTier', v)], // i18n-ignore: the engine's English, matched
  ['reason', "visa-free visits, {island}", (v) => t('words.reason.visitsOn', v)], // i18n-ignore: the engine's English, matched
  ['reason', "joint activity under Russian law, {island}", (v) => t('words.reason.jointUnderRussianLaw', v)], // i18n-ignore: the engine's English, matched
  ['reason', "time to prepare: {schedule}", (v) => t('words.reason.timeToPrepare', v)], // i18n-ignore: the engine's English, matched
  ['reason', "no island returned", () => t('words.reason.noIslandReturned')], // i18n-ignore: the engine's English, matched
  ['reason', "a single island returned", () => t('words.reason.singleIsland')], // i18n-ignore: the engine's English, matched
  ['reason', "the 1956 promise kept", () => t('words.reason.promiseKept')], // i18n-ignore: the engine's English, matched
  ['reason', "more than the 1956 islands", () => t('words.reason.moreThan1956')], // i18n-ignore: the engine's English, matched
  ['reason', "gives up the claim to {island}", (v) => t('words.reason.givesUpClaim', v)], // i18n-ignore: the engine's English, matched
  ['reason', "administration without sovereignty", () => t('words.reason.administrationOnly')], // i18n-ignore: the engine's English, matched
  ['reason', "handover deferred for years", () => t('words.reason.deferredYears')], // i18n-ignore: the engine's English, matched
  ['reason', "limits on the US alliance", () => t('words.reason.limitsAlliance')], // i18n-ignore: the engine's English, matched
  ['reason', "paying for our own land", () => t('words.reason.payingForLand')], // i18n-ignore: the engine's English, matched
  ['reason', "the Kremlin's standing", () => t('words.reason.kremlinStanding')], // i18n-ignore: the engine's English, matched
  ['reason', "public hostility to a handover", () => t('words.reason.publicHostility')], // i18n-ignore: the engine's English, matched
  ['reason', "Moscow's public commitments", () => t('words.reason.publicCommitments')], // i18n-ignore: the engine's English, matched
  ['reason', "land to give up", () => t('words.reason.landToGiveUp')], // i18n-ignore: the engine's English, matched
  ['reason', "the economic package", () => t('words.reason.theEconomicPackage')], // i18n-ignore: the engine's English, matched
  ['reason', "joint activity already working", () => t('words.reason.jointActivityWorking')], // i18n-ignore: the engine's English, matched
  ['reason', "China’s share of Russia’s Asian trade", () => t('words.reason.chinaTradeShare')], // i18n-ignore: the engine's English, matched
  ['reason', "arms, energy and credit ties with China", () => t('words.reason.armsEnergyCredit')], // i18n-ignore: the engine's English, matched
  ['reason', "common interests (SCO, trade)", () => t('words.reason.commonInterests')], // i18n-ignore: the engine's English, matched
  ['reason', "mutual regard", () => t('words.reason.mutualRegard')], // i18n-ignore: the engine's English, matched
  ['reason', "Russian dependence on China", () => t('words.reason.dependenceOnChina')], // i18n-ignore: the engine's English, matched
  ['reason', "shared threat from the United States", () => t('words.reason.sharedThreat')], // i18n-ignore: the engine's English, matched
  ['reason', "Russian unease over the Far East", () => t('words.reason.uneaseFarEast')], // i18n-ignore: the engine's English, matched
  ['reason', "Russia-China alignment", () => t('words.reason.russiaChinaAlignment')], // i18n-ignore: the engine's English, matched
  ['reason', "militarised islands", () => t('words.reason.militarisedIslands')], // i18n-ignore: the engine's English, matched
  ['reason', "standing relations", () => t('words.reason.standingRelations')], // i18n-ignore: the engine's English, matched
  ['policy', "economic-first", () => t('words.policy.economicFirst')], // i18n-ignore: the engine's English, matched
  ['policy', "wedge", () => t('words.policy.wedge')], // i18n-ignore: the engine's English, matched
  ['policy', "hawk", () => t('words.policy.hawk')], // i18n-ignore: the engine's English, matched
  ['policy', "passive", () => t('words.policy.passive')], // i18n-ignore: the engine's English, matched
  ['policy', "repeat:{action}", () => t('words.policy.repeat')], // i18n-ignore: the engine's English, matched
  ['news', "{power} ends its turn", (v) => t('words.news.endsTurn', v)], // i18n-ignore: the engine's English, matched
  ['reason', "Chinese copying of Russian arms", () => t('words.reason.chineseArmsCopying')], // i18n-ignore: the engine's English, matched
  ['reason', "Chinese economic pressure", () => t('words.reason.chineseEconomicPressure')], // i18n-ignore: the engine's English, matched
  ['reason', "Chinese engagement", () => t('words.reason.chineseEngagement')], // i18n-ignore: the engine's English, matched
  ['reason', "Chinese money makes Japanese money less needed", () => t('words.reason.chineseMoneyCompetes')], // i18n-ignore: the engine's English, matched
  ['reason', "Chinese offers", () => t('words.reason.chineseOffers')], // i18n-ignore: the engine's English, matched
  ['reason', "Chinese pressure at sea", () => t('words.reason.chinesePressureSea')], // i18n-ignore: the engine's English, matched
  ['reason', "Japan courts Moscow", () => t('words.reason.japanCourtsMoscow')], // i18n-ignore: the engine's English, matched
  ['reason', "Japan hedges against China", () => t('words.reason.japanHedgesChina')], // i18n-ignore: the engine's English, matched
  ['reason', "Japanese arms build-up", () => t('words.reason.japaneseArmsBuildUp')], // i18n-ignore: the engine's English, matched
  ['reason', "Japanese engagement", () => t('words.reason.japaneseEngagement')], // i18n-ignore: the engine's English, matched
  ['reason', "Japanese hedging", () => t('words.reason.japaneseHedging')], // i18n-ignore: the engine's English, matched
  ['reason', "Japanese meddling", () => t('words.reason.japaneseMeddling')], // i18n-ignore: the engine's English, matched
  ['reason', "Japanese money in the Far East", () => t('words.reason.japaneseMoneyFarEast')], // i18n-ignore: the engine's English, matched
  ['reason', "Japanese remilitarisation", () => t('words.reason.japaneseRemilitarisation')], // i18n-ignore: the engine's English, matched
  ['reason', "Japanese smear campaign", () => t('words.reason.japaneseSmear')], // i18n-ignore: the engine's English, matched
  ['reason', "Moscow invites Japanese business", () => t('words.reason.moscowInvitesBusiness')], // i18n-ignore: the engine's English, matched
  ['reason', "Moscow rules out concessions", () => t('words.reason.moscowRulesOut')], // i18n-ignore: the engine's English, matched
  ['reason', "Russian warnings", () => t('words.reason.russianWarnings')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo argues for easing sanctions", () => t('words.reason.tokyoArguesEasing')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo backs sanctions", () => t('words.reason.tokyoBacksSanctionsMod')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo backs the sanctions line", () => t('words.reason.tokyoBacksSanctionsLine')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo bargains over where US forces may go", () => t('words.reason.tokyoBargainsUsForces')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo courts Moscow despite sanctions", () => t('words.reason.tokyoCourtsMoscowSanctions')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo keeps pressing drafts Moscow refused", () => t('words.reason.tokyoPressesRefusedDrafts')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo lobbies against sanctions", () => t('words.reason.tokyoLobbiesAgainstSanctions')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo talks security with Moscow", () => t('words.reason.tokyoTalksSecurity')], // i18n-ignore: the engine's English, matched
  ['reason', "Tokyo warms to Beijing", () => t('words.reason.tokyoWarmsBeijing')], // i18n-ignore: the engine's English, matched
  ['reason', "US engagement", () => t('words.reason.usEngagement')], // i18n-ignore: the engine's English, matched
  ['reason', "US firmness with China", () => t('words.reason.usFirmnessChina')], // i18n-ignore: the engine's English, matched
  ['reason', "US missile defence in Asia", () => t('words.reason.usMissileDefenceAsia')], // i18n-ignore: the engine's English, matched
  ['reason', "US pressure", () => t('words.reason.usPressure')], // i18n-ignore: the engine's English, matched
  ['reason', "US reassurance", () => t('words.reason.usReassurance')], // i18n-ignore: the engine's English, matched
  ['reason', "US warnings", () => t('words.reason.usWarnings')], // i18n-ignore: the engine's English, matched
  ['reason', "US-Japan exercises", () => t('words.reason.usJapanExercises')], // i18n-ignore: the engine's English, matched
  ['reason', "a treaty that bars US forces from the islands", () => t('words.reason.treatyBarsUsForces')], // i18n-ignore: the engine's English, matched
  ['reason', "alliance ties", () => t('words.reason.allianceTies')], // i18n-ignore: the engine's English, matched
  ['reason', "energy partnership with Japan", () => t('words.reason.energyPartnershipJapan')], // i18n-ignore: the engine's English, matched
  ['reason', "help for the islands’ residents", () => t('words.reason.helpResidents')], // i18n-ignore: the engine's English, matched
  ['reason', "joint activity frozen", () => t('words.reason.jointActivityFrozenMod')], // i18n-ignore: the engine's English, matched
  ['reason', "joint economic activity", () => t('words.reason.jointEconomicActivity')], // i18n-ignore: the engine's English, matched
  ['reason', "joint exercises", () => t('words.reason.jointExercises')], // i18n-ignore: the engine's English, matched
  ['reason', "missile-defence cooperation", () => t('words.reason.missileDefenceCooperation')], // i18n-ignore: the engine's English, matched
  ['reason', "missile-defence cooperation with the US", () => t('words.reason.missileDefenceCooperationUs')], // i18n-ignore: the engine's English, matched
  ['reason', "project announced: {project}", (v) => t('words.reason.projectAnnounced', v)], // i18n-ignore: the engine's English, matched
  ['reason', "delivered: {project}", (v) => t('words.reason.projectDeliveredMod', v)], // i18n-ignore: the engine's English, matched
  ['reason', "security dialogue", () => t('words.reason.securityDialogue')], // i18n-ignore: the engine's English, matched
  ['reason', "summit diplomacy", () => t('words.reason.summitDiplomacy')], // i18n-ignore: the engine's English, matched
  ['reason', "talks suspended", () => t('words.reason.talksSuspendedMod')], // i18n-ignore: the engine's English, matched
  ['reason', "visits to the islands suspended", () => t('words.reason.visitsSuspendedMod')], // i18n-ignore: the engine's English, matched
  ['summary', "no island returned", () => t('words.summary.noIsland')], // i18n-ignore: the engine's English, matched
  ['summary', "{count} island returned", (v) => t('words.summary.islandReturned', v)], // i18n-ignore: the engine's English, matched
  ['summary', "{count} islands returned", (v) => t('words.summary.islandsReturned', v)], // i18n-ignore: the engine's English, matched
  ['summary', "treaty track at {stage}", (v) => t('words.summary.treatyAt', v)], // i18n-ignore: the engine's English, matched
  ['summary', "alignment {start} → {end}", (v) => t('words.summary.alignment', v)], // i18n-ignore: the engine's English, matched
  ['summary', "tension with China {n}", (v) => t('words.summary.tensionChina', v)], // i18n-ignore: the engine's English, matched
  ['summary', "Japan-Russia trade {bn}", (v) => t('words.summary.trade', v)], // i18n-ignore: the engine's English, matched
  ['summary', "approval {n}", (v) => t('words.summary.approval', v)], // i18n-ignore: the engine's English, matched
  ['lesson', "{category} ({score}): {lesson}", (v) => t('words.lesson.line', v)], // i18n-ignore: the engine's English, matched
  ['lessonText', "Money eases a deal but cannot carry it: keep the channels to Moscow open (summits, visits, a security dialogue) so the estimate of its answer is sharp, ask for Shikotan and Habomai on the 1956 basis, and propose when the Kremlin can sell it at home.", () => t('words.lessonText.territory')], // i18n-ignore: the engine's English, matched
  ['lessonText', "Talks lose momentum without summits and can be suspended; a draft must be ratified in both capitals within {quarters} quarters or it dies.", (v) => t('words.lessonText.treaty', v)], // i18n-ignore: the engine's English, matched
  ['lessonText', "Quiet, credible accommodation (delivered projects, energy ties) loosens Russia from China; loud wedge moves make Beijing outbid you.", () => t('words.lessonText.wedge')], // i18n-ignore: the engine's English, matched
  ['lessonText', "Security moves reassure Washington but raise tension with Beijing and harden Moscow; pace them.", () => t('words.lessonText.security')], // i18n-ignore: the engine's English, matched
  ['lessonText', "Trade with Russia grows as projects are delivered, but tighter sanctions and Chinese curbs take it back.", () => t('words.lessonText.economy')], // i18n-ignore: the engine's English, matched
  ['lessonText', "Every island a treaty leaves out is a renunciation that costs standing at home; the Diet ratifies only when approval and the deal's support reach {line}, and a cabinet below {falls} falls.", (v) => t('words.lessonText.domestic', v)], // i18n-ignore: the engine's English, matched
  ['reason', "Russian build-up on the islands", () => t('words.reason.russianBuildUp')], // i18n-ignore: the engine's English, matched
  ['reason', "Russian restraint on the islands", () => t('words.reason.russianRestraint')], // i18n-ignore: the engine's English, matched
  ['reason', "Chinese pressure on an ally", () => t('words.reason.chinesePressureAlly')], // i18n-ignore: the engine's English, matched
  // </table>
];

/** The values that are numbers, matched as such so that two numbers in a row cannot be confused. */
const NUMBERS = new Set(['pct', 'point', 'phase', 'turns', 'step', 'tier', 'score', 'played', 'horizon', 'count', 'start', 'end', 'n', 'quarters', 'line', 'falls']);
/** The values worded by looking them up in a group of the table. */
const GROUP_VALUES: Readonly<Record<string, Group>> = {
  why: 'news',
  rule: 'rule',
  policy: 'policy',
  stage: 'stage',
  stageId: 'stageId',
  schedule: 'schedule',
  access: 'access',
  kind: 'kind',
  heldAs: 'heldAs',
  capital: 'capital',
  offer: 'offer',
  ratify: 'ratify',
  lesson: 'lessonText',
};

const CAPTURE: Readonly<Record<string, string>> = {
  bn: '(\\d+(?:\\.\\d+)?) bn',
  island: '(\\p{Lu}[\\p{L}-]*)', // i18n-ignore: a pattern, not words
};
const capture = (name: string): string => CAPTURE[name] ?? (NUMBERS.has(name) ? '(-?\\d+(?:\\.\\d+)?)' : '(.+?)');
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Compiled {
  exact: Map<string, Entry>;
  patterns: { entry: Entry; re: RegExp; names: string[] }[];
}

const compiled = new Map<Group, Compiled>();

function groupOf(group: Group): Compiled {
  let c = compiled.get(group);
  if (c) return c;
  c = { exact: new Map(), patterns: [] };
  const literal = (template: string) => template.replace(/\{\w+\}/g, '').length;
  for (const entry of TABLE) {
    if (entry[0] !== group) continue;
    const template = entry[1];
    if (!/\{\w+\}/.test(template)) {
      c.exact.set(template, entry);
      continue;
    }
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return escape(part);
        names.push(name);
        return capture(name);
      })
      .join('');
    c.patterns.push({ entry, re: new RegExp(`^${source}$`, 'u'), names });
  }
  // The most specific template first: "{why}: Moscow suspends the treaty talks" before an event's "{title}: {text}".
  c.patterns.sort((a, b) => literal(b.entry[1]) - literal(a.entry[1]));
  compiled.set(group, c);
  return c;
}

/** The islands by the names Japan gives them, as the engine writes them. */
const ISLAND_IDS: Readonly<Record<string, IslandId>> = { Etorofu: 'etorofu', Kunashiri: 'kunashiri', Shikotan: 'shikotan', Habomai: 'habomai' };
/** The islands by Russia's names, which Russia's reasons use (its "strategic value of Iturup"): kept as Russia's in every language. */
const RUSSIAN_IDS: Readonly<Record<string, IslandId>> = { Iturup: 'etorofu', Kunashir: 'kunashiri', Khabomai: 'habomai' };
/** Russia's name of an island in the current language (イトゥルップ島, …: terms.ts). */
const russianName = (id: IslandId): string => islandName(id, 'russia');

/**
 * Whether the text being worded is read from Russia's side, which calls the islands by its own
 * names (as names.ts viewerWords does for English). Set only around one synchronous wording.
 */
let russiasSide = false;
/** The scenario of the game whose text is being worded, likewise set only around one wording. */
let scenario: ScenarioDefs | undefined;
/** The event the news entry being worded answers (its reasons name options by id), likewise. */
let answering: string | undefined;

/**
 * A scenario's words by their English (an event's title, an option's label, a project's name)
 * or, where the AI wrote the id instead (an event or option it found no words for, a doctrine's
 * chosen answer), by the id.
 */
function scenarioWords(name: string, raw: string): string | undefined {
  if (!scenario) return undefined;
  const defs = scenario;
  const viewer = russiasSide ? ('russia' as const) : undefined;
  if (name === 'project') {
    const project = defs.projects.find((p) => p.name === raw) ?? defs.projects.find((p) => p.id === raw);
    return project && scenarioText(defs, 'project', project.id, 'name', { viewer });
  }
  if (name === 'title') {
    const event = defs.events.find((e) => e.title === raw) ?? defs.events.find((e) => e.id === raw);
    return event && scenarioText(defs, 'event', event.id, 'title', { viewer });
  }
  if (name === 'option') {
    for (const e of defs.events) for (const o of e.options) if (o.label === raw) return optionText(defs, e.id, o.id, 'label', { viewer });
    return optionLabel(raw);
  }
  if (name === 'optionId') return optionLabel(raw);
  return undefined;
}

/**
 * The label of an option known by its id alone, in the reader's words: the option of the event
 * being answered (see `answering`) when the caller knows it, or else the one label that every
 * option of that id has (several events offer a "quiet" answer, all worded alike). Undefined
 * when the id names no option or options worded differently: the caller then says something
 * general rather than show the id.
 */
function optionLabel(id: string): string | undefined {
  if (!scenario) return undefined;
  const defs = scenario;
  const viewer = russiasSide ? ('russia' as const) : undefined;
  const labels = (events: readonly { id: string; options: readonly { id: string }[] }[]) => {
    const out = new Set<string>();
    for (const e of events) for (const o of e.options) if (o.id === id) out.add(optionText(defs, e.id, o.id, 'label', { viewer }));
    return out;
  };
  let found = answering ? labels(defs.events.filter((e) => e.id === answering)) : new Set<string>();
  if (found.size === 0) found = labels(defs.events);
  return found.size === 1 ? [...found][0] : undefined;
}

/** An event's news ("<title>: <text>") or a power's answer to one ("<title>: <option>"), in the scenario's words. */
function eventWords(text: string): string | undefined {
  if (!scenario) return undefined;
  const defs = scenario;
  const viewer = russiasSide ? ('russia' as const) : undefined;
  const fired = newsEvent(defs, text);
  if (fired) return t('words.news.event', { title: scenarioText(defs, 'event', fired, 'title', { viewer }), text: scenarioText(defs, 'event', fired, 'text', { viewer }) });
  for (const e of defs.events) {
    if (!text.startsWith(`${e.title}: `)) continue;
    const option = e.options.find((o) => text === `${e.title}: ${o.label}`);
    if (option) return t('words.news.event', { title: scenarioText(defs, 'event', e.id, 'title', { viewer }), text: optionText(defs, e.id, option.id, 'label', { viewer }) });
  }
  return undefined;
}

const isPower = (id: string): id is PowerId => (POWERS as readonly string[]).includes(id);
const isIsland = (id: string): id is IslandId => (ISLANDS as readonly string[]).includes(id);
/** An island by its id, in the names of the side reading. */
const islandWord = (id: IslandId): string => (russiasSide ? russianName(id) : islandName(id));

/**
 * Japan's moves as the AI names them inside its reasons, by id: an action type (a repeat
 * policy's "always summit") or an item of a fixed plan ("summit:russia", "propose:best": the
 * items of src/ai/plans.ts). An id this table lacks reads as "another move", never as the id.
 */
const MOVES: Readonly<Record<string, () => string>> = {
  startProject: () => t('words.move.startProject'),
  summit: () => t('words.move.summit'),
  'summit:russia': () => t('words.move.summitRussia'),
  'summit:china': () => t('words.move.summitChina'),
  'summit:usa': () => t('words.move.summitUsa'),
  propose: () => t('words.move.propose'),
  'propose:best': () => t('words.move.proposeBest'),
  'propose:1956-basis': () => t('words.move.propose1956'),
  'propose:1956-plus-access': () => t('words.move.propose1956Access'),
  'propose:habomai-first': () => t('words.move.proposeHabomaiFirst', { habomai: islandWord('habomai') }),
  'propose:all-four': () => t('words.move.proposeAllFour'),
  acceptCounter: () => t('words.move.acceptCounter'),
  energyPartnership: () => t('words.move.energyPartnership'),
  farEastInvestment: () => t('words.move.farEastInvestment'),
  exposeArmsCopying: () => t('words.move.exposeArmsCopying'),
  lobbySanctions: () => t('words.move.lobbySanctions'),
  'lobbySanctions:ease': () => t('words.move.lobbyEase'),
  'lobbySanctions:keep': () => t('words.move.lobbyKeep'),
  constitutionalRevision: () => t('words.move.constitutionalRevision'),
  defenceSpending: () => t('words.move.defenceSpending'),
  missileDefenceCoop: () => t('words.move.missileDefenceCoop'),
  jointExercise: () => t('words.move.jointExercise'),
  engageChina: () => t('words.move.engageChina'),
  hedgeChina: () => t('words.move.hedgeChina'),
  jointActivityTalks: () => t('words.move.jointActivityTalks'),
  securityDialogue: () => t('words.move.securityDialogue'),
  restoreVisits: () => t('words.move.restoreVisits'),
  supportResidents: () => t('words.move.supportResidents'),
  fisheriesAgreement: () => t('words.move.fisheriesAgreement'),
  endTurn: () => t('words.move.endTurn'),
  answerEvent: () => t('words.move.answerEvent'),
};
const moveName = (id: string): string => (Object.hasOwn(MOVES, id) ? MOVES[id]!() : t('words.move.other'));

/** A fixed plan by its name, "plan:<item>+<item>" (src/ai/plans.ts): its moves in order. */
function planWords(name: string): string {
  const items = (name.startsWith('plan:') ? name.slice('plan:'.length) : name).split('+');
  return t('words.move.plan', { items: items.map(moveName).join(t('words.move.planJoiner')) });
}

/** A move as the search player names its candidates (actionText without "japan: "): "startProject energy", "summit with russia". */
function moveWords(text: string): string {
  const project = /^startProject (\S+)$/.exec(text);
  if (project) {
    const name = scenarioWords('project', project[1]!);
    return name ? t('words.move.startProjectNamed', { project: name }) : moveName('startProject');
  }
  const summit = /^summit with (\w+)$/.exec(text);
  if (summit) return moveName(`summit:${summit[1]!}`);
  const lobby = /^lobby to (\w+) sanctions$/.exec(text);
  if (lobby) return moveName(`lobbySanctions:${lobby[1]!}`);
  const propose = /^propose \[(.*)\]$/.exec(text);
  if (propose) return t('words.move.proposeTerms', { proposal: proposalWords(propose[1]!) });
  return moveName(text);
}

/** When each draft hands the islands over, by the schedule's id. */
const SCHEDULES: Readonly<Record<string, () => string>> = {
  onSigning: () => t('words.schedule.onSigning'),
  phased: () => t('words.schedule.phased'),
  deferred: () => t('words.schedule.deferred'),
};

/** A draft as the search player names it: "shikotan and habomai (package 2, phased)", ids and all. */
function draftWords(text: string): string {
  const m = /^(.+) \(package (\d), (\w+)\)$/.exec(text);
  const ids = m?.[1] === 'no island' ? [] : (m?.[1]?.split(' and ') ?? []); // i18n-ignore: the search player's English, matched
  if (!m || !ids.every(isIsland) || !Object.hasOwn(SCHEDULES, m[3]!)) return moveName('propose');
  const tier = Number(m[2]);
  return t('words.move.draft', {
    islands: ids.length ? ids.map(islandWord).join(t('words.unit.listSeparator')) : t('words.term.noTransfer'),
    package: tier > 0 ? t('words.move.package', { tier: String(tier) }) : t('words.move.noPackage'),
    schedule: SCHEDULES[m[3]!]!(),
  });
}

/** The score categories by the engine's English label (src/engine/outcome.ts). */
const CATEGORY_IDS: Readonly<Record<string, () => string>> = {
  Territory: () => categoryLabel('territory'), // i18n-ignore: the engine's English, matched
  'Peace treaty': () => categoryLabel('treaty'), // i18n-ignore: the engine's English, matched
  'Russia-China wedge': () => categoryLabel('wedge'), // i18n-ignore: the engine's English, matched
  Security: () => categoryLabel('security'), // i18n-ignore: the engine's English, matched
  Economy: () => categoryLabel('economy'), // i18n-ignore: the engine's English, matched
  'Domestic standing': () => categoryLabel('domestic'), // i18n-ignore: the engine's English, matched
};

/** Billions of US dollars: "2 bn" in English, 「20億ドル」 in Japanese. */
function billions(amount: string): string {
  const n = Number(amount);
  const shown = language() === 'ja' ? String(Number((n * 10).toFixed(2))) : amount;
  return t('words.unit.billion', { amount: shown });
}

/** A draft's terms as proposalText writes them: parts joined by "; ", lists by ", ". */
export function proposalWords(text: string): string {
  const part = (p: string): string => {
    const transfers = /^transfer of (.+)$/.exec(p);
    if (transfers) return t('words.term.transferOf', { islands: list(transfers[1]!) });
    if (p.includes(', ')) return list(p);
    return translate('term', p) ?? translate('schedule', p) ?? p;
  };
  return text.split('; ').map(part).join(t('words.unit.partSeparator'));
}

const list = (text: string): string =>
  text
    .split(', ')
    .map((item) => translate('term', item) ?? item)
    .join(t('words.unit.listSeparator'));

function word(name: string, raw: string): string {
  if (name === 'island') {
    const japans = ISLAND_IDS[raw];
    if (japans) return russiasSide ? russianName(japans) : islandName(japans);
    const russias = RUSSIAN_IDS[raw];
    return russias ? russianName(russias) : raw;
  }
  if (name === 'bn') return billions(raw);
  if (name === 'power') return isPower(raw) ? powerName(raw) : raw;
  if (name === 'proposal') return proposalWords(raw);
  if (name === 'islands') return list(raw);
  if (name === 'label') return reasonWords(raw) ?? translate('candidate', raw) ?? raw;
  if (name === 'category') return CATEGORY_IDS[raw]?.() ?? raw;
  if (name === 'action' || name === 'item') return moveName(raw);
  if (name === 'plan') return planWords(raw);
  if (name === 'move') return moveWords(raw);
  if (name === 'draft') return draftWords(raw);
  // An option the AI names by its id: its label, or nothing (the template then says "its answer").
  if (name === 'optionId') return scenarioWords(name, raw) ?? '';
  const group = GROUP_VALUES[name];
  return group ? (translate(group, raw) ?? raw) : (scenarioWords(name, raw) ?? raw);
}

function translate(group: Group, text: string): string | undefined {
  const c = groupOf(group);
  const exact = c.exact.get(text);
  if (exact) return exact[2]({});
  for (const { entry, re, names } of c.patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const values: Values = {};
    names.forEach((name, i) => (values[name] = word(name, m[i + 1]!)));
    return entry[2](values);
  }
  return undefined;
}

const reasonWords = (label: string): string | undefined => translate('reason', label) ?? translate('term', label) ?? translate('rule', label);

/** What was worded, by language and text: the panels redraw the same entries often. */
const memory = new Map<string, string | null>();
const MEMORY_SIZE = 5000;

/** A number for each scenario seen, so that the memory keeps the words of each game apart. */
const scenarioIds = new WeakMap<ScenarioDefs, number>();
let scenariosSeen = 0;
const scenarioId = (defs: ScenarioDefs | undefined): string => {
  if (!defs) return '';
  let id = scenarioIds.get(defs);
  if (id === undefined) scenarioIds.set(defs, (id = ++scenariosSeen));
  return String(id);
};

function remembered(kind: string, text: string, make: () => string | undefined, viewer?: PowerId, defs?: ScenarioDefs, eventId?: string): string | undefined {
  const side = viewer === 'russia';
  const id = `${language()}\u0000${side ? 'ru' : ''}\u0000${scenarioId(defs)}\u0000${eventId ?? ''}\u0000${kind}\u0000${text}`;
  const known = memory.get(id);
  if (known !== undefined) return known ?? undefined;
  if (memory.size >= MEMORY_SIZE) memory.clear();
  russiasSide = side;
  scenario = defs;
  answering = eventId;
  try {
    const made = make();
    memory.set(id, made ?? null);
    return made;
  } finally {
    russiasSide = false;
    scenario = undefined;
    answering = undefined;
  }
}

/**
 * A news entry in the current language, or its text as written when no template knows it.
 * `viewer` russia reads the islands by Russia's names; `defs`, the game's scenario, words the
 * scenario's events, options and projects inside it.
 */
export const newsText = (entry: Pick<LogEntry, 'text'>, viewer?: PowerId, defs?: ScenarioDefs): string => newsWords(entry.text, viewer, defs) ?? entry.text;

/**
 * A reason's label in the current language, or as written when no template knows it; `viewer`
 * and `defs` as for newsText. `eventId`, the event the entry answers (see answeredEvent), picks
 * the option a reason names by its id when several events have options of that id.
 */
export const reasonText = (reason: Pick<Reason, 'label'>, viewer?: PowerId, defs?: ScenarioDefs, eventId?: string): string => reasonLabelWords(reason.label, viewer, defs, eventId) ?? reason.label;

/** A news text in the current language, or undefined when no template matches it (for the checks). */
export const newsWords = (text: string, viewer?: PowerId, defs?: ScenarioDefs): string | undefined =>
  remembered('news', text, () => eventWords(text) ?? translate('news', text), viewer, defs);

/** A reason label in the current language, or undefined when no template matches it (for the checks). */
export const reasonLabelWords = (label: string, viewer?: PowerId, defs?: ScenarioDefs, eventId?: string): string | undefined =>
  remembered('reason', label, () => reasonWords(label) ?? scenarioModifier(label), viewer, defs, eventId);

/** A label a scenario gave an opinion modifier, in the scenario's words (undefined when it gave none). */
function scenarioModifier(label: string): string | undefined {
  if (!scenario) return undefined;
  const words = scenarioLabel(scenario, label, { viewer: russiasSide ? 'russia' : undefined });
  return words === label ? undefined : words;
}

/** A text of one group of the table in the current language, or undefined when no template matches it (for the checks). */
export const groupWords = (group: Group, text: string): string | undefined => translate(group, text);

/** A category's summary in the final report (Category.summary), in the current language. */
export const summaryText = (category: { summary: string }): string => remembered('summary', category.summary, () => translate('summary', category.summary)) ?? category.summary;

/** A lesson of the final report (Outcome.lessons), in the current language. */
export const lessonText = (lesson: string): string => remembered('lesson', lesson, () => translate('lesson', lesson)) ?? lesson;

/** Every English template of the table with its group (for the checks). */
export const ENGINE_TEMPLATES: readonly { group: Group; template: string }[] = TABLE.map(([group, template]) => ({ group, template }));
