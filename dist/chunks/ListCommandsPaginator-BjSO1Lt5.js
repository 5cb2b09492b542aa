import { D as DescribeAutomationExecutionsCommand, S as SSMClient, L as ListCommandsCommand } from './ListCommandsCommand-C6HB_SU5.js';
import { c as createPaginator } from './createPaginator-DU2FIZFW.js';

const paginateDescribeAutomationExecutions = createPaginator(SSMClient, DescribeAutomationExecutionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListCommands = createPaginator(SSMClient, ListCommandsCommand, "NextToken", "NextToken", "MaxResults");

export { paginateDescribeAutomationExecutions as a, paginateListCommands as p };
