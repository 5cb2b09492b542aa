import { c as command, D as DescribeAlarms$, _ as _mw0, a as _ep0 } from './commandBuilder-Cb2Zo28G.js';

class DescribeAlarmsCommand extends command(_ep0, _mw0, "DescribeAlarms", DescribeAlarms$) {
}

export { DescribeAlarmsCommand as D };
