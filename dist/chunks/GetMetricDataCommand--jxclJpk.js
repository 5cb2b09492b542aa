import { c as command, G as GetMetricData$, _ as _mw0, a as _ep0 } from './commandBuilder-isjbN7U9.js';

class GetMetricDataCommand extends command(_ep0, _mw0, "GetMetricData", GetMetricData$) {
}

export { GetMetricDataCommand as G };
