import { c as command, G as GetMetricData$, _ as _mw0, a as _ep0 } from './commandBuilder-DjRIH90Z.js';

class GetMetricDataCommand extends command(_ep0, _mw0, "GetMetricData", GetMetricData$) {
}

export { GetMetricDataCommand as G };
