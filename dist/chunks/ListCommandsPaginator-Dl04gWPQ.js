import { D as DescribeAutomationExecutionsCommand, S as SSMClient, L as ListCommandsCommand } from './ListCommandsCommand-BU4D04SK.js';
import { c as createPaginator } from './createPaginator-DU2FIZFW.js';

const paginateDescribeAutomationExecutions = createPaginator(SSMClient, DescribeAutomationExecutionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListCommands = createPaginator(SSMClient, ListCommandsCommand, "NextToken", "NextToken", "MaxResults");

export { paginateDescribeAutomationExecutions as a, paginateListCommands as p };
