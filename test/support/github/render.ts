// Stored records as GitHub's REST API shows them (issue, issue-comment, label, simple-user,
// full-repository, ...). API links point at the stand-in, so clients that follow `url` or
// `comments_url` stay on loopback; `html_url`s point at github.com as they would for real.
import {
  blobSha,
  commentSubject,
  issueSubject,
  type Comment,
  type DeploymentReview,
  type Issue,
  type Label,
  type Reaction,
  type Repo,
  type Store,
  type User
} from './state.js'

type Json = Record<string, unknown>

const WEB = 'https://github.com'

function nodeId(kind: string, id: number): string {
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

  repository(repo: Repo, viewer: User): Json {
    const url = this.repoUrl(repo.fullName)
    const owner = this.store.user(repo.owner)
    const ownerJson = owner
      ? this.user(owner.login)
      : { ...this.user(repo.owner), type: 'Organization', html_url: `${WEB}/${repo.owner}` }
    const templated = (name: string, suffix: string): [string, string] => [
      `${name}_url`,
      `${url}/${suffix}`
    ]
    const openIssues = this.store.issuesOf(repo.fullName).filter((i) => i.state === 'open').length
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      owner: ownerJson,
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
      subscribers_count: 0,
      network_count: 0,
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
      updated_at: repo.createdAt,
      permissions: {
        admin: this.store.can(viewer, repo, 'admin'),
        maintain: this.store.can(viewer, repo, 'maintain'),
        push: this.store.can(viewer, repo, 'write'),
        triage: this.store.can(viewer, repo, 'triage'),
        pull: this.store.can(viewer, repo, 'read')
      }
    }
  }
}
