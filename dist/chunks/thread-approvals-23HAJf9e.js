/** Bots, apps, deleted accounts and listed automation: never people. */
const isAutomation = (account, ignored) => account === undefined ||
    account.type !== 'User' ||
    account.login.endsWith('[bot]') ||
    ignored.some((l) => l.toLowerCase() === account.login.toLowerCase());
const asIssueComment = (c) => ({
    id: c.id,
    author: c.author?.login ?? '',
    authorType: c.author?.type ?? 'Deleted',
    body: c.body,
    createdAt: c.createdAt,
    edited: c.edited
});
/** Comments by anyone but OpsLoop, oldest first, as the approval policy reads them. */
const humanComments = (ledger) => ledger.human.map(asIssueComment);
function approvalContext(input) {
    const { entry, thread } = input;
    return {
        plan: {
            digest: entry.plan.digest,
            proposedIn: entry.commentId,
            ...(entry.plan.requestedBy ? { requestedBy: entry.plan.requestedBy } : {})
        },
        approval: input.runbook.approval,
        ignoredLogins: input.ignoredLogins,
        now: input.now,
        permissionOf: (login) => thread.permissionOf(login),
        // undefined from the lookup (the token cannot read teams) is refused with a clear reason.
        isTeamMember: (org, slug, login) => thread.teamMember(org, slug, login)
    };
}

export { asIssueComment as a, approvalContext as b, humanComments as h, isAutomation as i };
