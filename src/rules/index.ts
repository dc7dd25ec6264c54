/** The rule engine and its pieces, for the editor, the CLI and the exporters. */
export * from './types';
export { checkHall, createChecker, score, sortFindings } from './engine';
export { presetRules, resolveParams, resolveRuleSetting, presetName } from './preset';
export { ALL_RULES, RULES_BY_ID } from './registry';
export { queueReport, erlangC, countersForWait } from './queue';
export { aedCoverage, exitTravel } from './safety/coverage';
