// Japan's policies by name, for the command line and the strategy lab: the reference
// policies, fixed plans and "my decisions" replayed from a record. The UI and the command
// line reach the AI only through the app layer.
export { JAPAN_POLICY_NAMES, PLAN_ITEMS, PLAN_PREFIX, decisionsPolicy, japanPolicy, parsePlan, type Policy } from '../../ai';
