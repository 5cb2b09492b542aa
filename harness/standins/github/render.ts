// Stored records as GitHub's REST API shows them (issue, issue-comment, label, simple-user,
// full-repository, deployment, release, pull-request-simple, pull-request, commit, diff-entry,
// git-ref, file-commit, ...). API links point at the
// stand-in, so clients that follow `url` or `comments_url` stay on loopback; `html_url`s point
// at github.com as they would for real.
import {
  blobSha,
  commentSubject,
  fakeSha,
  issueSubject,
  type Comment,
  type Commit,
  type CommitFile,
  type Deployment,
  type DeploymentReview,
  type DeploymentStatus,
  type Issue,
  type Label,
  type Pull,
  type Reaction,
  type Release,
  type Repo,
  type Store,
  type User
} from './state.js'

type Json = Record<string, unknown>

const WEB = 'https://github.com'

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64')
}

export class Renderer {
  /** `baseUrl` is read late: the server's port is known only once it listens. */
  constructor(
    private readonly store: Store,
    private readonly baseUrl: () => string
  ) {}

  private get api(): string {
    return this.baseUrl()
  }

  deploymentReview(r: DeploymentReview): Json {
    // A stable id per environment name.
    let id = 7
    for (let i = 0; i < r.environment.length; i++)
      id = (id * 31 + r.environment.charCodeAt(i)) % 1e6
    const [owner = '', name = ''] = r.repo.split('/')
    return {
      environments: [
        {
          id,
          node_id: nodeId('Environment', id),
          name: r.environment,
          url: `${this.api}/repos/${owner}/${name}/environments/${encodeURIComponent(r.environment)}`,
          html_url: `${WEB}/${owner}/${name}/deployments/activity_log?environments_filter=${encodeURIComponent(r.environment)}`,
          created_at: r.at,
          updated_at: r.at
        }
      ],
      state: r.state,
      user: this.user(r.user),
      comment: r.comment
    }
  }

  user(login: string): Json {
    const known = this.store.user(login)
    const id = known?.id ?? 0
    const type = known?.type ?? 'User'
    const u = `${this.api}/users/${encodeURIComponent(login)}`
    return {
      login,
      id,
      node_id: nodeId(type, id),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: u,
      html_url: type === 'Bot' ? `${WEB}/apps/${login.replace(/\[bot\]$/, '')}` : `${WEB}/${login}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type,
      user_view_type: 'public',
      site_admin: false
    }
  }

  private repoUrl(fullName: string): string {
    return `${this.api}/repos/${fullName}`
  }

  label(label: Label): Json {
    return {
      id: label.id,
      node_id: nodeId('Label', label.id),
      url: `${this.repoUrl(label.repo)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      default: false,
      description: label.description
    }
  }

  /** How the author relates to the repository, as GitHub derives it (never a permission). */
  private association(login: string, repoName: string): string {
    const user = this.store.user(login)
    const repo = this.store.repos.get(repoName.toLowerCase())
    if (!user || !repo || user.type === 'Bot') return 'NONE'
    if (user.login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER'
    if (
      this.store.teams.some(
        (t) =>
          t.org.toLowerCase() === repo.owner.toLowerCase() &&
          t.members.get(user.login.toLowerCase())?.state === 'active'
      )
    ) {
      return 'MEMBER'
    }
    return user.roles.has(repo.fullName.toLowerCase()) ? 'COLLABORATOR' : 'NONE'
  }

  private reactions(subject: string, url: string): Json {
    const list = this.store.reactionsOn(subject)
    const count = (content: string): number => list.filter((r) => r.content === content).length
    return {
      url,
      total_count: list.length,
      '+1': count('+1'),
      '-1': count('-1'),
      laugh: count('laugh'),
      confused: count('confused'),
      heart: count('heart'),
      hooray: count('hooray'),
      eyes: count('eyes'),
      rocket: count('rocket')
    }
  }

  issue(issue: Issue): Json {
    const url = `${this.repoUrl(issue.repo)}/issues/${issue.number}`
    return {
      id: issue.id,
      node_id: nodeId('Issue', issue.id),
      url,
      repository_url: this.repoUrl(issue.repo),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${WEB}/${issue.repo}/issues/${issue.number}`,
      timeline_url: `${url}/timeline`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.user(issue.user),
      labels: issue.labels.flatMap((name) => {
        const label = this.store.label(issue.repo, name)
        return label ? [this.label(label)] : []
      }),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: issue.locked,
      active_lock_reason: issue.lockReason,
      comments: this.store.commentsOf(issue.repo, issue.number).length,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_by: issue.closedBy === null ? null : this.user(issue.closedBy),
      author_association: this.association(issue.user, issue.repo),
      performed_via_github_app: null,
      reactions: this.reactions(issueSubject(issue), `${url}/reactions`)
    }
  }

  comment(comment: Comment): Json {
    const url = `${this.repoUrl(comment.repo)}/issues/comments/${comment.id}`
    return {
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      url,
      html_url: `${WEB}/${comment.repo}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${this.repoUrl(comment.repo)}/issues/${comment.issueNumber}`,
      author_association: this.association(comment.user, comment.repo),
      performed_via_github_app: null,
      reactions: this.reactions(commentSubject(comment), `${url}/reactions`)
    }
  }

  reaction(reaction: Reaction): Json {
    return {
      id: reaction.id,
      node_id: nodeId('Reaction', reaction.id),
      user: this.user(reaction.user),
      content: reaction.content,
      created_at: reaction.createdAt
    }
  }

  /** The `permission` endpoint's view: maintain counts as write and triage as read. */
  permission(user: User, repo: Repo): Json {
    const role = this.store.role(user, repo)
    const r = role?.role
    const permission =
      r === 'admin' ? 'admin' : r === 'maintain' || r === 'write' ? 'write' : r ? 'read' : 'none'
    return {
      permission,
      role_name: role?.name ?? 'none',
      user: {
        ...this.user(user.login),
        permissions: {
          admin: r === 'admin',
          maintain: r === 'admin' || r === 'maintain',
          push: this.store.can(user, repo, 'write'),
          triage: this.store.can(user, repo, 'triage'),
          pull: r !== undefined
        },
        role_name: role?.name ?? 'none'
      }
    }
  }

  /** A file (with base64 content) or one entry of a directory listing (without). */
  contentEntry(
    repo: Repo,
    ref: string,
    path: string,
    content: string | undefined,
    full: boolean
  ): Json {
    const self = `${this.repoUrl(repo.fullName)}/contents/${path}?ref=${encodeURIComponent(ref)}`
    const sha = content === undefined ? blobSha(`tree:${path}`) : blobSha(content)
    const isFile = content !== undefined
    const git = `${this.repoUrl(repo.fullName)}/git/${isFile ? 'blobs' : 'trees'}/${sha}`
    const html = `${WEB}/${repo.fullName}/${isFile ? 'blob' : 'tree'}/${ref}/${path}`
    const entry: Json = {
      type: isFile ? 'file' : 'dir',
      name: path.split('/').pop(),
      path,
      sha,
      size: isFile ? Buffer.byteLength(content, 'utf8') : 0,
      url: self,
      html_url: html,
      git_url: git,
      download_url: isFile
        ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${path}`
        : null,
      _links: { self, git, html }
    }
    if (full && isFile) {
      // GitHub wraps base64 content at 60 characters per line.
      const encoded = Buffer.from(content, 'utf8').toString('base64')
      entry.content = (encoded.match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('')
      entry.encoding = 'base64'
    }
    return entry
  }

  /** The full-repository view, with the viewer's permissions. */
  repository(repo: Repo, viewer: User): Json {
    return {
      ...this.repositoryCore(repo),
      subscribers_count: 0,
      network_count: 0,
      permissions: {
        admin: this.store.can(viewer, repo, 'admin'),
        maintain: this.store.can(viewer, repo, 'maintain'),
        push: this.store.can(viewer, repo, 'write'),
        triage: this.store.can(viewer, repo, 'triage'),
        pull: this.store.can(viewer, repo, 'read')
      }
    }
  }

  /** The `repository` view embedded in other records (a pull's head and base). */
  private repositoryCore(repo: Repo): Json {
    const url = this.repoUrl(repo.fullName)
    const templated = (name: string, suffix: string): [string, string] => [
      `${name}_url`,
      `${url}/${suffix}`
    ]
    // GitHub counts open pull requests among the open issues.
    const openIssues =
      this.store.issuesOf(repo.fullName).filter((i) => i.state === 'open').length +
      this.store.pullsOf(repo.fullName).filter((p) => p.state === 'open').length
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      owner: this.owner(repo),
      private: repo.visibility === 'private',
      visibility: repo.visibility,
      html_url: `${WEB}/${repo.fullName}`,
      description: null,
      fork: false,
      url,
      ...Object.fromEntries([
        templated('archive', '{archive_format}{/ref}'),
        templated('assignees', 'assignees{/user}'),
        templated('blobs', 'git/blobs{/sha}'),
        templated('branches', 'branches{/branch}'),
        templated('collaborators', 'collaborators{/collaborator}'),
        templated('comments', 'comments{/number}'),
        templated('commits', 'commits{/sha}'),
        templated('compare', 'compare/{base}...{head}'),
        templated('contents', 'contents/{+path}'),
        templated('contributors', 'contributors'),
        templated('deployments', 'deployments'),
        templated('downloads', 'downloads'),
        templated('events', 'events'),
        templated('forks', 'forks'),
        templated('git_commits', 'git/commits{/sha}'),
        templated('git_refs', 'git/refs{/sha}'),
        templated('git_tags', 'git/tags{/sha}'),
        templated('hooks', 'hooks'),
        templated('issue_comment', 'issues/comments{/number}'),
        templated('issue_events', 'issues/events{/number}'),
        templated('issues', 'issues{/number}'),
        templated('keys', 'keys{/key_id}'),
        templated('labels', 'labels{/name}'),
        templated('languages', 'languages'),
        templated('merges', 'merges'),
        templated('milestones', 'milestones{/number}'),
        templated('notifications', 'notifications{?since,all,participating}'),
        templated('pulls', 'pulls{/number}'),
        templated('releases', 'releases{/id}'),
        templated('stargazers', 'stargazers'),
        templated('statuses', 'statuses/{sha}'),
        templated('subscribers', 'subscribers'),
        templated('subscription', 'subscription'),
        templated('tags', 'tags'),
        templated('teams', 'teams'),
        templated('trees', 'git/trees{/sha}')
      ]),
      git_url: `git://github.com/${repo.fullName}.git`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      clone_url: `${WEB}/${repo.fullName}.git`,
      svn_url: `${WEB}/${repo.fullName}`,
      mirror_url: null,
      homepage: null,
      language: null,
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      size: 0,
      default_branch: repo.defaultBranch,
      open_issues: openIssues,
      open_issues_count: openIssues,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: repo.createdAt,
      created_at: repo.createdAt,
      updated_at: repo.createdAt
    }
  }

  /** The account owning a repository: a seeded user, else an organization. */
  private owner(repo: Repo): Json {
    const owner = this.store.user(repo.owner)
    return owner
      ? this.user(owner.login)
      : { ...this.user(repo.owner), type: 'Organization', html_url: `${WEB}/${repo.owner}` }
  }

  deployment(d: Deployment): Json {
    const url = `${this.repoUrl(d.repo)}/deployments/${d.id}`
    return {
      url,
      id: d.id,
      node_id: nodeId('Deployment', d.id),
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: this.user(d.creator),
      created_at: d.createdAt,
      updated_at: d.updatedAt,
      statuses_url: `${url}/statuses`,
      repository_url: this.repoUrl(d.repo),
      transient_environment: false,
      // GitHub's default when the creator does not say.
      production_environment: d.environment === 'production',
      performed_via_github_app: null
    }
  }

  deploymentStatus(s: DeploymentStatus): Json {
    const deploymentUrl = `${this.repoUrl(s.repo)}/deployments/${s.deploymentId}`
    // GitHub sends '' without a log URL, which its own `format: uri` refuses; the stand-in
    // points at the environment's activity log instead.
    const log =
      s.logUrl ??
      `${WEB}/${s.repo}/deployments/activity_log?environments_filter=${encodeURIComponent(s.environment)}`
    return {
      url: `${deploymentUrl}/statuses/${s.id}`,
      id: s.id,
      node_id: nodeId('DeploymentStatus', s.id),
      state: s.state,
      creator: this.user(s.creator),
      description: s.description,
      environment: s.environment,
      target_url: log,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      deployment_url: deploymentUrl,
      repository_url: this.repoUrl(s.repo),
      ...(s.environmentUrl === null ? {} : { environment_url: s.environmentUrl }),
      log_url: log,
      performed_via_github_app: null
    }
  }

  release(r: Release): Json {
    const url = `${this.repoUrl(r.repo)}/releases/${r.id}`
    // A draft's tag need not exist yet: GitHub shows it under an `untagged-` name, no archives.
    const tagPath = r.draft
      ? `untagged-${fakeSha('release', r.id).slice(0, 20)}`
      : r.tag.split('/').map(encodeURIComponent).join('/')
    return {
      url,
      assets_url: `${url}/assets`,
      upload_url: `${url}/assets{?name,label}`,
      html_url: `${WEB}/${r.repo}/releases/tag/${tagPath}`,
      id: r.id,
      author: this.user(r.author),
      node_id: nodeId('Release', r.id),
      tag_name: r.tag,
      target_commitish: r.targetCommitish,
      name: r.name,
      draft: r.draft,
      immutable: false,
      prerelease: r.prerelease,
      created_at: r.createdAt,
      updated_at: r.publishedAt ?? r.createdAt,
      published_at: r.publishedAt,
      assets: [],
      tarball_url: r.draft ? null : `${this.repoUrl(r.repo)}/tarball/${tagPath}`,
      zipball_url: r.draft ? null : `${this.repoUrl(r.repo)}/zipball/${tagPath}`,
      body: r.body
    }
  }

  /** A pull's head or base: same-repository branches are labelled `owner:branch`. */
  private branchRef(repo: Repo, branch: string, sha: string): Json {
    return {
      label: `${repo.owner}:${branch}`,
      ref: branch,
      sha,
      user: this.owner(repo),
      repo: this.repositoryCore(repo)
    }
  }

  /** The `pull-request-simple` view that lists show. */
  pull(p: Pull): Json {
    const repo = this.store.repos.get(p.repo.toLowerCase())
    if (!repo) throw new Error(`pull in unknown repository ${p.repo}`)
    const repoUrl = this.repoUrl(p.repo)
    const url = `${repoUrl}/pulls/${p.number}`
    const issueUrl = `${repoUrl}/issues/${p.number}`
    const html = `${WEB}/${p.repo}/pull/${p.number}`
    const statuses = `${repoUrl}/statuses/${p.headSha}`
    return {
      url,
      id: p.id,
      node_id: nodeId('PullRequest', p.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: this.user(p.user),
      body: p.body,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: p.closedAt,
      merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      // The description types a pull's label description as a string, never null.
      labels: p.labels.flatMap((name) => {
        const label = this.store.label(p.repo, name)
        return label ? [{ ...this.label(label), description: label.description ?? '' }] : []
      }),
      milestone: null,
      draft: p.draft,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${repoUrl}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: statuses,
      head: this.branchRef(repo, p.head, p.headSha),
      base: this.branchRef(repo, p.base, p.baseSha),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issueUrl },
        comments: { href: `${issueUrl}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${repoUrl}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: statuses }
      },
      author_association: this.association(p.user, p.repo),
      auto_merge: null,
      active_lock_reason: null
    }
  }

  /**
   * The `pull-request` view a single pull shows (as `pulls/create` answers): the list view with
   * the merge state and counts. `commits`, `additions`, `deletions` and `changedFiles` are those
   * of the commits between base and head. GitHub computes mergeability in the background, so a
   * new pull shows `mergeable: null` and `mergeable_state: 'unknown'`.
   */
  pullRequest(
    p: Pull,
    counts: { commits: number; additions: number; deletions: number; changedFiles: number }
  ): Json {
    const merged = p.mergedAt !== null
    return {
      ...this.pull(p),
      merged,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      // Who merged a seeded pull is not recorded.
      merged_by: null,
      comments: 0,
      review_comments: 0,
      // Only pulls from forks let maintainers push to their head.
      maintainer_can_modify: false,
      commits: counts.commits,
      additions: counts.additions,
      deletions: counts.deletions,
      changed_files: counts.changedFiles
    }
  }

  /** The `git-ref` view of a branch (`refs/heads/<branch>`) at `sha`. */
  gitRef(repo: Repo, branch: string, sha: string): Json {
    const ref = `refs/heads/${branch}`
    const repoUrl = this.repoUrl(repo.fullName)
    return {
      ref,
      node_id: nodeId('Ref', `${repo.fullName}:${ref}`),
      url: `${repoUrl}/git/${ref.split('/').map(encodeURIComponent).join('/')}`,
      object: { type: 'commit', sha, url: `${repoUrl}/git/commits/${sha}` }
    }
  }

  /**
   * The `file-commit` view that `repos/create-or-update-file-contents` answers: the file as it is
   * on `branch` (without its content) and the git commit that wrote it.
   */
  fileCommit(repo: Repo, branch: string, path: string, content: string, c: Commit): Json {
    const repoUrl = this.repoUrl(c.repo)
    const tree = fakeSha('tree', c.repo, c.sha)
    return {
      content: this.contentEntry(repo, branch, path, content, false),
      commit: {
        sha: c.sha,
        node_id: nodeId('Commit', `${c.repo}:${c.sha}`),
        url: `${repoUrl}/git/commits/${c.sha}`,
        html_url: `${WEB}/${c.repo}/commit/${c.sha}`,
        author: this.gitUser(c.author, c.date),
        committer: this.gitUser(c.author, c.date),
        message: c.message,
        tree: { sha: tree, url: `${repoUrl}/git/trees/${tree}` },
        parents: c.parents.map((sha) => ({
          sha,
          url: `${repoUrl}/git/commits/${sha}`,
          html_url: `${WEB}/${c.repo}/commit/${sha}`
        })),
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null
        }
      }
    }
  }

  /** The git author or committer: GitHub's no-reply address for an account. */
  private gitUser(login: string, date: string): Json {
    const id = this.store.user(login)?.id ?? 0
    return { name: login, email: `${id}+${login}@users.noreply.github.com`, date }
  }

  /**
   * The `commit` view: with `detail`, the stats and files that repos/get-commit shows (lists,
   * such as a comparison's commits, leave them out as GitHub does).
   */
  commit(c: Commit, detail?: { files: readonly CommitFile[] }): Json {
    const repoUrl = this.repoUrl(c.repo)
    const url = `${repoUrl}/commits/${c.sha}`
    const tree = fakeSha('tree', c.repo, c.sha)
    const json: Json = {
      url,
      sha: c.sha,
      node_id: nodeId('Commit', `${c.repo}:${c.sha}`),
      html_url: `${WEB}/${c.repo}/commit/${c.sha}`,
      comments_url: `${url}/comments`,
      commit: {
        url: `${repoUrl}/git/commits/${c.sha}`,
        author: this.gitUser(c.author, c.date),
        committer: this.gitUser(c.author, c.date),
        message: c.message,
        comment_count: 0,
        tree: { sha: tree, url: `${repoUrl}/git/trees/${tree}` },
        verification: {
          verified: false,
          reason: 'unsigned',
          payload: null,
          signature: null,
          verified_at: null
        }
      },
      author: this.user(c.author),
      committer: this.user(c.author),
      parents: c.parents.map((sha) => ({
        sha,
        url: `${repoUrl}/commits/${sha}`,
        html_url: `${WEB}/${c.repo}/commit/${sha}`
      }))
    }
    if (detail) {
      const additions = c.files.reduce((n, f) => n + f.additions, 0)
      const deletions = c.files.reduce((n, f) => n + f.deletions, 0)
      json.stats = { additions, deletions, total: additions + deletions }
      json.files = detail.files.map((f) => this.diffEntry(c.repo, c.sha, f))
    }
    return json
  }

  /** One file of a commit or a comparison, at `sha` (the commit, or the comparison's head). */
  diffEntry(repoName: string, sha: string, f: CommitFile): Json {
    const path = f.filename.split('/').map(encodeURIComponent).join('/')
    const repo = this.store.repos.get(repoName.toLowerCase())
    const content = repo ? this.store.filesAt(repo, sha)?.get(f.filename) : undefined
    return {
      // The blob's SHA where the stand-in has the file's content, else a stable stand-in.
      sha: content === undefined ? fakeSha('blob', repoName, sha, f.filename) : blobSha(content),
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${WEB}/${repoName}/blob/${sha}/${path}`,
      raw_url: `${WEB}/${repoName}/raw/${sha}/${path}`,
      contents_url: `${this.repoUrl(repoName)}/contents/${path}?ref=${sha}`,
      ...(f.patch === null ? {} : { patch: f.patch }),
      ...(f.previousFilename === null ? {} : { previous_filename: f.previousFilename })
    }
  }

  /** The `commit-comparison` view of `basehead` as the caller wrote it. */
  comparison(c: {
    repo: string
    basehead: string
    base: Commit
    head: Commit
    mergeBase: Commit
    status: 'identical' | 'ahead' | 'behind' | 'diverged'
    aheadBy: number
    behindBy: number
    commits: readonly Commit[]
    files: readonly CommitFile[] | undefined
  }): Json {
    const [owner = ''] = c.repo.split('/')
    const html = `${WEB}/${c.repo}/compare/${c.basehead}`
    return {
      url: `${this.repoUrl(c.repo)}/compare/${c.basehead}`,
      html_url: html,
      permalink_url: `${WEB}/${c.repo}/compare/${owner}:${c.base.sha}...${owner}:${c.head.sha}`,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: this.commit(c.base),
      merge_base_commit: this.commit(c.mergeBase),
      status: c.status,
      ahead_by: c.aheadBy,
      behind_by: c.behindBy,
      total_commits: c.aheadBy,
      commits: c.commits.map((commit) => this.commit(commit)),
      ...(c.files === undefined
        ? {}
        : { files: c.files.map((f) => this.diffEntry(c.repo, c.head.sha, f)) })
    }
  }
}
