/**
 * The only entry of the Apps Script bundle: every global that Apps Script,
 * Sheets or the sidebar calls is exported here. The build turns each export
 * into a top-level function stub carrying the export's JSDoc.
 */
export { RFM_SCORE } from './functions/rfmScore';
export { CLIENT_VALUE } from './functions/clientValue';
export { PARETO_SHARE } from './functions/paretoShare';
export { ABC_CLASS } from './functions/abcClass';
export { RFM_SEGMENT } from './functions/rfmSegment';
export { RFM_TABLE } from './functions/rfmTable';
export { POINTS } from './functions/points';
export { RFM_POINTS } from './functions/rfmPoints';
export { onOpen, onInstall, showSidebar, showHelp } from './server/menu';
export { getSourceInfo, runAnalysis } from './server/sidebarCalls';
export { NPS, CSAT } from './functions/satisfaction';
export { VALUE_QUADRANT } from './functions/valueQuadrant';
export { BGNBD_PARAMS, GAMMA_GAMMA_PARAMS, EXPECTED_PURCHASES, P_ALIVE, CLV_FORECAST } from './functions/btydModels';
export { BTYD_TABLE } from './functions/btydTable';
export {
  showExercisePanel,
  getExerciseDefaults,
  createExerciseSheets,
  checkMyAnswers,
  prepareStudentVersion,
} from './server/exercise';
export { getLanguage } from './server/language';
export { getActionsCsv } from './server/mailMergeExport';
