import { c as command, F as FilterLogEvents$, _ as _mw0, a as _ep0 } from './commandBuilder-oOdzHcwP.js';

class FilterLogEventsCommand extends command(_ep0, _mw0, "FilterLogEvents", FilterLogEvents$) {
}

export { FilterLogEventsCommand as F };
