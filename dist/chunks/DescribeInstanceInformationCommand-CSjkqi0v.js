import { c as command, D as DescribeInstanceInformation$, _ as _mw0, a as _ep0 } from './commandBuilder-RS78BTiN.js';

class DescribeInstanceInformationCommand extends command(_ep0, _mw0, "DescribeInstanceInformation", DescribeInstanceInformation$) {
}

export { DescribeInstanceInformationCommand as D };
