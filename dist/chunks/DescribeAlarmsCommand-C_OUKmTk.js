import { c as command, D as DescribeAlarms$, _ as _mw0, a as _ep0 } from './commandBuilder-DjRIH90Z.js';

class DescribeAlarmsCommand extends command(_ep0, _mw0, "DescribeAlarms", DescribeAlarms$) {
}

export { DescribeAlarmsCommand as D };
