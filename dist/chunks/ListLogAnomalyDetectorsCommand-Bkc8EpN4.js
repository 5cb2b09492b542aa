import { c as command, L as ListAnomalies$, _ as _mw0, a as _ep0, b as ListLogAnomalyDetectors$ } from './commandBuilder-oOdzHcwP.js';

class ListAnomaliesCommand extends command(_ep0, _mw0, "ListAnomalies", ListAnomalies$) {
}

class ListLogAnomalyDetectorsCommand extends command(_ep0, _mw0, "ListLogAnomalyDetectors", ListLogAnomalyDetectors$) {
}

export { ListAnomaliesCommand as L, ListLogAnomalyDetectorsCommand as a };
