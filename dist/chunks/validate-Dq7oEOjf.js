import { stat } from 'node:fs/promises';
import { existsSync, realpathSync, lstatSync, statSync, readFileSync, readdirSync } from 'node:fs';
import { resolve as resolve$1, relative, sep, join, dirname, isAbsolute } from 'node:path';
import { compareProblems } from './problem-CyEFoYOj.js';
import { createHash } from 'node:crypto';
import { n as normalize } from './normalize-lqZICLgH.js';
import { S as SNAPSHOT_VERSION, c as checkSnapshot } from './snapshot-BRbq2CSM.js';
import { a as attributeChange } from './change-attribution-CKrQW-PN.js';
import { w as withSuspectChange } from './suspect-fact-CaoDWQL8.js';
import { C as CatalogIndex, a as appliedExclusion, t as tied } from './exclude-DohiZwX2.js';
import { c as compileGlob, g as globMatch } from './glob-RR4fIjUw.js';
import { a as didYouMean, u as unconstrained, b as checkGuardAlarms, e as shellUnsafeReason, f as failsLoudly, p as preparePatternAnalysis, h as prepareSsmDocuments, i as automationConstraintProblems, j as compileRunbook, l as lintShellUse, n as namedOwnDocuments } from './ssm-document-CLAKwtu-.js';
import { e as references } from './request-D_hjRL7m.js';
import { l as locate, a as locateInString, f as formatPath, p as parseYaml } from './yaml-source-B5uDbl-W.js';
import { a as compilePattern, c as checkParameterValue } from './parameters-DbSepTJw.js';
import { r as runtime0 } from './ucs2length-43QcV_Qu.js';
import { g as getDefaultExportFromCjs } from './_commonjsHelpers-BFTU3MAI.js';

var equal = {};

var fastDeepEqual;
var hasRequiredFastDeepEqual;

function requireFastDeepEqual () {
	if (hasRequiredFastDeepEqual) return fastDeepEqual;
	hasRequiredFastDeepEqual = 1;

	// do not edit .js files directly - edit src/index.jst



	fastDeepEqual = function equal(a, b) {
	  if (a === b) return true;

	  if (a && b && typeof a == 'object' && typeof b == 'object') {
	    if (a.constructor !== b.constructor) return false;

	    var length, i, keys;
	    if (Array.isArray(a)) {
	      length = a.length;
	      if (length != b.length) return false;
	      for (i = length; i-- !== 0;)
	        if (!equal(a[i], b[i])) return false;
	      return true;
	    }



	    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
	    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
	    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

	    keys = Object.keys(a);
	    length = keys.length;
	    if (length !== Object.keys(b).length) return false;

	    for (i = length; i-- !== 0;)
	      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

	    for (i = length; i-- !== 0;) {
	      var key = keys[i];

	      if (!equal(a[key], b[key])) return false;
	    }

	    return true;
	  }

	  // true if both NaN, false otherwise
	  return a!==a && b!==b;
	};
	return fastDeepEqual;
}

var hasRequiredEqual;

function requireEqual () {
	if (hasRequiredEqual) return equal;
	hasRequiredEqual = 1;
	Object.defineProperty(equal, "__esModule", { value: true });
	// https://github.com/ajv-validator/ajv/issues/889
	const equal$1 = requireFastDeepEqual();
	equal$1.code = 'require("ajv/dist/runtime/equal").default';
	equal.default = equal$1;
	
	return equal;
}

var equalExports = /*@__PURE__*/ requireEqual();
var runtime1 = /*@__PURE__*/getDefaultExportFromCjs(equalExports);

// Generated from schemas/runbook.schema.json by `npm run generate` (ajv standalone code). Do not edit.
const validate$1 = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opsloop.dev/schemas/runbook.schema.json","title":"OpsLoop runbook","description":"A remediation OpsLoop may propose for an AWS incident and, after approval, run through AWS Systems Manager. The model only selects a runbook and proposes parameters that pass this file's own parameter schema; it never writes commands.","type":"object","additionalProperties":false,"required":["apiVersion","id","title","description","owners","risk","match","targets","approval","execution"],"properties":{"$schema":{"type":"string","description":"Optional pointer to this schema for editors."},"apiVersion":{"const":"opsloop/v1","description":"Format version of this file. Always `opsloop/v1`."},"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Unique, stable identifier in kebab-case (lowercase letters, digits and single hyphens). Approvals and past incidents refer to it.","examples":["restart-systemd-service"]},"title":{"type":"string","minLength":3,"maxLength":100,"description":"One line shown in incident issues and summaries."},"description":{"type":"string","minLength":10,"maxLength":4000,"description":"What the runbook does, when to use it and when not to. Shown to approvers and given to the model as a hint."},"owners":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/principal"},"description":"GitHub users (`alice`) or teams (`org/team`) who maintain this runbook."},"risk":{"enum":["low","medium","high"],"description":"Risk tier. High-risk runbooks must declare `verify` and `rollback`."},"priority":{"type":"integer","minimum":-100,"maximum":100,"default":0,"description":"Breaks ties when several runbooks match an incident equally well: the higher wins."},"match":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/matchRule"},"description":"Deterministic rules saying which incidents this runbook handles. An incident matches when any rule matches; a rule matches when all of its fields do. The offline triage uses them to select a runbook; the model receives them as hints."},"exclude":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/exclusionRule"},"description":"Incidents this runbook must not be used for, although a match rule may fit them or its text resemble them: the author's \"do not use it when …\", in a form OpsLoop enforces. When one entry applies, no triage path proposes the runbook (rules, text, a dispatch hint, history or the model), and the issue says why. Written like `match` rules, plus words the incident says; an entry applies when all of its fields do."},"parameters":{"type":"object","maxProperties":20,"propertyNames":{"pattern":"^[a-zA-Z][a-zA-Z0-9_]{0,39}$"},"additionalProperties":{"$ref":"#/$defs/parameter"},"default":{},"description":"Typed inputs, referenced in commands and document parameters as `{{ params.NAME }}`. Proposed values must pass these constraints. A string parameter that reaches a shell command must be constrained by `enum` or an anchored `pattern`."},"targets":{"$ref":"#/$defs/targets"},"approval":{"$ref":"#/$defs/approval"},"execution":{"$ref":"#/$defs/action"},"verify":{"$ref":"#/$defs/verify"},"rollback":{"$ref":"#/$defs/action"},"limits":{"type":"object","additionalProperties":false,"description":"Circuit breakers: how often this runbook may run, counted from SSM's own history of its execution step, never from the issues: every command of its `OpsLoop-<id>` document, the commands OpsLoop sent for it as another document (their comment names the runbook), and every execution of its Automation document, whoever started it. A plan that would go over a limit cannot be approved, and is not run, until the time the reply names; both limits apply even when nothing is written here.","properties":{"runsPerHour":{"type":"integer","minimum":1,"maximum":60,"default":3,"description":"At most this many runs of the runbook started in any 60 minutes, whatever their targets."},"runsPerTargetPerDay":{"type":"integer","minimum":1,"maximum":100,"default":3,"description":"At most this many runs on any one target (instance, service, group) started in any 24 hours."}}},"tests":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"pattern":"\\.json$","description":"Path, relative to this file, of an example incident (an AWS event as EventBridge delivers it, or a dispatch `client_payload` with `event` and `context`)."},"description":"Example incidents that must select this runbook. Validation fails when a file is missing or selects another runbook."}},"$defs":{"principal":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(/[A-Za-z0-9._-]{1,100})?$","description":"A GitHub login (`alice`) or team (`org/team-slug`); a leading `@` is allowed."},"stringOrList":{"oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}}]},"globs":{"$ref":"#/$defs/stringOrList","description":"One value or a list; any may match. `*` matches any run of characters and `?` one character; matching is case-sensitive."},"duration":{"type":"string","pattern":"^([1-9][0-9]*[smhd])+$","description":"A duration such as `90s`, `10m`, `1h30m` or `7d`.","examples":["10m","4h"]},"matchRule":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"source":{"$ref":"#/$defs/globs","description":"EventBridge `source`, e.g. `aws.cloudwatch`, `aws.ecs`, `aws.health`."},"detailType":{"$ref":"#/$defs/globs","description":"EventBridge `detail-type`, e.g. `CloudWatch Alarm State Change`."},"alarmName":{"$ref":"#/$defs/globs","description":"CloudWatch alarm name globs, e.g. `*-disk-used-*`."},"eventName":{"$ref":"#/$defs/globs","description":"The event's own name or code: ECS `detail.eventName` (e.g. `SERVICE_TASK_START_IMPAIRED`), AWS Health `detail.eventTypeCode`, GuardDuty finding `type`, EC2 instance `detail.state`, Step Functions execution `detail.status` (e.g. `TIMED_OUT`); for Auto Scaling and ACM events, the detail-type (e.g. `ACM Certificate Renewal Action Required`)."},"metric":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"namespace":{"$ref":"#/$defs/globs","description":"Metric namespace, e.g. `AWS/EC2` or `CWAgent`."},"name":{"$ref":"#/$defs/globs","description":"Metric name, e.g. `CPUUtilization`."},"dimensions":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/$defs/globs"},"description":"Dimension name to value globs; `\"*\"` only requires the dimension to be present."}},"description":"Matches when any metric of the alarm (including metric-math inputs) fits all given fields."},"resourceType":{"$ref":"#/$defs/globs","description":"Resource type as `service:type` from the incident's ARNs and dimensions, e.g. `ec2:instance`, `ecs:service`, `autoscaling:autoScalingGroup`."},"severity":{"oneOf":[{"$ref":"#/$defs/severity"},{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/severity"}}],"description":"Incident severity or severities."},"state":{"oneOf":[{"$ref":"#/$defs/alarmState"},{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/alarmState"}}],"description":"Alarm state; alarm rules match only `ALARM` unless this says otherwise."},"tags":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/$defs/globs"},"description":"Tag key to value globs, from the dispatch `context.tags` (for example the alarm's or resource's tags)."},"change":{"type":"object","additionalProperties":false,"required":["suspect"],"description":"Matches only when change attribution named a suspect change for the incident (`facts.change`): a runbook that rolls a deployment back. `repository`, `service` and `environment` narrow it to the deployments this runbook can roll back.","properties":{"suspect":{"const":true,"description":"A suspect change was named."},"repository":{"$ref":"#/$defs/globs","description":"The deployment's repository (`owner/name`) globs."},"service":{"$ref":"#/$defs/globs","description":"The deployment's service globs."},"environment":{"$ref":"#/$defs/globs","description":"The deployment's environment globs."}}}}},"exclusionRule":{"type":"object","additionalProperties":false,"minProperties":2,"required":["why"],"description":"One incident kind the runbook must not be used for. `when`: the incidents this entry is about, with the fields of a `match` rule (alarm name, event name, metric and dimensions, resource type, severity, tags); unlike a match rule it applies in any alarm state, and its `metric` must fit every metric the alarm reads. `says`: phrases the incident must say.","properties":{"why":{"type":"string","minLength":10,"maxLength":300,"description":"Why the runbook is wrong for these incidents and what to do instead, for the person reading the issue, e.g. `card-authorisation messages expire after two minutes: replaying them pushes stale authorisations`."},"when":{"$ref":"#/$defs/matchRule"},"says":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":2,"maxLength":100,"pattern":"[A-Za-z0-9]"},"description":"Phrases of which the incident must say at least one, in its description, its reason (the alarm's state reason, an ECS stopped reason, a Health description) or its details. Matched word by word, ignoring case, word forms (`expired` = `expires`) and how names are written (`InsufficientFreeAddressesInSubnet` = `insufficient free addresses in subnet`); a phrase the incident negates (`no throttling`) does not count. Incident text is untrusted, so it can only keep a runbook from being proposed, never make one fit."}}},"severity":{"enum":["low","medium","high","critical"]},"alarmState":{"enum":["ALARM","OK","INSUFFICIENT_DATA"]},"parameter":{"type":"object","additionalProperties":false,"required":["type","description"],"properties":{"type":{"enum":["string","integer","number","boolean"],"description":"JSON type of the value."},"description":{"type":"string","minLength":3,"maxLength":500},"enum":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":["string","integer","number","boolean"]},"description":"The only allowed values."},"pattern":{"type":"string","minLength":2,"description":"ECMAScript regular expression the whole value must match; anchor it with `^` and `$`."},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":1,"maximum":4096},"minimum":{"type":"number"},"maximum":{"type":"number"},"default":{"type":["string","integer","number","boolean"],"description":"Value used when neither the incident nor the triage supplies one. Must itself pass the constraints. Never used for a parameter that chooses what the runbook acts on (one that `targets` refers to, or one marked `selects`) unless `defaultIsSafe` is true: such a plan is incomplete until the incident's facts give the value or a person sets it with `/set`."},"from":{"type":"string","pattern":"^(dimensions|tags|context)\\.[A-Za-z0-9_.:/-]{1,128}$|^ecs\\.(cluster|service|taskDefinition|previousTaskDefinition)$|^change\\.(sha|deployment|deploymentSha|previousSha|service|repository|environment)$|^(alarmName|region|account|resourceId|autoScalingGroup)$","description":"Where the plan takes the value from the incident and what OpsLoop looked up about it in AWS (`facts` in docs/incident-reference.md): `dimensions.NAME` (the alarm metric's dimension), `tags.KEY` (the alarm's tags, then its resources', then the dispatch context's), `ecs.cluster`, `ecs.service`, `ecs.taskDefinition` (the running deployment's), `ecs.previousTaskDefinition` (what a rollback returns to), `autoScalingGroup`, `change.previousSha`, `change.deploymentSha`, `change.sha`, `change.service`, `change.repository`, `change.environment` or `change.deployment` (the suspect change, `facts.change`), `context.KEY` (dispatch context), `alarmName`, `region`, `account` or `resourceId` (the last segment of the first resource ARN).","examples":["dimensions.InstanceId","tags.service","ecs.previousTaskDefinition"]},"sensitive":{"type":"boolean","default":false,"description":"Hide the value in issues and logs."},"selects":{"type":"boolean","default":false,"description":"The value chooses what the runbook acts on (a service to restart, a path to clean, a resource), like a parameter that `targets` refers to: it is taken from the incident and what OpsLoop looks up about it (or from a person's `/set` on the issue), never from the model and never from `default` unless `defaultIsSafe` is true."},"defaultIsSafe":{"type":"boolean","default":false,"description":"The `default` is right for any incident this runbook matches, even though the parameter chooses what the runbook acts on. Say why in `description`."}}},"targets":{"type":"object","additionalProperties":false,"required":["from","max"],"description":"What the runbook acts on. Resolved targets are shown in the plan and bound into its digest.","properties":{"from":{"enum":["dimension","resources","tags","parameter"],"description":"`dimension`: instance ids from the alarm metric's dimension; `resources`: the incident's resource ARNs that fit `resourcePattern`; `tags`: SSM tag targets (Run Command only); `parameter`: the value of a declared parameter."},"dimension":{"type":"string","minLength":1,"description":"Dimension name, e.g. `InstanceId`."},"resourcePattern":{"type":"string","minLength":1,"description":"Glob over resource ARNs, e.g. `arn:aws:ecs:*:*:service/*`."},"tags":{"type":"object","minProperties":1,"maxProperties":5,"additionalProperties":{"type":"array","minItems":1,"maxItems":50,"items":{"type":"string","minLength":1}},"description":"Tag key to allowed values, sent as SSM `Targets` (`tag:KEY`)."},"parameter":{"type":"string","minLength":1,"description":"Name of the parameter holding the target."},"max":{"type":"integer","minimum":1,"maximum":50,"description":"The plan is refused when more targets resolve than this."}},"allOf":[{"if":{"properties":{"from":{"const":"dimension"}}},"then":{"required":["dimension"]}},{"if":{"properties":{"from":{"const":"resources"}}},"then":{"required":["resourcePattern"]}},{"if":{"properties":{"from":{"const":"tags"}}},"then":{"required":["tags"]}},{"if":{"properties":{"from":{"const":"parameter"}}},"then":{"required":["parameter"]}}]},"approval":{"type":"object","additionalProperties":false,"required":["required"],"description":"Who must approve before anything runs.","properties":{"required":{"type":"boolean","description":"Whether a human approval is needed. Medium and high risk runbooks must require it."},"approvers":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"users":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"},"description":"GitHub logins allowed to approve (they also need write access)."},"teams":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$"},"description":"Teams as `org/team-slug` whose active members may approve."}},"description":"Who may approve. Without it, anyone with write or admin permission on the repository may."},"minApprovals":{"type":"integer","minimum":1,"maximum":6,"default":1,"description":"Distinct people who must approve the same plan."},"expiry":{"$ref":"#/$defs/duration","description":"How long an approval stays valid, e.g. `4h`."},"environment":{"type":"string","pattern":"^[^\\s/'\"`$]{1,255}$","description":"GitHub environment (with required reviewers) the remediation job runs in, e.g. `incident-remediation`."},"allowSelfApproval":{"type":"boolean","default":false,"description":"Whether the person who requested the remediation may approve it."}}},"rateControl":{"type":"string","pattern":"^(0|[1-9][0-9]{0,4}|[0-9]%|[1-9][0-9]%|100%)$","description":"A count or a percentage, as SSM `MaxConcurrency`/`MaxErrors` take them."},"concurrency":{"type":"string","pattern":"^([1-9][0-9]{0,4}|[1-9][0-9]?%|100%)$","description":"How many targets at once: a count or a percentage, at least 1 (SSM `MaxConcurrency`)."},"documentParameters":{"type":"object","propertyNames":{"pattern":"^[A-Za-z0-9_.-]{1,128}$"},"additionalProperties":{"oneOf":[{"type":"string","maxLength":4096},{"type":"array","maxItems":50,"items":{"type":"string","maxLength":4096}}]},"description":"Other document parameters; values may use `{{ params.NAME }}` and `{{ targets }}`."},"runCommand":{"type":"object","additionalProperties":false,"required":["document"],"properties":{"document":{"type":"string","pattern":"^[A-Za-z0-9_.:/-]{3,128}$","description":"SSM Command document, e.g. `AWS-RunShellScript`. Must be on the allow-list."},"commands":{"type":"array","minItems":1,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":4096},"description":"Shell lines for `AWS-RunShellScript`-style documents, run by bash (OpsLoop re-executes the script under bash where `sh` is dash); `{{ params.NAME }}` is replaced by the shell-quoted value, so write it as a bare word (`systemctl restart {{ params.service }}`): validation refuses it inside quotes, here-documents, comments, `${…}`, arithmetic, as the command name, or in code run by `bash -c`, `eval`, `su -c`, `ssh`, `trap` or `watch`. A string parameter that starts an argument must not allow a leading `-` (or put `--` before it). Start with `set -euo pipefail` and make every step safe to run twice."},"parameters":{"$ref":"#/$defs/documentParameters"},"workingDirectory":{"type":"string","pattern":"^/[A-Za-z0-9_./-]*$"},"executionTimeoutSeconds":{"type":"integer","minimum":1,"maximum":172800,"description":"The document's own execution timeout."}}},"automation":{"type":"object","additionalProperties":false,"required":["document"],"properties":{"document":{"type":"string","pattern":"^[A-Za-z0-9_.:/-]{3,128}$","description":"SSM Automation document, e.g. `AWS-RestartEC2Instance`. Must be on the allow-list."},"parameters":{"$ref":"#/$defs/documentParameters"}}},"action":{"type":"object","additionalProperties":false,"properties":{"runCommand":{"$ref":"#/$defs/runCommand"},"automation":{"$ref":"#/$defs/automation"},"workflowDispatch":{"$ref":"#/$defs/workflowDispatch"},"maxConcurrency":{"$ref":"#/$defs/concurrency","default":"1"},"maxErrors":{"$ref":"#/$defs/rateControl","default":"0"},"timeoutSeconds":{"type":"integer","minimum":30,"maximum":172800,"default":600,"description":"Overall limit OpsLoop waits before cancelling and reporting `TimedOut`."},"guardAlarm":{"type":"string","minLength":1,"maxLength":255,"description":"A CloudWatch alarm that stops the run when it goes to ALARM (SSM `AlarmConfiguration`), e.g. an error-rate guard or a floor on healthy hosts. It may use `{{ params.NAME }}` (the raw value, e.g. `{{ params.role }}-healthy-hosts-low`) with parameters constrained by `enum` or an anchored `pattern` and not sensitive; never `{{ targets }}`. The alarm must exist: remediation refuses to start, before claiming the plan, when it is missing or already in ALARM (SSM would stop the run at once). Not the alarm that triggered the incident: that one is still in ALARM when remediation starts."}},"description":"One operation: exactly one of `runCommand` or `automation` (SSM, with rate control and an overall timeout) or `workflowDispatch` (a GitHub Actions workflow). `execution` runs after approval; `rollback` runs when execution or verification fails.","if":{"required":["runCommand"]},"then":{"not":{"anyOf":[{"required":["automation"]},{"required":["workflowDispatch"]}]}},"else":{"if":{"required":["automation"]},"then":{"not":{"required":["workflowDispatch"]}},"else":{"required":["workflowDispatch"]}}},"verify":{"type":"object","additionalProperties":false,"minProperties":1,"description":"How OpsLoop proves the fix worked. Failure triggers `rollback`.","properties":{"alarmOk":{"type":"object","additionalProperties":false,"required":["within"],"properties":{"within":{"$ref":"#/$defs/duration","description":"How long the triggering alarm has to return to OK."},"alarmName":{"type":"string","minLength":1,"maxLength":255,"description":"The alarm that must return to OK. Defaults to the alarm that triggered the incident; required when the runbook handles events that are not alarms."}},"description":"Passes when the alarm is (or returns to) OK within `within`."},"check":{"type":"object","additionalProperties":false,"properties":{"runCommand":{"$ref":"#/$defs/runCommand"},"automation":{"$ref":"#/$defs/automation"},"retries":{"type":"integer","minimum":0,"maximum":20,"default":3},"interval":{"$ref":"#/$defs/duration"}},"description":"A check that passes when it succeeds: a command that exits 0 on every target, or an Automation document that ends in Success (e.g. one asserting an ECS service is steady).","if":{"required":["runCommand"]},"then":{"not":{"required":["automation"]}},"else":{"required":["automation"]}}}},"workflowDispatch":{"type":"object","additionalProperties":false,"required":["repository","workflow","ref"],"description":"Runs a GitHub Actions workflow through `workflow_dispatch` (POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches), e.g. a repository's deployment workflow given the previous good commit. The repository, workflow and ref are fixed in the runbook; inputs may use `{{ params.NAME }}` for parameters constrained by `enum` or an anchored `pattern` and not sensitive, so the values dispatched are bound into the plan's digest. It succeeds when GitHub accepts the dispatch; `verify` proves the fix. Needs a token with `actions: write` on the repository (the remediation job's `github-token`).","properties":{"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"`owner/name` of the repository whose workflow runs."},"workflow":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,200}\\.ya?ml$","description":"The workflow's file name under `.github/workflows/`, e.g. `deploy.yml`."},"ref":{"type":"string","pattern":"^[A-Za-z0-9_.][A-Za-z0-9_./-]{0,254}$","description":"The branch or tag the workflow runs from (GitHub takes no commit SHA here: pass the commit to deploy as an input)."},"inputs":{"type":"object","maxProperties":25,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]{0,99}$"},"additionalProperties":{"type":"string","maxLength":1024},"description":"The workflow's `workflow_dispatch` inputs, as strings; `{{ params.NAME }}` is replaced by the parameter's value."}}}}};const schema32 = {"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(/[A-Za-z0-9._-]{1,100})?$","description":"A GitHub login (`alice`) or team (`org/team-slug`); a leading `@` is allowed."};const schema51 = {"type":"object","additionalProperties":false,"required":["type","description"],"properties":{"type":{"enum":["string","integer","number","boolean"],"description":"JSON type of the value."},"description":{"type":"string","minLength":3,"maxLength":500},"enum":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":["string","integer","number","boolean"]},"description":"The only allowed values."},"pattern":{"type":"string","minLength":2,"description":"ECMAScript regular expression the whole value must match; anchor it with `^` and `$`."},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":1,"maximum":4096},"minimum":{"type":"number"},"maximum":{"type":"number"},"default":{"type":["string","integer","number","boolean"],"description":"Value used when neither the incident nor the triage supplies one. Must itself pass the constraints. Never used for a parameter that chooses what the runbook acts on (one that `targets` refers to, or one marked `selects`) unless `defaultIsSafe` is true: such a plan is incomplete until the incident's facts give the value or a person sets it with `/set`."},"from":{"type":"string","pattern":"^(dimensions|tags|context)\\.[A-Za-z0-9_.:/-]{1,128}$|^ecs\\.(cluster|service|taskDefinition|previousTaskDefinition)$|^change\\.(sha|deployment|deploymentSha|previousSha|service|repository|environment)$|^(alarmName|region|account|resourceId|autoScalingGroup)$","description":"Where the plan takes the value from the incident and what OpsLoop looked up about it in AWS (`facts` in docs/incident-reference.md): `dimensions.NAME` (the alarm metric's dimension), `tags.KEY` (the alarm's tags, then its resources', then the dispatch context's), `ecs.cluster`, `ecs.service`, `ecs.taskDefinition` (the running deployment's), `ecs.previousTaskDefinition` (what a rollback returns to), `autoScalingGroup`, `change.previousSha`, `change.deploymentSha`, `change.sha`, `change.service`, `change.repository`, `change.environment` or `change.deployment` (the suspect change, `facts.change`), `context.KEY` (dispatch context), `alarmName`, `region`, `account` or `resourceId` (the last segment of the first resource ARN).","examples":["dimensions.InstanceId","tags.service","ecs.previousTaskDefinition"]},"sensitive":{"type":"boolean","default":false,"description":"Hide the value in issues and logs."},"selects":{"type":"boolean","default":false,"description":"The value chooses what the runbook acts on (a service to restart, a path to clean, a resource), like a parameter that `targets` refers to: it is taken from the incident and what OpsLoop looks up about it (or from a person's `/set` on the issue), never from the model and never from `default` unless `defaultIsSafe` is true."},"defaultIsSafe":{"type":"boolean","default":false,"description":"The `default` is right for any incident this runbook matches, even though the parameter chooses what the runbook acts on. Say why in `description`."}}};const schema52 = {"type":"object","additionalProperties":false,"required":["from","max"],"description":"What the runbook acts on. Resolved targets are shown in the plan and bound into its digest.","properties":{"from":{"enum":["dimension","resources","tags","parameter"],"description":"`dimension`: instance ids from the alarm metric's dimension; `resources`: the incident's resource ARNs that fit `resourcePattern`; `tags`: SSM tag targets (Run Command only); `parameter`: the value of a declared parameter."},"dimension":{"type":"string","minLength":1,"description":"Dimension name, e.g. `InstanceId`."},"resourcePattern":{"type":"string","minLength":1,"description":"Glob over resource ARNs, e.g. `arn:aws:ecs:*:*:service/*`."},"tags":{"type":"object","minProperties":1,"maxProperties":5,"additionalProperties":{"type":"array","minItems":1,"maxItems":50,"items":{"type":"string","minLength":1}},"description":"Tag key to allowed values, sent as SSM `Targets` (`tag:KEY`)."},"parameter":{"type":"string","minLength":1,"description":"Name of the parameter holding the target."},"max":{"type":"integer","minimum":1,"maximum":50,"description":"The plan is refused when more targets resolve than this."}},"allOf":[{"if":{"properties":{"from":{"const":"dimension"}}},"then":{"required":["dimension"]}},{"if":{"properties":{"from":{"const":"resources"}}},"then":{"required":["resourcePattern"]}},{"if":{"properties":{"from":{"const":"tags"}}},"then":{"required":["tags"]}},{"if":{"properties":{"from":{"const":"parameter"}}},"then":{"required":["parameter"]}}]};const func1 = Object.prototype.hasOwnProperty;const func2 = (runtime0.default ?? runtime0);const func0 = (runtime1.default ?? runtime1);const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");const pattern5 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(/[A-Za-z0-9._-]{1,100})?$", "u");const pattern7 = new RegExp("^[a-zA-Z][a-zA-Z0-9_]{0,39}$", "u");const pattern8 = new RegExp("^(dimensions|tags|context)\\.[A-Za-z0-9_.:/-]{1,128}$|^ecs\\.(cluster|service|taskDefinition|previousTaskDefinition)$|^change\\.(sha|deployment|deploymentSha|previousSha|service|repository|environment)$|^(alarmName|region|account|resourceId|autoScalingGroup)$", "u");const pattern26 = new RegExp("\\.json$", "u");const schema33 = {"type":"object","additionalProperties":false,"minProperties":1,"properties":{"source":{"$ref":"#/$defs/globs","description":"EventBridge `source`, e.g. `aws.cloudwatch`, `aws.ecs`, `aws.health`."},"detailType":{"$ref":"#/$defs/globs","description":"EventBridge `detail-type`, e.g. `CloudWatch Alarm State Change`."},"alarmName":{"$ref":"#/$defs/globs","description":"CloudWatch alarm name globs, e.g. `*-disk-used-*`."},"eventName":{"$ref":"#/$defs/globs","description":"The event's own name or code: ECS `detail.eventName` (e.g. `SERVICE_TASK_START_IMPAIRED`), AWS Health `detail.eventTypeCode`, GuardDuty finding `type`, EC2 instance `detail.state`, Step Functions execution `detail.status` (e.g. `TIMED_OUT`); for Auto Scaling and ACM events, the detail-type (e.g. `ACM Certificate Renewal Action Required`)."},"metric":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"namespace":{"$ref":"#/$defs/globs","description":"Metric namespace, e.g. `AWS/EC2` or `CWAgent`."},"name":{"$ref":"#/$defs/globs","description":"Metric name, e.g. `CPUUtilization`."},"dimensions":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/$defs/globs"},"description":"Dimension name to value globs; `\"*\"` only requires the dimension to be present."}},"description":"Matches when any metric of the alarm (including metric-math inputs) fits all given fields."},"resourceType":{"$ref":"#/$defs/globs","description":"Resource type as `service:type` from the incident's ARNs and dimensions, e.g. `ec2:instance`, `ecs:service`, `autoscaling:autoScalingGroup`."},"severity":{"oneOf":[{"$ref":"#/$defs/severity"},{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/severity"}}],"description":"Incident severity or severities."},"state":{"oneOf":[{"$ref":"#/$defs/alarmState"},{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/alarmState"}}],"description":"Alarm state; alarm rules match only `ALARM` unless this says otherwise."},"tags":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/$defs/globs"},"description":"Tag key to value globs, from the dispatch `context.tags` (for example the alarm's or resource's tags)."},"change":{"type":"object","additionalProperties":false,"required":["suspect"],"description":"Matches only when change attribution named a suspect change for the incident (`facts.change`): a runbook that rolls a deployment back. `repository`, `service` and `environment` narrow it to the deployments this runbook can roll back.","properties":{"suspect":{"const":true,"description":"A suspect change was named."},"repository":{"$ref":"#/$defs/globs","description":"The deployment's repository (`owner/name`) globs."},"service":{"$ref":"#/$defs/globs","description":"The deployment's service globs."},"environment":{"$ref":"#/$defs/globs","description":"The deployment's environment globs."}}}}};const schema34 = {"oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}}]};const schema42 = {"enum":["low","medium","high","critical"]};const schema44 = {"enum":["ALARM","OK","INSUFFICIENT_DATA"]};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length < 1){const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema33,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema33.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.source !== undefined){let data0 = data.source;const _errs4 = errors;let valid2 = false;let passing0 = null;const _errs5 = errors;if(typeof data0 === "string"){if(func2(data0) < 1){const err2 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs5 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs7 = errors;if(Array.isArray(data0)){if(data0.length < 1){const err4 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/source/" + i0,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/source/" + i0,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}let i1 = data0.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data0[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err7 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;break;}indices0[item0] = i1;}}}else {const err8 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data0};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs7 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}}if(!valid2){const err9 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}else {errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}}}if(data.detailType !== undefined){let data2 = data.detailType;const _errs13 = errors;let valid7 = false;let passing1 = null;const _errs14 = errors;if(typeof data2 === "string"){if(func2(data2) < 1){const err10 = {instancePath:instancePath+"/detailType",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/detailType",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid1 = _errs14 === errors;if(_valid1){valid7 = true;passing1 = 0;}const _errs16 = errors;if(Array.isArray(data2)){if(data2.length < 1){const err12 = {instancePath:instancePath+"/detailType",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len1 = data2.length;for(let i2=0; i2<len1; i2++){let data3 = data2[i2];if(typeof data3 === "string"){if(func2(data3) < 1){const err13 = {instancePath:instancePath+"/detailType/" + i2,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/detailType/" + i2,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}let i3 = data2.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data2[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err15 = {instancePath:instancePath+"/detailType",schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;break;}indices1[item1] = i3;}}}else {const err16 = {instancePath:instancePath+"/detailType",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data2};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}var _valid1 = _errs16 === errors;if(_valid1 && valid7){valid7 = false;passing1 = [passing1, 1];}else {if(_valid1){valid7 = true;passing1 = 1;}}if(!valid7){const err17 = {instancePath:instancePath+"/detailType",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data2};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}else {errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}}}if(data.alarmName !== undefined){let data4 = data.alarmName;const _errs22 = errors;let valid12 = false;let passing2 = null;const _errs23 = errors;if(typeof data4 === "string"){if(func2(data4) < 1){const err18 = {instancePath:instancePath+"/alarmName",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data4};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/alarmName",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}var _valid2 = _errs23 === errors;if(_valid2){valid12 = true;passing2 = 0;}const _errs25 = errors;if(Array.isArray(data4)){if(data4.length < 1){const err20 = {instancePath:instancePath+"/alarmName",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data4};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const len2 = data4.length;for(let i4=0; i4<len2; i4++){let data5 = data4[i4];if(typeof data5 === "string"){if(func2(data5) < 1){const err21 = {instancePath:instancePath+"/alarmName/" + i4,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data5};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/alarmName/" + i4,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}let i5 = data4.length;let j2;if(i5 > 1){const indices2 = {};for(;i5--;){let item2 = data4[i5];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j2 = indices2[item2];const err23 = {instancePath:instancePath+"/alarmName",schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data4};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;break;}indices2[item2] = i5;}}}else {const err24 = {instancePath:instancePath+"/alarmName",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data4};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}var _valid2 = _errs25 === errors;if(_valid2 && valid12){valid12 = false;passing2 = [passing2, 1];}else {if(_valid2){valid12 = true;passing2 = 1;}}if(!valid12){const err25 = {instancePath:instancePath+"/alarmName",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data4};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}else {errors = _errs22;if(vErrors !== null){if(_errs22){vErrors.length = _errs22;}else {vErrors = null;}}}}if(data.eventName !== undefined){let data6 = data.eventName;const _errs31 = errors;let valid17 = false;let passing3 = null;const _errs32 = errors;if(typeof data6 === "string"){if(func2(data6) < 1){const err26 = {instancePath:instancePath+"/eventName",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data6};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/eventName",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data6};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}var _valid3 = _errs32 === errors;if(_valid3){valid17 = true;passing3 = 0;}const _errs34 = errors;if(Array.isArray(data6)){if(data6.length < 1){const err28 = {instancePath:instancePath+"/eventName",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data6};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const len3 = data6.length;for(let i6=0; i6<len3; i6++){let data7 = data6[i6];if(typeof data7 === "string"){if(func2(data7) < 1){const err29 = {instancePath:instancePath+"/eventName/" + i6,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data7};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/eventName/" + i6,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data7};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}let i7 = data6.length;let j3;if(i7 > 1){const indices3 = {};for(;i7--;){let item3 = data6[i7];if(typeof item3 !== "string"){continue;}if(typeof indices3[item3] == "number"){j3 = indices3[item3];const err31 = {instancePath:instancePath+"/eventName",schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data6};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;break;}indices3[item3] = i7;}}}else {const err32 = {instancePath:instancePath+"/eventName",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data6};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}var _valid3 = _errs34 === errors;if(_valid3 && valid17){valid17 = false;passing3 = [passing3, 1];}else {if(_valid3){valid17 = true;passing3 = 1;}}if(!valid17){const err33 = {instancePath:instancePath+"/eventName",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data6};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}else {errors = _errs31;if(vErrors !== null){if(_errs31){vErrors.length = _errs31;}else {vErrors = null;}}}}if(data.metric !== undefined){let data8 = data.metric;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(Object.keys(data8).length < 1){const err34 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema33.properties.metric,data:data8};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}for(const key1 in data8){if(!(((key1 === "namespace") || (key1 === "name")) || (key1 === "dimensions"))){const err35 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.metric,data:data8};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data8.namespace !== undefined){let data9 = data8.namespace;const _errs43 = errors;let valid23 = false;let passing4 = null;const _errs44 = errors;if(typeof data9 === "string"){if(func2(data9) < 1){const err36 = {instancePath:instancePath+"/metric/namespace",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data9};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/metric/namespace",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data9};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}var _valid4 = _errs44 === errors;if(_valid4){valid23 = true;passing4 = 0;}const _errs46 = errors;if(Array.isArray(data9)){if(data9.length < 1){const err38 = {instancePath:instancePath+"/metric/namespace",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data9};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}const len4 = data9.length;for(let i8=0; i8<len4; i8++){let data10 = data9[i8];if(typeof data10 === "string"){if(func2(data10) < 1){const err39 = {instancePath:instancePath+"/metric/namespace/" + i8,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data10};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/metric/namespace/" + i8,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data10};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}let i9 = data9.length;let j4;if(i9 > 1){const indices4 = {};for(;i9--;){let item4 = data9[i9];if(typeof item4 !== "string"){continue;}if(typeof indices4[item4] == "number"){j4 = indices4[item4];const err41 = {instancePath:instancePath+"/metric/namespace",schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data9};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;break;}indices4[item4] = i9;}}}else {const err42 = {instancePath:instancePath+"/metric/namespace",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data9};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}var _valid4 = _errs46 === errors;if(_valid4 && valid23){valid23 = false;passing4 = [passing4, 1];}else {if(_valid4){valid23 = true;passing4 = 1;}}if(!valid23){const err43 = {instancePath:instancePath+"/metric/namespace",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data9};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}else {errors = _errs43;if(vErrors !== null){if(_errs43){vErrors.length = _errs43;}else {vErrors = null;}}}}if(data8.name !== undefined){let data11 = data8.name;const _errs52 = errors;let valid28 = false;let passing5 = null;const _errs53 = errors;if(typeof data11 === "string"){if(func2(data11) < 1){const err44 = {instancePath:instancePath+"/metric/name",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data11};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/metric/name",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data11};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}var _valid5 = _errs53 === errors;if(_valid5){valid28 = true;passing5 = 0;}const _errs55 = errors;if(Array.isArray(data11)){if(data11.length < 1){const err46 = {instancePath:instancePath+"/metric/name",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data11};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}const len5 = data11.length;for(let i10=0; i10<len5; i10++){let data12 = data11[i10];if(typeof data12 === "string"){if(func2(data12) < 1){const err47 = {instancePath:instancePath+"/metric/name/" + i10,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data12};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/metric/name/" + i10,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data12};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}let i11 = data11.length;let j5;if(i11 > 1){const indices5 = {};for(;i11--;){let item5 = data11[i11];if(typeof item5 !== "string"){continue;}if(typeof indices5[item5] == "number"){j5 = indices5[item5];const err49 = {instancePath:instancePath+"/metric/name",schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data11};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;break;}indices5[item5] = i11;}}}else {const err50 = {instancePath:instancePath+"/metric/name",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data11};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}var _valid5 = _errs55 === errors;if(_valid5 && valid28){valid28 = false;passing5 = [passing5, 1];}else {if(_valid5){valid28 = true;passing5 = 1;}}if(!valid28){const err51 = {instancePath:instancePath+"/metric/name",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data11};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}else {errors = _errs52;if(vErrors !== null){if(_errs52){vErrors.length = _errs52;}else {vErrors = null;}}}}if(data8.dimensions !== undefined){let data13 = data8.dimensions;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(Object.keys(data13).length < 1){const err52 = {instancePath:instancePath+"/metric/dimensions",schemaPath:"#/properties/metric/properties/dimensions/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema33.properties.metric.properties.dimensions,data:data13};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}for(const key2 in data13){let data14 = data13[key2];const _errs64 = errors;let valid34 = false;let passing6 = null;const _errs65 = errors;if(typeof data14 === "string"){if(func2(data14) < 1){const err53 = {instancePath:instancePath+"/metric/dimensions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data14};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/metric/dimensions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data14};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}var _valid6 = _errs65 === errors;if(_valid6){valid34 = true;passing6 = 0;}const _errs67 = errors;if(Array.isArray(data14)){if(data14.length < 1){const err55 = {instancePath:instancePath+"/metric/dimensions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data14};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}const len6 = data14.length;for(let i12=0; i12<len6; i12++){let data15 = data14[i12];if(typeof data15 === "string"){if(func2(data15) < 1){const err56 = {instancePath:instancePath+"/metric/dimensions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data15};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/metric/dimensions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data15};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}let i13 = data14.length;let j6;if(i13 > 1){const indices6 = {};for(;i13--;){let item6 = data14[i13];if(typeof item6 !== "string"){continue;}if(typeof indices6[item6] == "number"){j6 = indices6[item6];const err58 = {instancePath:instancePath+"/metric/dimensions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data14};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;break;}indices6[item6] = i13;}}}else {const err59 = {instancePath:instancePath+"/metric/dimensions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data14};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}var _valid6 = _errs67 === errors;if(_valid6 && valid34){valid34 = false;passing6 = [passing6, 1];}else {if(_valid6){valid34 = true;passing6 = 1;}}if(!valid34){const err60 = {instancePath:instancePath+"/metric/dimensions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data14};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}else {errors = _errs64;if(vErrors !== null){if(_errs64){vErrors.length = _errs64;}else {vErrors = null;}}}}}else {const err61 = {instancePath:instancePath+"/metric/dimensions",schemaPath:"#/properties/metric/properties/dimensions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.metric.properties.dimensions.type,parentSchema:schema33.properties.metric.properties.dimensions,data:data13};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.metric.type,parentSchema:schema33.properties.metric,data:data8};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.resourceType !== undefined){let data16 = data.resourceType;const _errs73 = errors;let valid39 = false;let passing7 = null;const _errs74 = errors;if(typeof data16 === "string"){if(func2(data16) < 1){const err63 = {instancePath:instancePath+"/resourceType",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data16};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}else {const err64 = {instancePath:instancePath+"/resourceType",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data16};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}var _valid7 = _errs74 === errors;if(_valid7){valid39 = true;passing7 = 0;}const _errs76 = errors;if(Array.isArray(data16)){if(data16.length < 1){const err65 = {instancePath:instancePath+"/resourceType",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data16};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}const len7 = data16.length;for(let i14=0; i14<len7; i14++){let data17 = data16[i14];if(typeof data17 === "string"){if(func2(data17) < 1){const err66 = {instancePath:instancePath+"/resourceType/" + i14,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data17};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}else {const err67 = {instancePath:instancePath+"/resourceType/" + i14,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data17};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}let i15 = data16.length;let j7;if(i15 > 1){const indices7 = {};for(;i15--;){let item7 = data16[i15];if(typeof item7 !== "string"){continue;}if(typeof indices7[item7] == "number"){j7 = indices7[item7];const err68 = {instancePath:instancePath+"/resourceType",schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i15+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data16};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;break;}indices7[item7] = i15;}}}else {const err69 = {instancePath:instancePath+"/resourceType",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data16};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}var _valid7 = _errs76 === errors;if(_valid7 && valid39){valid39 = false;passing7 = [passing7, 1];}else {if(_valid7){valid39 = true;passing7 = 1;}}if(!valid39){const err70 = {instancePath:instancePath+"/resourceType",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data16};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}else {errors = _errs73;if(vErrors !== null){if(_errs73){vErrors.length = _errs73;}else {vErrors = null;}}}}if(data.severity !== undefined){let data18 = data.severity;const _errs81 = errors;let valid43 = false;let passing8 = null;const _errs82 = errors;if(!((((data18 === "low") || (data18 === "medium")) || (data18 === "high")) || (data18 === "critical"))){const err71 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values",schema:schema42.enum,parentSchema:schema42,data:data18};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}var _valid8 = _errs82 === errors;if(_valid8){valid43 = true;passing8 = 0;}const _errs84 = errors;if(Array.isArray(data18)){if(data18.length < 1){const err72 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.severity.oneOf[1],data:data18};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}const len8 = data18.length;for(let i16=0; i16<len8; i16++){let data19 = data18[i16];if(!((((data19 === "low") || (data19 === "medium")) || (data19 === "high")) || (data19 === "critical"))){const err73 = {instancePath:instancePath+"/severity/" + i16,schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values",schema:schema42.enum,parentSchema:schema42,data:data19};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}let i17 = data18.length;let j8;if(i17 > 1){outer0:for(;i17--;){for(j8 = i17; j8--;){if(func0(data18[i17], data18[j8])){const err74 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i17+" are identical)",schema:true,parentSchema:schema33.properties.severity.oneOf[1],data:data18};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;break outer0;}}}}}else {const err75 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.severity.oneOf[1].type,parentSchema:schema33.properties.severity.oneOf[1],data:data18};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}var _valid8 = _errs84 === errors;if(_valid8 && valid43){valid43 = false;passing8 = [passing8, 1];}else {if(_valid8){valid43 = true;passing8 = 1;}}if(!valid43){const err76 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf",schema:schema33.properties.severity.oneOf,parentSchema:schema33.properties.severity,data:data18};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}else {errors = _errs81;if(vErrors !== null){if(_errs81){vErrors.length = _errs81;}else {vErrors = null;}}}}if(data.state !== undefined){let data20 = data.state;const _errs89 = errors;let valid49 = false;let passing9 = null;const _errs90 = errors;if(!(((data20 === "ALARM") || (data20 === "OK")) || (data20 === "INSUFFICIENT_DATA"))){const err77 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/alarmState/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values",schema:schema44.enum,parentSchema:schema44,data:data20};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}var _valid9 = _errs90 === errors;if(_valid9){valid49 = true;passing9 = 0;}const _errs92 = errors;if(Array.isArray(data20)){if(data20.length < 1){const err78 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.state.oneOf[1],data:data20};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}const len9 = data20.length;for(let i18=0; i18<len9; i18++){let data21 = data20[i18];if(!(((data21 === "ALARM") || (data21 === "OK")) || (data21 === "INSUFFICIENT_DATA"))){const err79 = {instancePath:instancePath+"/state/" + i18,schemaPath:"#/$defs/alarmState/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values",schema:schema44.enum,parentSchema:schema44,data:data21};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}let i19 = data20.length;let j9;if(i19 > 1){outer1:for(;i19--;){for(j9 = i19; j9--;){if(func0(data20[i19], data20[j9])){const err80 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i19+" are identical)",schema:true,parentSchema:schema33.properties.state.oneOf[1],data:data20};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;break outer1;}}}}}else {const err81 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.state.oneOf[1].type,parentSchema:schema33.properties.state.oneOf[1],data:data20};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}var _valid9 = _errs92 === errors;if(_valid9 && valid49){valid49 = false;passing9 = [passing9, 1];}else {if(_valid9){valid49 = true;passing9 = 1;}}if(!valid49){const err82 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf",schema:schema33.properties.state.oneOf,parentSchema:schema33.properties.state,data:data20};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}else {errors = _errs89;if(vErrors !== null){if(_errs89){vErrors.length = _errs89;}else {vErrors = null;}}}}if(data.tags !== undefined){let data22 = data.tags;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(Object.keys(data22).length < 1){const err83 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema33.properties.tags,data:data22};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}for(const key3 in data22){let data23 = data22[key3];const _errs101 = errors;let valid57 = false;let passing10 = null;const _errs102 = errors;if(typeof data23 === "string"){if(func2(data23) < 1){const err84 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data23};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}else {const err85 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data23};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}var _valid10 = _errs102 === errors;if(_valid10){valid57 = true;passing10 = 0;}const _errs104 = errors;if(Array.isArray(data23)){if(data23.length < 1){const err86 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data23};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}const len10 = data23.length;for(let i20=0; i20<len10; i20++){let data24 = data23[i20];if(typeof data24 === "string"){if(func2(data24) < 1){const err87 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i20,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data24};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}else {const err88 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i20,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data24};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}let i21 = data23.length;let j10;if(i21 > 1){const indices8 = {};for(;i21--;){let item8 = data23[i21];if(typeof item8 !== "string"){continue;}if(typeof indices8[item8] == "number"){j10 = indices8[item8];const err89 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i21+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data23};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;break;}indices8[item8] = i21;}}}else {const err90 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data23};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}var _valid10 = _errs104 === errors;if(_valid10 && valid57){valid57 = false;passing10 = [passing10, 1];}else {if(_valid10){valid57 = true;passing10 = 1;}}if(!valid57){const err91 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data23};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}else {errors = _errs101;if(vErrors !== null){if(_errs101){vErrors.length = _errs101;}else {vErrors = null;}}}}}else {const err92 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.tags.type,parentSchema:schema33.properties.tags,data:data22};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data.change !== undefined){let data25 = data.change;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.suspect === undefined){const err93 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/required",keyword:"required",params:{missingProperty: "suspect"},message:"must have required property '"+"suspect"+"'",schema:schema33.properties.change.required,parentSchema:schema33.properties.change,data:data25};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}for(const key4 in data25){if(!((((key4 === "suspect") || (key4 === "repository")) || (key4 === "service")) || (key4 === "environment"))){const err94 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.change,data:data25};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data25.suspect !== undefined){let data26 = data25.suspect;if(true !== data26){const err95 = {instancePath:instancePath+"/change/suspect",schemaPath:"#/properties/change/properties/suspect/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema33.properties.change.properties.suspect,data:data26};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data25.repository !== undefined){let data27 = data25.repository;const _errs114 = errors;let valid63 = false;let passing11 = null;const _errs115 = errors;if(typeof data27 === "string"){if(func2(data27) < 1){const err96 = {instancePath:instancePath+"/change/repository",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data27};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}else {const err97 = {instancePath:instancePath+"/change/repository",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data27};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}var _valid11 = _errs115 === errors;if(_valid11){valid63 = true;passing11 = 0;}const _errs117 = errors;if(Array.isArray(data27)){if(data27.length < 1){const err98 = {instancePath:instancePath+"/change/repository",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data27};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}const len11 = data27.length;for(let i22=0; i22<len11; i22++){let data28 = data27[i22];if(typeof data28 === "string"){if(func2(data28) < 1){const err99 = {instancePath:instancePath+"/change/repository/" + i22,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data28};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}else {const err100 = {instancePath:instancePath+"/change/repository/" + i22,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data28};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}let i23 = data27.length;let j11;if(i23 > 1){const indices9 = {};for(;i23--;){let item9 = data27[i23];if(typeof item9 !== "string"){continue;}if(typeof indices9[item9] == "number"){j11 = indices9[item9];const err101 = {instancePath:instancePath+"/change/repository",schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i23+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data27};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;break;}indices9[item9] = i23;}}}else {const err102 = {instancePath:instancePath+"/change/repository",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data27};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}var _valid11 = _errs117 === errors;if(_valid11 && valid63){valid63 = false;passing11 = [passing11, 1];}else {if(_valid11){valid63 = true;passing11 = 1;}}if(!valid63){const err103 = {instancePath:instancePath+"/change/repository",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data27};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}else {errors = _errs114;if(vErrors !== null){if(_errs114){vErrors.length = _errs114;}else {vErrors = null;}}}}if(data25.service !== undefined){let data29 = data25.service;const _errs123 = errors;let valid68 = false;let passing12 = null;const _errs124 = errors;if(typeof data29 === "string"){if(func2(data29) < 1){const err104 = {instancePath:instancePath+"/change/service",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data29};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}else {const err105 = {instancePath:instancePath+"/change/service",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data29};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}var _valid12 = _errs124 === errors;if(_valid12){valid68 = true;passing12 = 0;}const _errs126 = errors;if(Array.isArray(data29)){if(data29.length < 1){const err106 = {instancePath:instancePath+"/change/service",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data29};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}const len12 = data29.length;for(let i24=0; i24<len12; i24++){let data30 = data29[i24];if(typeof data30 === "string"){if(func2(data30) < 1){const err107 = {instancePath:instancePath+"/change/service/" + i24,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data30};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}else {const err108 = {instancePath:instancePath+"/change/service/" + i24,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data30};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}let i25 = data29.length;let j12;if(i25 > 1){const indices10 = {};for(;i25--;){let item10 = data29[i25];if(typeof item10 !== "string"){continue;}if(typeof indices10[item10] == "number"){j12 = indices10[item10];const err109 = {instancePath:instancePath+"/change/service",schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i25+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data29};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;break;}indices10[item10] = i25;}}}else {const err110 = {instancePath:instancePath+"/change/service",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data29};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}var _valid12 = _errs126 === errors;if(_valid12 && valid68){valid68 = false;passing12 = [passing12, 1];}else {if(_valid12){valid68 = true;passing12 = 1;}}if(!valid68){const err111 = {instancePath:instancePath+"/change/service",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data29};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}else {errors = _errs123;if(vErrors !== null){if(_errs123){vErrors.length = _errs123;}else {vErrors = null;}}}}if(data25.environment !== undefined){let data31 = data25.environment;const _errs132 = errors;let valid73 = false;let passing13 = null;const _errs133 = errors;if(typeof data31 === "string"){if(func2(data31) < 1){const err112 = {instancePath:instancePath+"/change/environment",schemaPath:"#/$defs/globs/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[0],data:data31};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}else {const err113 = {instancePath:instancePath+"/change/environment",schemaPath:"#/$defs/globs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data31};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}var _valid13 = _errs133 === errors;if(_valid13){valid73 = true;passing13 = 0;}const _errs135 = errors;if(Array.isArray(data31)){if(data31.length < 1){const err114 = {instancePath:instancePath+"/change/environment",schemaPath:"#/$defs/globs/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.oneOf[1],data:data31};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}const len13 = data31.length;for(let i26=0; i26<len13; i26++){let data32 = data31[i26];if(typeof data32 === "string"){if(func2(data32) < 1){const err115 = {instancePath:instancePath+"/change/environment/" + i26,schemaPath:"#/$defs/globs/oneOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.oneOf[1].items,data:data32};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}else {const err116 = {instancePath:instancePath+"/change/environment/" + i26,schemaPath:"#/$defs/globs/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.type,parentSchema:schema34.oneOf[1].items,data:data32};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}let i27 = data31.length;let j13;if(i27 > 1){const indices11 = {};for(;i27--;){let item11 = data31[i27];if(typeof item11 !== "string"){continue;}if(typeof indices11[item11] == "number"){j13 = indices11[item11];const err117 = {instancePath:instancePath+"/change/environment",schemaPath:"#/$defs/globs/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j13},message:"must NOT have duplicate items (items ## "+j13+" and "+i27+" are identical)",schema:true,parentSchema:schema34.oneOf[1],data:data31};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;break;}indices11[item11] = i27;}}}else {const err118 = {instancePath:instancePath+"/change/environment",schemaPath:"#/$defs/globs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data31};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}var _valid13 = _errs135 === errors;if(_valid13 && valid73){valid73 = false;passing13 = [passing13, 1];}else {if(_valid13){valid73 = true;passing13 = 1;}}if(!valid73){const err119 = {instancePath:instancePath+"/change/environment",schemaPath:"#/$defs/globs/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data31};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}else {errors = _errs132;if(vErrors !== null){if(_errs132){vErrors.length = _errs132;}else {vErrors = null;}}}}}else {const err120 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.change.type,parentSchema:schema33.properties.change,data:data25};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}}else {const err121 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema50 = {"type":"object","additionalProperties":false,"minProperties":2,"required":["why"],"description":"One incident kind the runbook must not be used for. `when`: the incidents this entry is about, with the fields of a `match` rule (alarm name, event name, metric and dimensions, resource type, severity, tags); unlike a match rule it applies in any alarm state, and its `metric` must fit every metric the alarm reads. `says`: phrases the incident must say.","properties":{"why":{"type":"string","minLength":10,"maxLength":300,"description":"Why the runbook is wrong for these incidents and what to do instead, for the person reading the issue, e.g. `card-authorisation messages expire after two minutes: replaying them pushes stale authorisations`."},"when":{"$ref":"#/$defs/matchRule"},"says":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":2,"maxLength":100,"pattern":"[A-Za-z0-9]"},"description":"Phrases of which the incident must say at least one, in its description, its reason (the alarm's state reason, an ECS stopped reason, a Health description) or its details. Matched word by word, ignoring case, word forms (`expired` = `expires`) and how names are written (`InsufficientFreeAddressesInSubnet` = `insufficient free addresses in subnet`); a phrase the incident negates (`no throttling`) does not count. Incident text is untrusted, so it can only keep a runbook from being proposed, never make one fit."}}};const pattern6 = new RegExp("[A-Za-z0-9]", "u");function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate23.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length < 2){const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 2},message:"must NOT have fewer than 2 properties",schema:2,parentSchema:schema50,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.why === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "why"},message:"must have required property '"+"why"+"'",schema:schema50.required,parentSchema:schema50,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((key0 === "why") || (key0 === "when")) || (key0 === "says"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.why !== undefined){let data0 = data.why;if(typeof data0 === "string"){if(func2(data0) > 300){const err3 = {instancePath:instancePath+"/why",schemaPath:"#/properties/why/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema50.properties.why,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(func2(data0) < 10){const err4 = {instancePath:instancePath+"/why",schemaPath:"#/properties/why/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters",schema:10,parentSchema:schema50.properties.why,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/why",schemaPath:"#/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.why.type,parentSchema:schema50.properties.why,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.when !== undefined){if(!(validate21(data.when, {instancePath:instancePath+"/when",parentData:data,parentDataProperty:"when",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}if(data.says !== undefined){let data2 = data.says;if(Array.isArray(data2)){if(data2.length < 1){const err6 = {instancePath:instancePath+"/says",schemaPath:"#/properties/says/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema50.properties.says,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 === "string"){if(func2(data3) > 100){const err7 = {instancePath:instancePath+"/says/" + i0,schemaPath:"#/properties/says/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema50.properties.says.items,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(func2(data3) < 2){const err8 = {instancePath:instancePath+"/says/" + i0,schemaPath:"#/properties/says/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema50.properties.says.items,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern6.test(data3)){const err9 = {instancePath:instancePath+"/says/" + i0,schemaPath:"#/properties/says/items/pattern",keyword:"pattern",params:{pattern: "[A-Za-z0-9]"},message:"must match pattern \""+"[A-Za-z0-9]"+"\"",schema:"[A-Za-z0-9]",parentSchema:schema50.properties.says.items,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/says/" + i0,schemaPath:"#/properties/says/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.says.items.type,parentSchema:schema50.properties.says.items,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}let i1 = data2.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data2[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err11 = {instancePath:instancePath+"/says",schemaPath:"#/properties/says/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema50.properties.says,data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;break;}indices0[item0] = i1;}}}else {const err12 = {instancePath:instancePath+"/says",schemaPath:"#/properties/says/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.says.type,parentSchema:schema50.properties.says,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate23.errors = vErrors;return errors === 0;}validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema53 = {"type":"object","additionalProperties":false,"required":["required"],"description":"Who must approve before anything runs.","properties":{"required":{"type":"boolean","description":"Whether a human approval is needed. Medium and high risk runbooks must require it."},"approvers":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"users":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"},"description":"GitHub logins allowed to approve (they also need write access)."},"teams":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$"},"description":"Teams as `org/team-slug` whose active members may approve."}},"description":"Who may approve. Without it, anyone with write or admin permission on the repository may."},"minApprovals":{"type":"integer","minimum":1,"maximum":6,"default":1,"description":"Distinct people who must approve the same plan."},"expiry":{"$ref":"#/$defs/duration","description":"How long an approval stays valid, e.g. `4h`."},"environment":{"type":"string","pattern":"^[^\\s/'\"`$]{1,255}$","description":"GitHub environment (with required reviewers) the remediation job runs in, e.g. `incident-remediation`."},"allowSelfApproval":{"type":"boolean","default":false,"description":"Whether the person who requested the remediation may approve it."}}};const schema54 = {"type":"string","pattern":"^([1-9][0-9]*[smhd])+$","description":"A duration such as `90s`, `10m`, `1h30m` or `7d`.","examples":["10m","4h"]};const pattern9 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "u");const pattern10 = new RegExp("^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$", "u");const pattern11 = new RegExp("^([1-9][0-9]*[smhd])+$", "u");const pattern12 = new RegExp("^[^\\s/'\"`$]{1,255}$", "u");function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.required === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'",schema:schema53.required,parentSchema:schema53,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "required") || (key0 === "approvers")) || (key0 === "minApprovals")) || (key0 === "expiry")) || (key0 === "environment")) || (key0 === "allowSelfApproval"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.required !== undefined){let data0 = data.required;if(typeof data0 !== "boolean"){const err2 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.required.type,parentSchema:schema53.properties.required,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.approvers !== undefined){let data1 = data.approvers;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(Object.keys(data1).length < 1){const err3 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema53.properties.approvers,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!((key1 === "users") || (key1 === "teams"))){const err4 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.approvers,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.users !== undefined){let data2 = data1.users;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 === "string"){if(!pattern9.test(data3)){const err5 = {instancePath:instancePath+"/approvers/users/" + i0,schemaPath:"#/properties/approvers/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"},message:"must match pattern \""+"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"+"\"",schema:"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$",parentSchema:schema53.properties.approvers.properties.users.items,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/approvers/users/" + i0,schemaPath:"#/properties/approvers/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.approvers.properties.users.items.type,parentSchema:schema53.properties.approvers.properties.users.items,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}let i1 = data2.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data2[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err7 = {instancePath:instancePath+"/approvers/users",schemaPath:"#/properties/approvers/properties/users/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema53.properties.approvers.properties.users,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;break;}indices0[item0] = i1;}}}else {const err8 = {instancePath:instancePath+"/approvers/users",schemaPath:"#/properties/approvers/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.approvers.properties.users.type,parentSchema:schema53.properties.approvers.properties.users,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1.teams !== undefined){let data4 = data1.teams;if(Array.isArray(data4)){const len1 = data4.length;for(let i2=0; i2<len1; i2++){let data5 = data4[i2];if(typeof data5 === "string"){if(!pattern10.test(data5)){const err9 = {instancePath:instancePath+"/approvers/teams/" + i2,schemaPath:"#/properties/approvers/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$"},message:"must match pattern \""+"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$"+"\"",schema:"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$",parentSchema:schema53.properties.approvers.properties.teams.items,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/approvers/teams/" + i2,schemaPath:"#/properties/approvers/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.approvers.properties.teams.items.type,parentSchema:schema53.properties.approvers.properties.teams.items,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}let i3 = data4.length;let j1;if(i3 > 1){const indices1 = {};for(;i3--;){let item1 = data4[i3];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err11 = {instancePath:instancePath+"/approvers/teams",schemaPath:"#/properties/approvers/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema53.properties.approvers.properties.teams,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;break;}indices1[item1] = i3;}}}else {const err12 = {instancePath:instancePath+"/approvers/teams",schemaPath:"#/properties/approvers/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.approvers.properties.teams.type,parentSchema:schema53.properties.approvers.properties.teams,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.approvers.type,parentSchema:schema53.properties.approvers,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.minApprovals !== undefined){let data6 = data.minApprovals;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err14 = {instancePath:instancePath+"/minApprovals",schemaPath:"#/properties/minApprovals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.minApprovals.type,parentSchema:schema53.properties.minApprovals,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 6 || isNaN(data6)){const err15 = {instancePath:instancePath+"/minApprovals",schemaPath:"#/properties/minApprovals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 6},message:"must be <= 6",schema:6,parentSchema:schema53.properties.minApprovals,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data6 < 1 || isNaN(data6)){const err16 = {instancePath:instancePath+"/minApprovals",schemaPath:"#/properties/minApprovals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema53.properties.minApprovals,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.expiry !== undefined){let data7 = data.expiry;if(typeof data7 === "string"){if(!pattern11.test(data7)){const err17 = {instancePath:instancePath+"/expiry",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]*[smhd])+$"},message:"must match pattern \""+"^([1-9][0-9]*[smhd])+$"+"\"",schema:"^([1-9][0-9]*[smhd])+$",parentSchema:schema54,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/expiry",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.environment !== undefined){let data8 = data.environment;if(typeof data8 === "string"){if(!pattern12.test(data8)){const err19 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/pattern",keyword:"pattern",params:{pattern: "^[^\\s/'\"`$]{1,255}$"},message:"must match pattern \""+"^[^\\s/'\"`$]{1,255}$"+"\"",schema:"^[^\\s/'\"`$]{1,255}$",parentSchema:schema53.properties.environment,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.environment.type,parentSchema:schema53.properties.environment,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.allowSelfApproval !== undefined){let data9 = data.allowSelfApproval;if(typeof data9 !== "boolean"){const err21 = {instancePath:instancePath+"/allowSelfApproval",schemaPath:"#/properties/allowSelfApproval/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.allowSelfApproval.type,parentSchema:schema53.properties.allowSelfApproval,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema55 = {"type":"object","additionalProperties":false,"properties":{"runCommand":{"$ref":"#/$defs/runCommand"},"automation":{"$ref":"#/$defs/automation"},"workflowDispatch":{"$ref":"#/$defs/workflowDispatch"},"maxConcurrency":{"$ref":"#/$defs/concurrency","default":"1"},"maxErrors":{"$ref":"#/$defs/rateControl","default":"0"},"timeoutSeconds":{"type":"integer","minimum":30,"maximum":172800,"default":600,"description":"Overall limit OpsLoop waits before cancelling and reporting `TimedOut`."},"guardAlarm":{"type":"string","minLength":1,"maxLength":255,"description":"A CloudWatch alarm that stops the run when it goes to ALARM (SSM `AlarmConfiguration`), e.g. an error-rate guard or a floor on healthy hosts. It may use `{{ params.NAME }}` (the raw value, e.g. `{{ params.role }}-healthy-hosts-low`) with parameters constrained by `enum` or an anchored `pattern` and not sensitive; never `{{ targets }}`. The alarm must exist: remediation refuses to start, before claiming the plan, when it is missing or already in ALARM (SSM would stop the run at once). Not the alarm that triggered the incident: that one is still in ALARM when remediation starts."}},"description":"One operation: exactly one of `runCommand` or `automation` (SSM, with rate control and an overall timeout) or `workflowDispatch` (a GitHub Actions workflow). `execution` runs after approval; `rollback` runs when execution or verification fails.","if":{"required":["runCommand"]},"then":{"not":{"anyOf":[{"required":["automation"]},{"required":["workflowDispatch"]}]}},"else":{"if":{"required":["automation"]},"then":{"not":{"required":["workflowDispatch"]}},"else":{"required":["workflowDispatch"]}}};const schema60 = {"type":"object","additionalProperties":false,"required":["repository","workflow","ref"],"description":"Runs a GitHub Actions workflow through `workflow_dispatch` (POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches), e.g. a repository's deployment workflow given the previous good commit. The repository, workflow and ref are fixed in the runbook; inputs may use `{{ params.NAME }}` for parameters constrained by `enum` or an anchored `pattern` and not sensitive, so the values dispatched are bound into the plan's digest. It succeeds when GitHub accepts the dispatch; `verify` proves the fix. Needs a token with `actions: write` on the repository (the remediation job's `github-token`).","properties":{"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"`owner/name` of the repository whose workflow runs."},"workflow":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,200}\\.ya?ml$","description":"The workflow's file name under `.github/workflows/`, e.g. `deploy.yml`."},"ref":{"type":"string","pattern":"^[A-Za-z0-9_.][A-Za-z0-9_./-]{0,254}$","description":"The branch or tag the workflow runs from (GitHub takes no commit SHA here: pass the commit to deploy as an input)."},"inputs":{"type":"object","maxProperties":25,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]{0,99}$"},"additionalProperties":{"type":"string","maxLength":1024},"description":"The workflow's `workflow_dispatch` inputs, as strings; `{{ params.NAME }}` is replaced by the parameter's value."}}};const schema61 = {"type":"string","pattern":"^([1-9][0-9]{0,4}|[1-9][0-9]?%|100%)$","description":"How many targets at once: a count or a percentage, at least 1 (SSM `MaxConcurrency`)."};const schema62 = {"type":"string","pattern":"^(0|[1-9][0-9]{0,4}|[0-9]%|[1-9][0-9]%|100%)$","description":"A count or a percentage, as SSM `MaxConcurrency`/`MaxErrors` take them."};const schema56 = {"type":"object","additionalProperties":false,"required":["document"],"properties":{"document":{"type":"string","pattern":"^[A-Za-z0-9_.:/-]{3,128}$","description":"SSM Command document, e.g. `AWS-RunShellScript`. Must be on the allow-list."},"commands":{"type":"array","minItems":1,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":4096},"description":"Shell lines for `AWS-RunShellScript`-style documents, run by bash (OpsLoop re-executes the script under bash where `sh` is dash); `{{ params.NAME }}` is replaced by the shell-quoted value, so write it as a bare word (`systemctl restart {{ params.service }}`): validation refuses it inside quotes, here-documents, comments, `${…}`, arithmetic, as the command name, or in code run by `bash -c`, `eval`, `su -c`, `ssh`, `trap` or `watch`. A string parameter that starts an argument must not allow a leading `-` (or put `--` before it). Start with `set -euo pipefail` and make every step safe to run twice."},"parameters":{"$ref":"#/$defs/documentParameters"},"workingDirectory":{"type":"string","pattern":"^/[A-Za-z0-9_./-]*$"},"executionTimeoutSeconds":{"type":"integer","minimum":1,"maximum":172800,"description":"The document's own execution timeout."}}};const schema57 = {"type":"object","propertyNames":{"pattern":"^[A-Za-z0-9_.-]{1,128}$"},"additionalProperties":{"oneOf":[{"type":"string","maxLength":4096},{"type":"array","maxItems":50,"items":{"type":"string","maxLength":4096}}]},"description":"Other document parameters; values may use `{{ params.NAME }}` and `{{ targets }}`."};const pattern13 = new RegExp("^[A-Za-z0-9_.:/-]{3,128}$", "u");const pattern14 = new RegExp("^[A-Za-z0-9_.-]{1,128}$", "u");const pattern15 = new RegExp("^/[A-Za-z0-9_./-]*$", "u");function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate29.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.document === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'",schema:schema56.required,parentSchema:schema56,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((key0 === "document") || (key0 === "commands")) || (key0 === "parameters")) || (key0 === "workingDirectory")) || (key0 === "executionTimeoutSeconds"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.document !== undefined){let data0 = data.document;if(typeof data0 === "string"){if(!pattern13.test(data0)){const err2 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:/-]{3,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_.:/-]{3,128}$"+"\"",schema:"^[A-Za-z0-9_.:/-]{3,128}$",parentSchema:schema56.properties.document,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.document.type,parentSchema:schema56.properties.document,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.commands !== undefined){let data1 = data.commands;if(Array.isArray(data1)){if(data1.length > 100){const err4 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema56.properties.commands,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data1.length < 1){const err5 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.commands,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(func2(data2) > 4096){const err6 = {instancePath:instancePath+"/commands/" + i0,schemaPath:"#/properties/commands/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema56.properties.commands.items,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(func2(data2) < 1){const err7 = {instancePath:instancePath+"/commands/" + i0,schemaPath:"#/properties/commands/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.commands.items,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/commands/" + i0,schemaPath:"#/properties/commands/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.commands.items.type,parentSchema:schema56.properties.commands.items,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.commands.type,parentSchema:schema56.properties.commands,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.parameters !== undefined){let data3 = data.parameters;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){const _errs11 = errors;if(typeof key1 === "string"){if(!pattern14.test(key1)){const err10 = {instancePath:instancePath+"/parameters",schemaPath:"#/$defs/documentParameters/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,128}$"+"\"",schema:"^[A-Za-z0-9_.-]{1,128}$",parentSchema:schema57.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var valid4 = _errs11 === errors;if(!valid4){const err11 = {instancePath:instancePath+"/parameters",schemaPath:"#/$defs/documentParameters/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema57.propertyNames,parentSchema:schema57,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}for(const key2 in data3){let data4 = data3[key2];const _errs14 = errors;let valid6 = false;let passing0 = null;const _errs15 = errors;if(typeof data4 === "string"){if(func2(data4) > 4096){const err12 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema57.additionalProperties.oneOf[0],data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.additionalProperties.oneOf[0].type,parentSchema:schema57.additionalProperties.oneOf[0],data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid0 = _errs15 === errors;if(_valid0){valid6 = true;passing0 = 0;}const _errs17 = errors;if(Array.isArray(data4)){if(data4.length > 50){const err14 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema57.additionalProperties.oneOf[1],data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}const len1 = data4.length;for(let i1=0; i1<len1; i1++){let data5 = data4[i1];if(typeof data5 === "string"){if(func2(data5) > 4096){const err15 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/1/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema57.additionalProperties.oneOf[1].items,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.additionalProperties.oneOf[1].items.type,parentSchema:schema57.additionalProperties.oneOf[1].items,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.additionalProperties.oneOf[1].type,parentSchema:schema57.additionalProperties.oneOf[1],data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}var _valid0 = _errs17 === errors;if(_valid0 && valid6){valid6 = false;passing0 = [passing0, 1];}else {if(_valid0){valid6 = true;passing0 = 1;}}if(!valid6){const err18 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema57.additionalProperties.oneOf,parentSchema:schema57.additionalProperties,data:data4};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}else {errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}}}}else {const err19 = {instancePath:instancePath+"/parameters",schemaPath:"#/$defs/documentParameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data3};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.workingDirectory !== undefined){let data6 = data.workingDirectory;if(typeof data6 === "string"){if(!pattern15.test(data6)){const err20 = {instancePath:instancePath+"/workingDirectory",schemaPath:"#/properties/workingDirectory/pattern",keyword:"pattern",params:{pattern: "^/[A-Za-z0-9_./-]*$"},message:"must match pattern \""+"^/[A-Za-z0-9_./-]*$"+"\"",schema:"^/[A-Za-z0-9_./-]*$",parentSchema:schema56.properties.workingDirectory,data:data6};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/workingDirectory",schemaPath:"#/properties/workingDirectory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.workingDirectory.type,parentSchema:schema56.properties.workingDirectory,data:data6};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.executionTimeoutSeconds !== undefined){let data7 = data.executionTimeoutSeconds;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err22 = {instancePath:instancePath+"/executionTimeoutSeconds",schemaPath:"#/properties/executionTimeoutSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema56.properties.executionTimeoutSeconds.type,parentSchema:schema56.properties.executionTimeoutSeconds,data:data7};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 172800 || isNaN(data7)){const err23 = {instancePath:instancePath+"/executionTimeoutSeconds",schemaPath:"#/properties/executionTimeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 172800},message:"must be <= 172800",schema:172800,parentSchema:schema56.properties.executionTimeoutSeconds,data:data7};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data7 < 1 || isNaN(data7)){const err24 = {instancePath:instancePath+"/executionTimeoutSeconds",schemaPath:"#/properties/executionTimeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema56.properties.executionTimeoutSeconds,data:data7};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}}else {const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate29.errors = vErrors;return errors === 0;}validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema58 = {"type":"object","additionalProperties":false,"required":["document"],"properties":{"document":{"type":"string","pattern":"^[A-Za-z0-9_.:/-]{3,128}$","description":"SSM Automation document, e.g. `AWS-RestartEC2Instance`. Must be on the allow-list."},"parameters":{"$ref":"#/$defs/documentParameters"}}};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate31.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.document === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'",schema:schema58.required,parentSchema:schema58,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((key0 === "document") || (key0 === "parameters"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.document !== undefined){let data0 = data.document;if(typeof data0 === "string"){if(!pattern13.test(data0)){const err2 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:/-]{3,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_.:/-]{3,128}$"+"\"",schema:"^[A-Za-z0-9_.:/-]{3,128}$",parentSchema:schema58.properties.document,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.document.type,parentSchema:schema58.properties.document,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.parameters !== undefined){let data1 = data.parameters;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs7 = errors;if(typeof key1 === "string"){if(!pattern14.test(key1)){const err4 = {instancePath:instancePath+"/parameters",schemaPath:"#/$defs/documentParameters/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,128}$"+"\"",schema:"^[A-Za-z0-9_.-]{1,128}$",parentSchema:schema57.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}var valid2 = _errs7 === errors;if(!valid2){const err5 = {instancePath:instancePath+"/parameters",schemaPath:"#/$defs/documentParameters/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema57.propertyNames,parentSchema:schema57,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}for(const key2 in data1){let data2 = data1[key2];const _errs10 = errors;let valid4 = false;let passing0 = null;const _errs11 = errors;if(typeof data2 === "string"){if(func2(data2) > 4096){const err6 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema57.additionalProperties.oneOf[0],data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.additionalProperties.oneOf[0].type,parentSchema:schema57.additionalProperties.oneOf[0],data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs11 === errors;if(_valid0){valid4 = true;passing0 = 0;}const _errs13 = errors;if(Array.isArray(data2)){if(data2.length > 50){const err8 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema57.additionalProperties.oneOf[1],data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 === "string"){if(func2(data3) > 4096){const err9 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/1/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema57.additionalProperties.oneOf[1].items,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.additionalProperties.oneOf[1].items.type,parentSchema:schema57.additionalProperties.oneOf[1].items,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.additionalProperties.oneOf[1].type,parentSchema:schema57.additionalProperties.oneOf[1],data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs13 === errors;if(_valid0 && valid4){valid4 = false;passing0 = [passing0, 1];}else {if(_valid0){valid4 = true;passing0 = 1;}}if(!valid4){const err12 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/documentParameters/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema57.additionalProperties.oneOf,parentSchema:schema57.additionalProperties,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {errors = _errs10;if(vErrors !== null){if(_errs10){vErrors.length = _errs10;}else {vErrors = null;}}}}}else {const err13 = {instancePath:instancePath+"/parameters",schemaPath:"#/$defs/documentParameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate31.errors = vErrors;return errors === 0;}validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const pattern18 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");const pattern19 = new RegExp("^[A-Za-z0-9_.-]{1,200}\\.ya?ml$", "u");const pattern20 = new RegExp("^[A-Za-z0-9_.][A-Za-z0-9_./-]{0,254}$", "u");const pattern21 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]{0,99}$", "u");const pattern22 = new RegExp("^([1-9][0-9]{0,4}|[1-9][0-9]?%|100%)$", "u");const pattern23 = new RegExp("^(0|[1-9][0-9]{0,4}|[0-9]%|[1-9][0-9]%|100%)$", "u");function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate28.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = true;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if((data.runCommand === undefined) && ("runCommand")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs3 = errors;const _errs4 = errors;const _errs5 = errors;const _errs6 = errors;let valid2 = false;const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if((data.automation === undefined) && ("automation")){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid1 = _errs7 === errors;valid2 = valid2 || _valid1;const _errs8 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if((data.workflowDispatch === undefined) && ("workflowDispatch")){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid1 = _errs8 === errors;valid2 = valid2 || _valid1;if(!valid2){const err3 = {};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs6;if(vErrors !== null){if(_errs6){vErrors.length = _errs6;}else {vErrors = null;}}}var valid1 = _errs5 === errors;if(valid1){const err4 = {instancePath,schemaPath:"#/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema55.then.not,parentSchema:schema55.then,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs4;if(vErrors !== null){if(_errs4){vErrors.length = _errs4;}else {vErrors = null;}}}var _valid0 = _errs3 === errors;valid0 = _valid0;ifClause0 = "then";}else {const _errs9 = errors;const _errs10 = errors;let valid3 = true;const _errs11 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if((data.automation === undefined) && ("automation")){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}var _valid2 = _errs11 === errors;errors = _errs10;if(vErrors !== null){if(_errs10){vErrors.length = _errs10;}else {vErrors = null;}}let ifClause1;if(_valid2){const _errs12 = errors;const _errs13 = errors;const _errs14 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if((data.workflowDispatch === undefined) && ("workflowDispatch")){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var valid4 = _errs14 === errors;if(valid4){const err7 = {instancePath,schemaPath:"#/else/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema55.else.then.not,parentSchema:schema55.else.then,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs13;if(vErrors !== null){if(_errs13){vErrors.length = _errs13;}else {vErrors = null;}}}var _valid2 = _errs12 === errors;valid3 = _valid2;ifClause1 = "then";}else {const _errs15 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.workflowDispatch === undefined){const err8 = {instancePath,schemaPath:"#/else/else/required",keyword:"required",params:{missingProperty: "workflowDispatch"},message:"must have required property '"+"workflowDispatch"+"'",schema:schema55.else.else.required,parentSchema:schema55.else.else,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}var _valid2 = _errs15 === errors;valid3 = _valid2;ifClause1 = "else";}if(!valid3){const err9 = {instancePath,schemaPath:"#/else/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema55.else.if,parentSchema:schema55.else,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs9 === errors;valid0 = _valid0;ifClause0 = "else";}if(!valid0){const err10 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema55.if,parentSchema:schema55,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "runCommand") || (key0 === "automation")) || (key0 === "workflowDispatch")) || (key0 === "maxConcurrency")) || (key0 === "maxErrors")) || (key0 === "timeoutSeconds")) || (key0 === "guardAlarm"))){const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.runCommand !== undefined){if(!(validate29(data.runCommand, {instancePath:instancePath+"/runCommand",parentData:data,parentDataProperty:"runCommand",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}if(data.automation !== undefined){if(!(validate31(data.automation, {instancePath:instancePath+"/automation",parentData:data,parentDataProperty:"automation",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}}if(data.workflowDispatch !== undefined){let data2 = data.workflowDispatch;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.repository === undefined){const err12 = {instancePath:instancePath+"/workflowDispatch",schemaPath:"#/$defs/workflowDispatch/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema60.required,parentSchema:schema60,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data2.workflow === undefined){const err13 = {instancePath:instancePath+"/workflowDispatch",schemaPath:"#/$defs/workflowDispatch/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema60.required,parentSchema:schema60,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data2.ref === undefined){const err14 = {instancePath:instancePath+"/workflowDispatch",schemaPath:"#/$defs/workflowDispatch/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema60.required,parentSchema:schema60,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key1 in data2){if(!((((key1 === "repository") || (key1 === "workflow")) || (key1 === "ref")) || (key1 === "inputs"))){const err15 = {instancePath:instancePath+"/workflowDispatch",schemaPath:"#/$defs/workflowDispatch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data:data2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data2.repository !== undefined){let data3 = data2.repository;if(typeof data3 === "string"){if(!pattern18.test(data3)){const err16 = {instancePath:instancePath+"/workflowDispatch/repository",schemaPath:"#/$defs/workflowDispatch/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema60.properties.repository,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/workflowDispatch/repository",schemaPath:"#/$defs/workflowDispatch/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.repository.type,parentSchema:schema60.properties.repository,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data2.workflow !== undefined){let data4 = data2.workflow;if(typeof data4 === "string"){if(!pattern19.test(data4)){const err18 = {instancePath:instancePath+"/workflowDispatch/workflow",schemaPath:"#/$defs/workflowDispatch/properties/workflow/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,200}\\.ya?ml$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,200}\\.ya?ml$"+"\"",schema:"^[A-Za-z0-9_.-]{1,200}\\.ya?ml$",parentSchema:schema60.properties.workflow,data:data4};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/workflowDispatch/workflow",schemaPath:"#/$defs/workflowDispatch/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.workflow.type,parentSchema:schema60.properties.workflow,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data2.ref !== undefined){let data5 = data2.ref;if(typeof data5 === "string"){if(!pattern20.test(data5)){const err20 = {instancePath:instancePath+"/workflowDispatch/ref",schemaPath:"#/$defs/workflowDispatch/properties/ref/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.][A-Za-z0-9_./-]{0,254}$"},message:"must match pattern \""+"^[A-Za-z0-9_.][A-Za-z0-9_./-]{0,254}$"+"\"",schema:"^[A-Za-z0-9_.][A-Za-z0-9_./-]{0,254}$",parentSchema:schema60.properties.ref,data:data5};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/workflowDispatch/ref",schemaPath:"#/$defs/workflowDispatch/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.ref.type,parentSchema:schema60.properties.ref,data:data5};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data2.inputs !== undefined){let data6 = data2.inputs;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(Object.keys(data6).length > 25){const err22 = {instancePath:instancePath+"/workflowDispatch/inputs",schemaPath:"#/$defs/workflowDispatch/properties/inputs/maxProperties",keyword:"maxProperties",params:{limit: 25},message:"must NOT have more than 25 properties",schema:25,parentSchema:schema60.properties.inputs,data:data6};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key2 in data6){const _errs31 = errors;if(typeof key2 === "string"){if(!pattern21.test(key2)){const err23 = {instancePath:instancePath+"/workflowDispatch/inputs",schemaPath:"#/$defs/workflowDispatch/properties/inputs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]{0,99}$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_-]{0,99}$",parentSchema:schema60.properties.inputs.propertyNames,data:key2,propertyName:key2};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}var valid8 = _errs31 === errors;if(!valid8){const err24 = {instancePath:instancePath+"/workflowDispatch/inputs",schemaPath:"#/$defs/workflowDispatch/properties/inputs/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema60.properties.inputs.propertyNames,parentSchema:schema60.properties.inputs,data:data6};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}for(const key3 in data6){let data7 = data6[key3];if(typeof data7 === "string"){if(func2(data7) > 1024){const err25 = {instancePath:instancePath+"/workflowDispatch/inputs/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/workflowDispatch/properties/inputs/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema60.properties.inputs.additionalProperties,data:data7};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/workflowDispatch/inputs/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/workflowDispatch/properties/inputs/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.inputs.additionalProperties.type,parentSchema:schema60.properties.inputs.additionalProperties,data:data7};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/workflowDispatch/inputs",schemaPath:"#/$defs/workflowDispatch/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.properties.inputs.type,parentSchema:schema60.properties.inputs,data:data6};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/workflowDispatch",schemaPath:"#/$defs/workflowDispatch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data:data2};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.maxConcurrency !== undefined){let data8 = data.maxConcurrency;if(typeof data8 === "string"){if(!pattern22.test(data8)){const err29 = {instancePath:instancePath+"/maxConcurrency",schemaPath:"#/$defs/concurrency/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]{0,4}|[1-9][0-9]?%|100%)$"},message:"must match pattern \""+"^([1-9][0-9]{0,4}|[1-9][0-9]?%|100%)$"+"\"",schema:"^([1-9][0-9]{0,4}|[1-9][0-9]?%|100%)$",parentSchema:schema61,data:data8};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/maxConcurrency",schemaPath:"#/$defs/concurrency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data8};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.maxErrors !== undefined){let data9 = data.maxErrors;if(typeof data9 === "string"){if(!pattern23.test(data9)){const err31 = {instancePath:instancePath+"/maxErrors",schemaPath:"#/$defs/rateControl/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,4}|[0-9]%|[1-9][0-9]%|100%)$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,4}|[0-9]%|[1-9][0-9]%|100%)$"+"\"",schema:"^(0|[1-9][0-9]{0,4}|[0-9]%|[1-9][0-9]%|100%)$",parentSchema:schema62,data:data9};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/maxErrors",schemaPath:"#/$defs/rateControl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data9};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.timeoutSeconds !== undefined){let data10 = data.timeoutSeconds;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err33 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.timeoutSeconds.type,parentSchema:schema55.properties.timeoutSeconds,data:data10};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 172800 || isNaN(data10)){const err34 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 172800},message:"must be <= 172800",schema:172800,parentSchema:schema55.properties.timeoutSeconds,data:data10};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data10 < 30 || isNaN(data10)){const err35 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 30},message:"must be >= 30",schema:30,parentSchema:schema55.properties.timeoutSeconds,data:data10};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data.guardAlarm !== undefined){let data11 = data.guardAlarm;if(typeof data11 === "string"){if(func2(data11) > 255){const err36 = {instancePath:instancePath+"/guardAlarm",schemaPath:"#/properties/guardAlarm/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema55.properties.guardAlarm,data:data11};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(func2(data11) < 1){const err37 = {instancePath:instancePath+"/guardAlarm",schemaPath:"#/properties/guardAlarm/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.guardAlarm,data:data11};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/guardAlarm",schemaPath:"#/properties/guardAlarm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.guardAlarm.type,parentSchema:schema55.properties.guardAlarm,data:data11};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}validate28.errors = vErrors;return errors === 0;}validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema63 = {"type":"object","additionalProperties":false,"minProperties":1,"description":"How OpsLoop proves the fix worked. Failure triggers `rollback`.","properties":{"alarmOk":{"type":"object","additionalProperties":false,"required":["within"],"properties":{"within":{"$ref":"#/$defs/duration","description":"How long the triggering alarm has to return to OK."},"alarmName":{"type":"string","minLength":1,"maxLength":255,"description":"The alarm that must return to OK. Defaults to the alarm that triggered the incident; required when the runbook handles events that are not alarms."}},"description":"Passes when the alarm is (or returns to) OK within `within`."},"check":{"type":"object","additionalProperties":false,"properties":{"runCommand":{"$ref":"#/$defs/runCommand"},"automation":{"$ref":"#/$defs/automation"},"retries":{"type":"integer","minimum":0,"maximum":20,"default":3},"interval":{"$ref":"#/$defs/duration"}},"description":"A check that passes when it succeeds: a command that exits 0 on every target, or an Automation document that ends in Success (e.g. one asserting an ECS service is steady).","if":{"required":["runCommand"]},"then":{"not":{"required":["automation"]}},"else":{"required":["automation"]}}}};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate34.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length < 1){const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema63,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((key0 === "alarmOk") || (key0 === "check"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.alarmOk !== undefined){let data0 = data.alarmOk;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.within === undefined){const err2 = {instancePath:instancePath+"/alarmOk",schemaPath:"#/properties/alarmOk/required",keyword:"required",params:{missingProperty: "within"},message:"must have required property '"+"within"+"'",schema:schema63.properties.alarmOk.required,parentSchema:schema63.properties.alarmOk,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key1 in data0){if(!((key1 === "within") || (key1 === "alarmName"))){const err3 = {instancePath:instancePath+"/alarmOk",schemaPath:"#/properties/alarmOk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema63.properties.alarmOk,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.within !== undefined){let data1 = data0.within;if(typeof data1 === "string"){if(!pattern11.test(data1)){const err4 = {instancePath:instancePath+"/alarmOk/within",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]*[smhd])+$"},message:"must match pattern \""+"^([1-9][0-9]*[smhd])+$"+"\"",schema:"^([1-9][0-9]*[smhd])+$",parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/alarmOk/within",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.alarmName !== undefined){let data2 = data0.alarmName;if(typeof data2 === "string"){if(func2(data2) > 255){const err6 = {instancePath:instancePath+"/alarmOk/alarmName",schemaPath:"#/properties/alarmOk/properties/alarmName/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema63.properties.alarmOk.properties.alarmName,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(func2(data2) < 1){const err7 = {instancePath:instancePath+"/alarmOk/alarmName",schemaPath:"#/properties/alarmOk/properties/alarmName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.alarmOk.properties.alarmName,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/alarmOk/alarmName",schemaPath:"#/properties/alarmOk/properties/alarmName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.alarmOk.properties.alarmName.type,parentSchema:schema63.properties.alarmOk.properties.alarmName,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/alarmOk",schemaPath:"#/properties/alarmOk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.alarmOk.type,parentSchema:schema63.properties.alarmOk,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.check !== undefined){let data3 = data.check;const _errs12 = errors;let valid3 = true;const _errs13 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if((data3.runCommand === undefined) && ("runCommand")){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid0 = _errs13 === errors;errors = _errs12;if(vErrors !== null){if(_errs12){vErrors.length = _errs12;}else {vErrors = null;}}let ifClause0;if(_valid0){const _errs14 = errors;const _errs15 = errors;const _errs16 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if((data3.automation === undefined) && ("automation")){const err11 = {};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}var valid4 = _errs16 === errors;if(valid4){const err12 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema63.properties.check.then.not,parentSchema:schema63.properties.check.then,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}}var _valid0 = _errs14 === errors;valid3 = _valid0;ifClause0 = "then";}else {const _errs17 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.automation === undefined){const err13 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/else/required",keyword:"required",params:{missingProperty: "automation"},message:"must have required property '"+"automation"+"'",schema:schema63.properties.check.else.required,parentSchema:schema63.properties.check.else,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}var _valid0 = _errs17 === errors;valid3 = _valid0;ifClause0 = "else";}if(!valid3){const err14 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema63.properties.check.if,parentSchema:schema63.properties.check,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key2 in data3){if(!((((key2 === "runCommand") || (key2 === "automation")) || (key2 === "retries")) || (key2 === "interval"))){const err15 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema63.properties.check,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data3.runCommand !== undefined){if(!(validate29(data3.runCommand, {instancePath:instancePath+"/check/runCommand",parentData:data3,parentDataProperty:"runCommand",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}if(data3.automation !== undefined){if(!(validate31(data3.automation, {instancePath:instancePath+"/check/automation",parentData:data3,parentDataProperty:"automation",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}}if(data3.retries !== undefined){let data6 = data3.retries;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err16 = {instancePath:instancePath+"/check/retries",schemaPath:"#/properties/check/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema63.properties.check.properties.retries.type,parentSchema:schema63.properties.check.properties.retries,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 20 || isNaN(data6)){const err17 = {instancePath:instancePath+"/check/retries",schemaPath:"#/properties/check/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema63.properties.check.properties.retries,data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data6 < 0 || isNaN(data6)){const err18 = {instancePath:instancePath+"/check/retries",schemaPath:"#/properties/check/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema63.properties.check.properties.retries,data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data3.interval !== undefined){let data7 = data3.interval;if(typeof data7 === "string"){if(!pattern11.test(data7)){const err19 = {instancePath:instancePath+"/check/interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([1-9][0-9]*[smhd])+$"},message:"must match pattern \""+"^([1-9][0-9]*[smhd])+$"+"\"",schema:"^([1-9][0-9]*[smhd])+$",parentSchema:schema54,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/check/interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.type,parentSchema:schema54,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/check",schemaPath:"#/properties/check/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.properties.check.type,parentSchema:schema63.properties.check,data:data3};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}validate34.errors = vErrors;return errors === 0;}validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.apiVersion === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.id === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.title === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.description === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.owners === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owners"},message:"must have required property '"+"owners"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.risk === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "risk"},message:"must have required property '"+"risk"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.match === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.targets === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.approval === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approval"},message:"must have required property '"+"approval"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.execution === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key0 in data){if(!(func1.call(schema31.properties, key0))){const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err11 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.apiVersion !== undefined){let data1 = data.apiVersion;if("opsloop/v1" !== data1){const err12 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "opsloop/v1"},message:"must be equal to constant",schema:"opsloop/v1",parentSchema:schema31.properties.apiVersion,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.id !== undefined){let data2 = data.id;if(typeof data2 === "string"){if(func2(data2) > 64){const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31.properties.id,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(!pattern4.test(data2)){const err14 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema31.properties.id,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.id.type,parentSchema:schema31.properties.id,data:data2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.title !== undefined){let data3 = data.title;if(typeof data3 === "string"){if(func2(data3) > 100){const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.title,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(func2(data3) < 3){const err17 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.title,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.title.type,parentSchema:schema31.properties.title,data:data3};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.description !== undefined){let data4 = data.description;if(typeof data4 === "string"){if(func2(data4) > 4000){const err19 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema31.properties.description,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(func2(data4) < 10){const err20 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters",schema:10,parentSchema:schema31.properties.description,data:data4};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data4};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.owners !== undefined){let data5 = data.owners;if(Array.isArray(data5)){if(data5.length < 1){const err22 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.owners,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(typeof data6 === "string"){if(!pattern5.test(data6)){const err23 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/$defs/principal/pattern",keyword:"pattern",params:{pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(/[A-Za-z0-9._-]{1,100})?$"},message:"must match pattern \""+"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(/[A-Za-z0-9._-]{1,100})?$"+"\"",schema:"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(/[A-Za-z0-9._-]{1,100})?$",parentSchema:schema32,data:data6};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/$defs/principal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){const err25 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.owners,data:data5};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;break outer0;}}}}}else {const err26 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.owners.type,parentSchema:schema31.properties.owners,data:data5};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.risk !== undefined){let data7 = data.risk;if(!(((data7 === "low") || (data7 === "medium")) || (data7 === "high"))){const err27 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/enum",keyword:"enum",params:{allowedValues: schema31.properties.risk.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.risk.enum,parentSchema:schema31.properties.risk,data:data7};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.priority !== undefined){let data8 = data.priority;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err28 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.priority.type,parentSchema:schema31.properties.priority,data:data8};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 100 || isNaN(data8)){const err29 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.priority,data:data8};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data8 < -100 || isNaN(data8)){const err30 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: -100},message:"must be >= -100",schema:-100,parentSchema:schema31.properties.priority,data:data8};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data.match !== undefined){let data9 = data.match;if(Array.isArray(data9)){if(data9.length < 1){const err31 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.match,data:data9};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}const len1 = data9.length;for(let i2=0; i2<len1; i2++){if(!(validate21(data9[i2], {instancePath:instancePath+"/match/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err32 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.match.type,parentSchema:schema31.properties.match,data:data9};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.exclude !== undefined){let data11 = data.exclude;if(Array.isArray(data11)){if(data11.length < 1){const err33 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.exclude,data:data11};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}const len2 = data11.length;for(let i3=0; i3<len2; i3++){if(!(validate23(data11[i3], {instancePath:instancePath+"/exclude/" + i3,parentData:data11,parentDataProperty:i3,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err34 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.exclude.type,parentSchema:schema31.properties.exclude,data:data11};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.parameters !== undefined){let data13 = data.parameters;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(Object.keys(data13).length > 20){const err35 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/maxProperties",keyword:"maxProperties",params:{limit: 20},message:"must NOT have more than 20 properties",schema:20,parentSchema:schema31.properties.parameters,data:data13};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}for(const key1 in data13){const _errs27 = errors;if(typeof key1 === "string"){if(!pattern7.test(key1)){const err36 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9_]{0,39}$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9_]{0,39}$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9_]{0,39}$",parentSchema:schema31.properties.parameters.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}var valid9 = _errs27 === errors;if(!valid9){const err37 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema31.properties.parameters.propertyNames,parentSchema:schema31.properties.parameters,data:data13};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}for(const key2 in data13){let data14 = data13[key2];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.type === undefined){const err38 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/parameter/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema51.required,parentSchema:schema51,data:data14};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data14.description === undefined){const err39 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/parameter/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema51.required,parentSchema:schema51,data:data14};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}for(const key3 in data14){if(!(func1.call(schema51.properties, key3))){const err40 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/parameter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data14};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data14.type !== undefined){let data15 = data14.type;if(!((((data15 === "string") || (data15 === "integer")) || (data15 === "number")) || (data15 === "boolean"))){const err41 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/parameter/properties/type/enum",keyword:"enum",params:{allowedValues: schema51.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema51.properties.type.enum,parentSchema:schema51.properties.type,data:data15};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data14.description !== undefined){let data16 = data14.description;if(typeof data16 === "string"){if(func2(data16) > 500){const err42 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/parameter/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema51.properties.description,data:data16};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(func2(data16) < 3){const err43 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/parameter/properties/description/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema51.properties.description,data:data16};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}else {const err44 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/parameter/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.description.type,parentSchema:schema51.properties.description,data:data16};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data14.enum !== undefined){let data17 = data14.enum;if(Array.isArray(data17)){if(data17.length < 1){const err45 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/$defs/parameter/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema51.properties.enum,data:data17};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}const len3 = data17.length;for(let i4=0; i4<len3; i4++){let data18 = data17[i4];if(((typeof data18 !== "string") && (!((typeof data18 == "number") && (isFinite(data18))))) && (typeof data18 !== "boolean")){const err46 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i4,schemaPath:"#/$defs/parameter/properties/enum/items/type",keyword:"type",params:{type: schema51.properties.enum.items.type},message:"must be string,integer,number,boolean",schema:schema51.properties.enum.items.type,parentSchema:schema51.properties.enum.items,data:data18};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}let i5 = data17.length;let j1;if(i5 > 1){const indices0 = {};for(;i5--;){let item0 = data17[i5];if(((typeof item0 !== "string") && (!((typeof item0 == "number") && (isFinite(item0))))) && (typeof item0 !== "boolean")){continue;}if(typeof item0 == "string"){item0 += "_";}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err47 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/$defs/parameter/properties/enum/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema51.properties.enum,data:data17};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;break;}indices0[item0] = i5;}}}else {const err48 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/$defs/parameter/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.enum.type,parentSchema:schema51.properties.enum,data:data17};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data14.pattern !== undefined){let data19 = data14.pattern;if(typeof data19 === "string"){if(func2(data19) < 2){const err49 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/$defs/parameter/properties/pattern/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema51.properties.pattern,data:data19};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/$defs/parameter/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.pattern.type,parentSchema:schema51.properties.pattern,data:data19};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data14.minLength !== undefined){let data20 = data14.minLength;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err51 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minLength",schemaPath:"#/$defs/parameter/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.minLength.type,parentSchema:schema51.properties.minLength,data:data20};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 0 || isNaN(data20)){const err52 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minLength",schemaPath:"#/$defs/parameter/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51.properties.minLength,data:data20};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data14.maxLength !== undefined){let data21 = data14.maxLength;if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){const err53 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxLength",schemaPath:"#/$defs/parameter/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.maxLength.type,parentSchema:schema51.properties.maxLength,data:data21};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if((typeof data21 == "number") && (isFinite(data21))){if(data21 > 4096 || isNaN(data21)){const err54 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxLength",schemaPath:"#/$defs/parameter/properties/maxLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4096},message:"must be <= 4096",schema:4096,parentSchema:schema51.properties.maxLength,data:data21};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data21 < 1 || isNaN(data21)){const err55 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxLength",schemaPath:"#/$defs/parameter/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.maxLength,data:data21};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}if(data14.minimum !== undefined){let data22 = data14.minimum;if(!((typeof data22 == "number") && (isFinite(data22)))){const err56 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minimum",schemaPath:"#/$defs/parameter/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.minimum.type,parentSchema:schema51.properties.minimum,data:data22};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data14.maximum !== undefined){let data23 = data14.maximum;if(!((typeof data23 == "number") && (isFinite(data23)))){const err57 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/maximum",schemaPath:"#/$defs/parameter/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.maximum.type,parentSchema:schema51.properties.maximum,data:data23};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data14.default !== undefined){let data24 = data14.default;if(((typeof data24 !== "string") && (!((typeof data24 == "number") && (isFinite(data24))))) && (typeof data24 !== "boolean")){const err58 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/default",schemaPath:"#/$defs/parameter/properties/default/type",keyword:"type",params:{type: schema51.properties.default.type},message:"must be string,integer,number,boolean",schema:schema51.properties.default.type,parentSchema:schema51.properties.default,data:data24};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data14.from !== undefined){let data25 = data14.from;if(typeof data25 === "string"){if(!pattern8.test(data25)){const err59 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/$defs/parameter/properties/from/pattern",keyword:"pattern",params:{pattern: "^(dimensions|tags|context)\\.[A-Za-z0-9_.:/-]{1,128}$|^ecs\\.(cluster|service|taskDefinition|previousTaskDefinition)$|^change\\.(sha|deployment|deploymentSha|previousSha|service|repository|environment)$|^(alarmName|region|account|resourceId|autoScalingGroup)$"},message:"must match pattern \""+"^(dimensions|tags|context)\\.[A-Za-z0-9_.:/-]{1,128}$|^ecs\\.(cluster|service|taskDefinition|previousTaskDefinition)$|^change\\.(sha|deployment|deploymentSha|previousSha|service|repository|environment)$|^(alarmName|region|account|resourceId|autoScalingGroup)$"+"\"",schema:"^(dimensions|tags|context)\\.[A-Za-z0-9_.:/-]{1,128}$|^ecs\\.(cluster|service|taskDefinition|previousTaskDefinition)$|^change\\.(sha|deployment|deploymentSha|previousSha|service|repository|environment)$|^(alarmName|region|account|resourceId|autoScalingGroup)$",parentSchema:schema51.properties.from,data:data25};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/from",schemaPath:"#/$defs/parameter/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.from.type,parentSchema:schema51.properties.from,data:data25};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data14.sensitive !== undefined){let data26 = data14.sensitive;if(typeof data26 !== "boolean"){const err61 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sensitive",schemaPath:"#/$defs/parameter/properties/sensitive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.sensitive.type,parentSchema:schema51.properties.sensitive,data:data26};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data14.selects !== undefined){let data27 = data14.selects;if(typeof data27 !== "boolean"){const err62 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/selects",schemaPath:"#/$defs/parameter/properties/selects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.selects.type,parentSchema:schema51.properties.selects,data:data27};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data14.defaultIsSafe !== undefined){let data28 = data14.defaultIsSafe;if(typeof data28 !== "boolean"){const err63 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/defaultIsSafe",schemaPath:"#/$defs/parameter/properties/defaultIsSafe/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.defaultIsSafe.type,parentSchema:schema51.properties.defaultIsSafe,data:data28};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/parameter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data14};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.parameters.type,parentSchema:schema31.properties.parameters,data:data13};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data.targets !== undefined){let data29 = data.targets;const _errs64 = errors;let valid18 = true;const _errs65 = errors;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.from !== undefined){if("dimension" !== data29.from){const err66 = {};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}var _valid0 = _errs65 === errors;errors = _errs64;if(vErrors !== null){if(_errs64){vErrors.length = _errs64;}else {vErrors = null;}}if(_valid0){const _errs67 = errors;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.dimension === undefined){const err67 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/allOf/0/then/required",keyword:"required",params:{missingProperty: "dimension"},message:"must have required property '"+"dimension"+"'",schema:schema52.allOf[0].then.required,parentSchema:schema52.allOf[0].then,data:data29};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}var _valid0 = _errs67 === errors;valid18 = _valid0;}if(!valid18){const err68 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.allOf[0].if,parentSchema:schema52.allOf[0],data:data29};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}const _errs69 = errors;let valid20 = true;const _errs70 = errors;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.from !== undefined){if("resources" !== data29.from){const err69 = {};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}var _valid1 = _errs70 === errors;errors = _errs69;if(vErrors !== null){if(_errs69){vErrors.length = _errs69;}else {vErrors = null;}}if(_valid1){const _errs72 = errors;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.resourcePattern === undefined){const err70 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/allOf/1/then/required",keyword:"required",params:{missingProperty: "resourcePattern"},message:"must have required property '"+"resourcePattern"+"'",schema:schema52.allOf[1].then.required,parentSchema:schema52.allOf[1].then,data:data29};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}var _valid1 = _errs72 === errors;valid20 = _valid1;}if(!valid20){const err71 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.allOf[1].if,parentSchema:schema52.allOf[1],data:data29};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}const _errs74 = errors;let valid22 = true;const _errs75 = errors;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.from !== undefined){if("tags" !== data29.from){const err72 = {};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}var _valid2 = _errs75 === errors;errors = _errs74;if(vErrors !== null){if(_errs74){vErrors.length = _errs74;}else {vErrors = null;}}if(_valid2){const _errs77 = errors;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.tags === undefined){const err73 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/allOf/2/then/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'",schema:schema52.allOf[2].then.required,parentSchema:schema52.allOf[2].then,data:data29};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}var _valid2 = _errs77 === errors;valid22 = _valid2;}if(!valid22){const err74 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.allOf[2].if,parentSchema:schema52.allOf[2],data:data29};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}const _errs79 = errors;let valid24 = true;const _errs80 = errors;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.from !== undefined){if("parameter" !== data29.from){const err75 = {};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}var _valid3 = _errs80 === errors;errors = _errs79;if(vErrors !== null){if(_errs79){vErrors.length = _errs79;}else {vErrors = null;}}if(_valid3){const _errs82 = errors;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.parameter === undefined){const err76 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/allOf/3/then/required",keyword:"required",params:{missingProperty: "parameter"},message:"must have required property '"+"parameter"+"'",schema:schema52.allOf[3].then.required,parentSchema:schema52.allOf[3].then,data:data29};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}var _valid3 = _errs82 === errors;valid24 = _valid3;}if(!valid24){const err77 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema52.allOf[3].if,parentSchema:schema52.allOf[3],data:data29};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(data29 && typeof data29 == "object" && !Array.isArray(data29)){if(data29.from === undefined){const err78 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema52.required,parentSchema:schema52,data:data29};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data29.max === undefined){const err79 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema52.required,parentSchema:schema52,data:data29};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}for(const key4 in data29){if(!((((((key4 === "from") || (key4 === "dimension")) || (key4 === "resourcePattern")) || (key4 === "tags")) || (key4 === "parameter")) || (key4 === "max"))){const err80 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data:data29};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data29.from !== undefined){let data34 = data29.from;if(!((((data34 === "dimension") || (data34 === "resources")) || (data34 === "tags")) || (data34 === "parameter"))){const err81 = {instancePath:instancePath+"/targets/from",schemaPath:"#/$defs/targets/properties/from/enum",keyword:"enum",params:{allowedValues: schema52.properties.from.enum},message:"must be equal to one of the allowed values",schema:schema52.properties.from.enum,parentSchema:schema52.properties.from,data:data34};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data29.dimension !== undefined){let data35 = data29.dimension;if(typeof data35 === "string"){if(func2(data35) < 1){const err82 = {instancePath:instancePath+"/targets/dimension",schemaPath:"#/$defs/targets/properties/dimension/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.dimension,data:data35};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}else {const err83 = {instancePath:instancePath+"/targets/dimension",schemaPath:"#/$defs/targets/properties/dimension/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.dimension.type,parentSchema:schema52.properties.dimension,data:data35};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data29.resourcePattern !== undefined){let data36 = data29.resourcePattern;if(typeof data36 === "string"){if(func2(data36) < 1){const err84 = {instancePath:instancePath+"/targets/resourcePattern",schemaPath:"#/$defs/targets/properties/resourcePattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.resourcePattern,data:data36};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}else {const err85 = {instancePath:instancePath+"/targets/resourcePattern",schemaPath:"#/$defs/targets/properties/resourcePattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.resourcePattern.type,parentSchema:schema52.properties.resourcePattern,data:data36};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data29.tags !== undefined){let data37 = data29.tags;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){if(Object.keys(data37).length > 5){const err86 = {instancePath:instancePath+"/targets/tags",schemaPath:"#/$defs/targets/properties/tags/maxProperties",keyword:"maxProperties",params:{limit: 5},message:"must NOT have more than 5 properties",schema:5,parentSchema:schema52.properties.tags,data:data37};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(Object.keys(data37).length < 1){const err87 = {instancePath:instancePath+"/targets/tags",schemaPath:"#/$defs/targets/properties/tags/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema52.properties.tags,data:data37};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}for(const key5 in data37){let data38 = data37[key5];if(Array.isArray(data38)){if(data38.length > 50){const err88 = {instancePath:instancePath+"/targets/tags/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/targets/properties/tags/additionalProperties/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema52.properties.tags.additionalProperties,data:data38};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}if(data38.length < 1){const err89 = {instancePath:instancePath+"/targets/tags/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/targets/properties/tags/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema52.properties.tags.additionalProperties,data:data38};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}const len4 = data38.length;for(let i6=0; i6<len4; i6++){let data39 = data38[i6];if(typeof data39 === "string"){if(func2(data39) < 1){const err90 = {instancePath:instancePath+"/targets/tags/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/$defs/targets/properties/tags/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.tags.additionalProperties.items,data:data39};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}else {const err91 = {instancePath:instancePath+"/targets/tags/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/$defs/targets/properties/tags/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.tags.additionalProperties.items.type,parentSchema:schema52.properties.tags.additionalProperties.items,data:data39};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}else {const err92 = {instancePath:instancePath+"/targets/tags/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/targets/properties/tags/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.tags.additionalProperties.type,parentSchema:schema52.properties.tags.additionalProperties,data:data38};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}}else {const err93 = {instancePath:instancePath+"/targets/tags",schemaPath:"#/$defs/targets/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.tags.type,parentSchema:schema52.properties.tags,data:data37};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data29.parameter !== undefined){let data40 = data29.parameter;if(typeof data40 === "string"){if(func2(data40) < 1){const err94 = {instancePath:instancePath+"/targets/parameter",schemaPath:"#/$defs/targets/properties/parameter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.parameter,data:data40};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}else {const err95 = {instancePath:instancePath+"/targets/parameter",schemaPath:"#/$defs/targets/properties/parameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.parameter.type,parentSchema:schema52.properties.parameter,data:data40};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data29.max !== undefined){let data41 = data29.max;if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){const err96 = {instancePath:instancePath+"/targets/max",schemaPath:"#/$defs/targets/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.max.type,parentSchema:schema52.properties.max,data:data41};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}if((typeof data41 == "number") && (isFinite(data41))){if(data41 > 50 || isNaN(data41)){const err97 = {instancePath:instancePath+"/targets/max",schemaPath:"#/$defs/targets/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50",schema:50,parentSchema:schema52.properties.max,data:data41};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if(data41 < 1 || isNaN(data41)){const err98 = {instancePath:instancePath+"/targets/max",schemaPath:"#/$defs/targets/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema52.properties.max,data:data41};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}}}else {const err99 = {instancePath:instancePath+"/targets",schemaPath:"#/$defs/targets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data29};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data.approval !== undefined){if(!(validate26(data.approval, {instancePath:instancePath+"/approval",parentData:data,parentDataProperty:"approval",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.execution !== undefined){if(!(validate28(data.execution, {instancePath:instancePath+"/execution",parentData:data,parentDataProperty:"execution",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}}if(data.verify !== undefined){if(!(validate34(data.verify, {instancePath:instancePath+"/verify",parentData:data,parentDataProperty:"verify",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}if(data.rollback !== undefined){if(!(validate28(data.rollback, {instancePath:instancePath+"/rollback",parentData:data,parentDataProperty:"rollback",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}}if(data.limits !== undefined){let data46 = data.limits;if(data46 && typeof data46 == "object" && !Array.isArray(data46)){for(const key6 in data46){if(!((key6 === "runsPerHour") || (key6 === "runsPerTargetPerDay"))){const err100 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.limits,data:data46};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data46.runsPerHour !== undefined){let data47 = data46.runsPerHour;if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){const err101 = {instancePath:instancePath+"/limits/runsPerHour",schemaPath:"#/properties/limits/properties/runsPerHour/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.limits.properties.runsPerHour.type,parentSchema:schema31.properties.limits.properties.runsPerHour,data:data47};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if((typeof data47 == "number") && (isFinite(data47))){if(data47 > 60 || isNaN(data47)){const err102 = {instancePath:instancePath+"/limits/runsPerHour",schemaPath:"#/properties/limits/properties/runsPerHour/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60",schema:60,parentSchema:schema31.properties.limits.properties.runsPerHour,data:data47};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}if(data47 < 1 || isNaN(data47)){const err103 = {instancePath:instancePath+"/limits/runsPerHour",schemaPath:"#/properties/limits/properties/runsPerHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.limits.properties.runsPerHour,data:data47};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}}if(data46.runsPerTargetPerDay !== undefined){let data48 = data46.runsPerTargetPerDay;if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){const err104 = {instancePath:instancePath+"/limits/runsPerTargetPerDay",schemaPath:"#/properties/limits/properties/runsPerTargetPerDay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.limits.properties.runsPerTargetPerDay.type,parentSchema:schema31.properties.limits.properties.runsPerTargetPerDay,data:data48};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}if((typeof data48 == "number") && (isFinite(data48))){if(data48 > 100 || isNaN(data48)){const err105 = {instancePath:instancePath+"/limits/runsPerTargetPerDay",schemaPath:"#/properties/limits/properties/runsPerTargetPerDay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.limits.properties.runsPerTargetPerDay,data:data48};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if(data48 < 1 || isNaN(data48)){const err106 = {instancePath:instancePath+"/limits/runsPerTargetPerDay",schemaPath:"#/properties/limits/properties/runsPerTargetPerDay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.limits.properties.runsPerTargetPerDay,data:data48};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}}}else {const err107 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.limits.type,parentSchema:schema31.properties.limits,data:data46};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data.tests !== undefined){let data49 = data.tests;if(Array.isArray(data49)){const len5 = data49.length;for(let i7=0; i7<len5; i7++){let data50 = data49[i7];if(typeof data50 === "string"){if(func2(data50) < 1){const err108 = {instancePath:instancePath+"/tests/" + i7,schemaPath:"#/properties/tests/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.tests.items,data:data50};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}if(!pattern26.test(data50)){const err109 = {instancePath:instancePath+"/tests/" + i7,schemaPath:"#/properties/tests/items/pattern",keyword:"pattern",params:{pattern: "\\.json$"},message:"must match pattern \""+"\\.json$"+"\"",schema:"\\.json$",parentSchema:schema31.properties.tests.items,data:data50};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}else {const err110 = {instancePath:instancePath+"/tests/" + i7,schemaPath:"#/properties/tests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.tests.items.type,parentSchema:schema31.properties.tests.items,data:data50};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}let i8 = data49.length;let j2;if(i8 > 1){const indices1 = {};for(;i8--;){let item1 = data49[i8];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j2 = indices1[item1];const err111 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)",schema:true,parentSchema:schema31.properties.tests,data:data49};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;break;}indices1[item1] = i8;}}}else {const err112 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tests.type,parentSchema:schema31.properties.tests,data:data49};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}else {const err113 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// The file-system edge of catalog validation: finds runbook files and reads them (and their
// example incidents) safely. Everything it refuses comes back as a reason, never a throw.
// Local reads are synchronous on purpose: thousands of small files read far faster that way than
// through the thread pool, and nothing else runs meanwhile. The FileReader interface stays async
// so that a reader backed by the GitHub contents API fits the same place.
const MAX_FILE_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });
/** The nearest ancestor holding `.git`, or the start directory itself. */
function findRepositoryRoot(start) {
    let dir = resolve$1(start);
    for (;;) {
        if (existsSync(join(dir, '.git')))
            return dir;
        const parent = dirname(dir);
        if (parent === dir)
            return resolve$1(start);
        dir = parent;
    }
}
function inside(root, path) {
    const rel = relative(root, path);
    return (rel === '' ||
        (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel)));
}
function realpathOrUndefined(path) {
    try {
        return realpathSync(path);
    }
    catch {
        return undefined;
    }
}
function displayPath(path, cwd = process.cwd()) {
    const rel = relative(cwd, path);
    return (rel === '' || rel.startsWith('..') ? path : rel).split(sep).join('/');
}
const outsideLink = (target) => `symbolic link points outside the repository (to ${target}); commit the file itself instead of a link`;
function readSafely(file, root, realRoot) {
    const abs = resolve$1(file);
    if (!inside(realRoot, abs) && !inside(root, abs)) {
        return {
            ok: false,
            reason: `the path leaves the repository (${displayPath(abs)}); keep runbook files inside it`
        };
    }
    let info;
    try {
        info = lstatSync(abs);
    }
    catch {
        return { ok: false, reason: 'file not found' };
    }
    if (info.isSymbolicLink()) {
        const target = realpathOrUndefined(abs);
        if (target === undefined)
            return { ok: false, reason: 'symbolic link to a file that does not exist' };
        if (!inside(realRoot, target))
            return { ok: false, reason: outsideLink(target) };
        info = statSync(target);
    }
    if (!info.isFile())
        return { ok: false, reason: 'not a regular file' };
    if (info.size > MAX_FILE_BYTES) {
        return {
            ok: false,
            reason: `file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MB): split it or remove bulky content`
        };
    }
    const bytes = readFileSync(abs);
    if (bytes.includes(0))
        return {
            ok: false,
            reason: 'file is binary (it contains NUL bytes); runbooks and examples must be UTF-8 text'
        };
    try {
        return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
    }
    catch {
        return { ok: false, reason: 'file is not valid UTF-8 text; save it as UTF-8' };
    }
}
function fileReader(root) {
    const absRoot = resolve$1(root);
    const realRoot = realpathOrUndefined(absRoot) ?? absRoot;
    return { readText: (file) => Promise.resolve(readSafely(file, absRoot, realRoot)) };
}
/** Runbook files (`*.yaml`, `*.yml`) below `dir`, sorted; hidden folders and node_modules are skipped. */
function listRunbookFiles(dir, root) {
    const files = [];
    const refused = [];
    const realRoot = realpathOrUndefined(root) ?? resolve$1(root);
    const isYaml = (name) => /\.ya?ml$/.test(name);
    const walk = (d) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
            const path = join(d, e.name);
            if (e.isDirectory()) {
                if (!e.name.startsWith('.') && e.name !== 'node_modules')
                    walk(path);
            }
            else if (e.isSymbolicLink()) {
                // Linked folders are not followed (they would list files twice); linked files are read.
                const target = realpathOrUndefined(path);
                if (target !== undefined && !inside(realRoot, target))
                    refused.push({ file: path, reason: outsideLink(target) });
                else if (isYaml(e.name) && (target === undefined || !statSync(target).isDirectory()))
                    files.push(path);
            }
            else if (e.isFile() && isYaml(e.name)) {
                files.push(path);
            }
        }
    };
    walk(resolve$1(dir));
    files.sort();
    return { files, refused };
}

// Reads a catalog directory into SourceTexts, turning everything unreadable into problems.
const atStart = (file, message, rule = 'file') => ({
    file,
    line: 1,
    column: 1,
    severity: 'error',
    rule,
    message
});
async function loadCatalog(dir, root = findRepositoryRoot(dir)) {
    const reader = fileReader(root);
    const shown = displayPath(dir);
    const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
    if (!isDir) {
        return {
            dir,
            sources: [],
            reader,
            problems: [
                atStart(shown, `catalog directory \`${shown}\` does not exist; create it or pass the folder that holds your runbooks (\`opsloop validate DIR\`)`, 'catalog')
            ]
        };
    }
    const listed = listRunbookFiles(dir, root);
    const problems = listed.refused.map((r) => atStart(displayPath(r.file), r.reason));
    const sources = [];
    for (const path of listed.files) {
        const file = displayPath(path);
        const read = await reader.readText(path);
        if (read.ok)
            sources.push({ file, text: read.text });
        else
            problems.push(atStart(file, read.reason));
    }
    if (listed.files.length === 0 && listed.refused.length === 0) {
        problems.push(atStart(shown, `the catalog \`${shown}\` holds no runbooks (*.yaml or *.yml); add one (see README: Runbook format) or point at the right folder`, 'catalog'));
    }
    return { dir, sources, problems, reader };
}

/** Why a parameter's value cannot go into a dispatch, or undefined when it can. */
function unpredictable(name, p) {
    if (p.sensitive === true)
        return `parameter \`${name}\` is sensitive, and workflow inputs are shown in \`/dry-run\`, the run's comments and the workflow run's page`;
    const why = unconstrained(p);
    if (why === undefined)
        return undefined;
    return `parameter \`${name}\` ${why}, so the workflow could be handed any value; give it an \`enum\` or an anchored \`pattern\` (a commit: \`^[0-9a-f]{40}$\`)`;
}
/** SSM-only settings, and what to do instead. */
const SSM_ONLY = [
    ['guardAlarm', 'SSM watches a guard alarm while its own runs: a dispatched workflow has none'],
    ['maxConcurrency', 'rate control applies to SSM runs, not to one workflow dispatch'],
    ['maxErrors', 'rate control applies to SSM runs, not to one workflow dispatch']
];
function checkWorkflowDispatches(rb, source) {
    const problems = [];
    const declared = rb.parameters ?? {};
    const steps = [
        ['execution', rb.execution],
        ['rollback', rb.rollback]
    ];
    for (const [step, action] of steps) {
        const dispatch = action?.workflowDispatch;
        if (!action || !dispatch)
            continue;
        for (const [key, why] of SSM_ONLY) {
            if (action[key] === undefined)
                continue;
            problems.push({
                file: source.file,
                ...locate(source, [step, key], 'key'),
                severity: 'error',
                rule: 'workflow-dispatch',
                message: `\`${step}.${key}\` does nothing for a \`workflowDispatch\` step (${why}): remove it`
            });
        }
        for (const [input, template] of Object.entries(dispatch.inputs ?? {})) {
            if (template === undefined)
                continue;
            const at = [step, 'workflowDispatch', 'inputs', input];
            const push = (index, rule, message) => {
                problems.push({
                    file: source.file,
                    ...locateInString(source, at, index),
                    severity: 'error',
                    rule,
                    message
                });
            };
            for (const ref of references(template)) {
                if (ref.kind === 'invalid')
                    push(ref.index, 'template-reference', `\`${ref.text}\` is not a valid reference: ${ref.reason}`);
                else if (ref.kind === 'targets')
                    push(ref.index, 'workflow-dispatch', '`{{ targets }}` cannot be a workflow input: pass what the workflow acts on as a parameter constrained by `enum` or an anchored `pattern`');
                else if (!(ref.name in declared)) {
                    const hint = didYouMean(ref.name, Object.keys(declared));
                    push(ref.index, 'template-reference', `\`${ref.text}\` refers to an undeclared parameter${hint ? `${hint} Otherwise declare` : ': declare'} \`${ref.name}\` under \`parameters\``);
                }
                else {
                    const param = declared[ref.name];
                    const reason = param && unpredictable(ref.name, param);
                    if (reason)
                        push(ref.index, 'workflow-dispatch', `\`${ref.text}\` is a workflow input, but ${reason}`);
                }
            }
        }
    }
    return problems;
}

/** Documents that take `commands` as shell lines. */
const SHELL_DOCUMENTS = new Set(['AWS-RunShellScript']);
const DEFAULT_ALLOWED_DOCUMENTS = [
    'AWS-RunShellScript',
    'AWS-RestartEC2Instance',
    'AWS-StartEC2Instance',
    'AWS-StopEC2Instance',
    'OpsLoop-*'
];
function ssmCalls(rb) {
    const calls = [];
    const from = (step, at) => {
        const { runCommand, automation } = step ?? {};
        if (runCommand)
            calls.push({ path: [...at, 'runCommand'], document: runCommand.document, runCommand });
        if (automation)
            calls.push({ path: [...at, 'automation'], document: automation.document, automation });
    };
    from(rb.execution, ['execution']);
    from(rb.rollback, ['rollback']);
    from(rb.verify?.check, ['verify', 'check']);
    return calls;
}
function templatedStrings(rb) {
    const out = [];
    const params = (values, path, shell) => {
        for (const [k, v] of Object.entries(values ?? {})) {
            if (typeof v === 'string')
                out.push({ path: [...path, k], value: v, shell });
            else
                v?.forEach((s, i) => out.push({ path: [...path, k, i], value: s, shell }));
        }
    };
    for (const call of ssmCalls(rb)) {
        if (call.runCommand) {
            // A Run Command document's parameters may end up in a shell: treat them as such.
            call.runCommand.commands?.forEach((c, i) => out.push({ path: [...call.path, 'commands', i], value: c, shell: true }));
            params(call.runCommand.parameters, [...call.path, 'parameters'], true);
        }
        else {
            params(call.automation?.parameters, [...call.path, 'parameters'], false);
        }
    }
    for (const [k, values] of Object.entries(rb.targets.tags ?? {})) {
        values?.forEach((v, i) => out.push({ path: ['targets', 'tags', k, i], value: v, shell: false }));
    }
    return out;
}
function reporter(source, problems) {
    return (path, rule, message, at = 'value') => problems.push({
        file: source.file,
        ...locate(source, path, at),
        severity: 'error',
        rule,
        message
    });
}
function checkParameters(rb, report) {
    for (const [name, p] of Object.entries(rb.parameters ?? {})) {
        const at = ['parameters', name];
        if (p.pattern !== undefined) {
            const re = compilePattern(p.pattern);
            if (re instanceof Error)
                report([...at, 'pattern'], 'parameter', `\`${name}\`'s pattern is not a valid regular expression: ${re.message}`);
            if (p.type !== 'string')
                report([...at, 'pattern'], 'parameter', `\`${name}\` has a pattern but is ${p.type}; patterns apply to strings only`);
        }
        p.enum?.forEach((v, i) => {
            const wrong = checkParameterValue({ type: p.type}, v);
            if (wrong)
                report([...at, 'enum', i], 'parameter', `\`${name}\`'s enum value ${wrong}`);
        });
        if (p.minimum !== undefined && p.maximum !== undefined && p.minimum > p.maximum) {
            report([...at, 'minimum'], 'parameter', `\`${name}\` has minimum ${p.minimum} above maximum ${p.maximum}`);
        }
        if (p.minLength !== undefined && p.maxLength !== undefined && p.minLength > p.maxLength) {
            report([...at, 'minLength'], 'parameter', `\`${name}\` has minLength ${p.minLength} above maxLength ${p.maxLength}`);
        }
        if ((p.minimum !== undefined || p.maximum !== undefined) &&
            p.type !== 'integer' &&
            p.type !== 'number') {
            report([...at, 'type'], 'parameter', `\`${name}\` has minimum/maximum but is ${p.type}; bounds apply to numbers only`);
        }
        if (p.default !== undefined) {
            const wrong = checkParameterValue(p, p.default);
            if (wrong)
                report([...at, 'default'], 'parameter', `\`${name}\`'s default ${wrong}; make the default pass the parameter's own constraints`);
        }
    }
}
function checkTemplates(rb, strings, report, source, problems) {
    const declared = rb.parameters ?? {};
    const inShell = new Map();
    for (const s of strings) {
        for (const ref of references(s.value)) {
            const pos = locateInString(source, s.path, ref.index);
            const push = (rule, message) => {
                problems.push({ file: source.file, ...pos, severity: 'error', rule, message });
            };
            if (ref.kind === 'invalid') {
                push('template-reference', `\`${ref.text}\` is not a valid reference: ${ref.reason}`);
            }
            else if (ref.kind === 'targets' && s.shell) {
                push('shell-injection', '`{{ targets }}` cannot be used in shell commands: targets come from the incident, which is untrusted input, and SSM already runs the command on each target (read the instance id from instance metadata if a script needs it)');
            }
            else if (ref.kind === 'param') {
                if (!(ref.name in declared)) {
                    const hint = didYouMean(ref.name, Object.keys(declared));
                    const fix = hint ? `${hint} Otherwise declare` : ': declare';
                    push('template-reference', `\`${ref.text}\` refers to an undeclared parameter${fix} \`${ref.name}\` under \`parameters\``);
                }
                else if (s.shell && !inShell.has(ref.name)) {
                    inShell.set(ref.name, s.path);
                }
            }
        }
    }
    for (const [name, usedAt] of inShell) {
        const p = declared[name];
        const reason = p ? shellUnsafeReason(p) : undefined;
        if (reason) {
            report(['parameters', name], 'shell-injection', `parameter \`${name}\` reaches a shell command (${formatPath(usedAt)}) but ${reason}`, 'key');
        }
    }
}
/** Could this rule match a CloudWatch alarm incident? */
function mayMatchAlarm(rule) {
    const sources = rule.source === undefined
        ? ['aws.cloudwatch']
        : typeof rule.source === 'string'
            ? [rule.source]
            : rule.source;
    return rule.eventName === undefined && sources.some((s) => globMatch(s, 'aws.cloudwatch'));
}
function referencesTargets(rb, strings) {
    const targetParam = rb.targets.from === 'parameter' ? rb.targets.parameter : undefined;
    return strings.some((s) => references(s.value).some((r) => r.kind === 'targets' || (r.kind === 'param' && r.name === targetParam)));
}
// One allow-list serves a whole catalog: compile it once, not once per document of every runbook.
const allowLists = new WeakMap();
function allowListOf(globs) {
    let allowed = allowLists.get(globs);
    if (!allowed) {
        allowed = compileGlob(globs);
        allowLists.set(globs, allowed);
    }
    return allowed;
}
function checkDocuments(rb, options, report) {
    const allowed = allowListOf(options.allowedDocuments);
    for (const call of ssmCalls(rb)) {
        if (!allowed(call.document)) {
            report([...call.path, 'document'], 'document-allow-list', `SSM document \`${call.document}\` is not on the allow-list (${options.allowedDocuments.join(', ')}); use an allowed document or add it to the \`allowed-documents\` input`);
        }
        if (!call.runCommand || !SHELL_DOCUMENTS.has(call.document))
            continue;
        const commands = call.runCommand.commands;
        if (!commands) {
            report(call.path, 'shell-commands', `\`${call.document}\` needs \`commands\``, 'key');
        }
        else if (!failsLoudly(commands)) {
            report([...call.path, 'commands', 0], 'shell-strict-mode', 'shell commands must start with `set -euo pipefail` so a failing step fails the run instead of reporting Success');
        }
    }
}
function checkRisk(rb, report) {
    if (rb.risk === 'high' && !rb.verify) {
        report(['risk'], 'high-risk', 'high-risk runbooks must declare `verify` (how OpsLoop proves the fix worked)');
    }
    if (rb.risk === 'high' && !rb.rollback) {
        report(['risk'], 'high-risk', 'high-risk runbooks must declare `rollback` (what runs when execution or verification fails)');
    }
    if (rb.risk !== 'low' && !rb.approval.required) {
        report(['approval', 'required'], 'approval', `${rb.risk}-risk runbooks must set \`approval.required: true\``);
    }
}
/** A value that is exactly one `{{ targets }}` reference. */
const isOnlyTargets = (value) => {
    const refs = references(value);
    return refs.length === 1 && refs[0]?.kind === 'targets' && refs[0].text === value.trim();
};
function checkTargets(rb, strings, report) {
    const t = rb.targets;
    const declared = Object.keys(rb.parameters ?? {});
    if (t.from === 'parameter' && t.parameter !== undefined && !declared.includes(t.parameter)) {
        report(['targets', 'parameter'], 'targets', `\`targets.parameter\` names \`${t.parameter}\`, which is not declared under \`parameters\`${didYouMean(t.parameter, declared)}`);
    }
    if (t.from === 'tags' && rb.execution.automation) {
        report(['targets', 'from'], 'targets', 'tag targets work with `runCommand` only; an Automation document takes its target through a parameter (use `from: dimension`, `resources` or `parameter` and pass `{{ targets }}`)');
    }
    if (t.max > 1) {
        for (const s of strings) {
            // A list item that is exactly `{{ targets }}` expands to every target.
            if (typeof s.path.at(-1) === 'number' && isOnlyTargets(s.value))
                continue;
            if (!s.shell && references(s.value).some((r) => r.kind === 'targets')) {
                report(s.path, 'targets', `\`{{ targets }}\` inside a single value needs \`targets.max: 1\`; with up to ${t.max} targets, make it a list item of its own (\`['{{ targets }}']\`)`);
            }
        }
    }
    if (rb.execution.automation && !referencesTargets(rb, strings)) {
        report(['execution', 'automation', 'parameters'], 'targets', 'the Automation document never receives the targets: pass `{{ targets }}` (or the target parameter) in its `parameters`', 'key');
    }
}
function checkVerify(rb, report) {
    const alarmOk = rb.verify?.alarmOk;
    if (alarmOk && alarmOk.alarmName === undefined && !rb.match.some(mayMatchAlarm)) {
        report(['verify', 'alarmOk'], 'verify', 'this runbook handles events that are not alarms, so there is no triggering alarm to wait for: name one in `alarmOk.alarmName` or verify with `check`', 'key');
    }
}
function checkRunbook(rb, source, options) {
    const problems = [];
    const report = reporter(source, problems);
    const strings = templatedStrings(rb);
    checkParameters(rb, report);
    checkTemplates(rb, strings, report, source, problems);
    checkDocuments(rb, options, report);
    checkRisk(rb, report);
    checkTargets(rb, strings, report);
    checkVerify(rb, report);
    problems.push(...checkGuardAlarms(rb, source));
    problems.push(...checkWorkflowDispatches(rb, source));
    return problems;
}
/** A soft convention: `restart-nginx.yaml` holds `id: restart-nginx`. */
function checkFileName(rb, source) {
    const base = source.file
        .split(/[\\/]/)
        .pop()
        ?.replace(/\.ya?ml$/, '');
    if (base === rb.id)
        return [];
    return [
        {
            file: source.file,
            ...locate(source, ['id']),
            severity: 'warning',
            rule: 'id-filename',
            message: `id \`${rb.id}\` differs from the file name \`${base ?? ''}\`; name the file \`${rb.id}.yaml\` so runbooks are easy to find`
        }
    ];
}

// Generated from schemas/runbook.schema.json by `npm run generate`. Do not edit.
const runbookSchema = {
    $defs: {
        principal: {
            type: 'string',
            pattern: '^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(/[A-Za-z0-9._-]{1,100})?$',
            description: 'A GitHub login (`alice`) or team (`org/team-slug`); a leading `@` is allowed.'
        },
        stringOrList: {
            oneOf: [
                { type: 'string', minLength: 1 },
                { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } }
            ]
        },
        globs: {
            $ref: '#/$defs/stringOrList',
            description: 'One value or a list; any may match. `*` matches any run of characters and `?` one character; matching is case-sensitive.'
        },
        duration: {
            type: 'string',
            pattern: '^([1-9][0-9]*[smhd])+$',
            description: 'A duration such as `90s`, `10m`, `1h30m` or `7d`.',
            examples: ['10m', '4h']
        },
        matchRule: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: {
                source: {
                    $ref: '#/$defs/globs',
                    description: 'EventBridge `source`, e.g. `aws.cloudwatch`, `aws.ecs`, `aws.health`.'
                },
                detailType: {
                    $ref: '#/$defs/globs',
                    description: 'EventBridge `detail-type`, e.g. `CloudWatch Alarm State Change`.'
                },
                alarmName: {
                    $ref: '#/$defs/globs',
                    description: 'CloudWatch alarm name globs, e.g. `*-disk-used-*`.'
                },
                eventName: {
                    $ref: '#/$defs/globs',
                    description: "The event's own name or code: ECS `detail.eventName` (e.g. `SERVICE_TASK_START_IMPAIRED`), AWS Health `detail.eventTypeCode`, GuardDuty finding `type`, EC2 instance `detail.state`, Step Functions execution `detail.status` (e.g. `TIMED_OUT`); for Auto Scaling and ACM events, the detail-type (e.g. `ACM Certificate Renewal Action Required`)."
                },
                metric: {
                    type: 'object',
                    additionalProperties: false,
                    minProperties: 1,
                    properties: {
                        namespace: {
                            $ref: '#/$defs/globs',
                            description: 'Metric namespace, e.g. `AWS/EC2` or `CWAgent`.'
                        },
                        name: { $ref: '#/$defs/globs', description: 'Metric name, e.g. `CPUUtilization`.' },
                        dimensions: {
                            type: 'object',
                            minProperties: 1,
                            additionalProperties: { $ref: '#/$defs/globs' },
                            description: 'Dimension name to value globs; `"*"` only requires the dimension to be present.'
                        }
                    },
                    description: 'Matches when any metric of the alarm (including metric-math inputs) fits all given fields.'
                },
                resourceType: {
                    $ref: '#/$defs/globs',
                    description: "Resource type as `service:type` from the incident's ARNs and dimensions, e.g. `ec2:instance`, `ecs:service`, `autoscaling:autoScalingGroup`."
                },
                severity: {
                    oneOf: [
                        { $ref: '#/$defs/severity' },
                        { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/severity' } }
                    ],
                    description: 'Incident severity or severities.'
                },
                state: {
                    oneOf: [
                        { $ref: '#/$defs/alarmState' },
                        { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/alarmState' } }
                    ],
                    description: 'Alarm state; alarm rules match only `ALARM` unless this says otherwise.'
                },
                tags: {
                    type: 'object',
                    minProperties: 1,
                    additionalProperties: { $ref: '#/$defs/globs' },
                    description: "Tag key to value globs, from the dispatch `context.tags` (for example the alarm's or resource's tags)."
                },
                change: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['suspect'],
                    description: 'Matches only when change attribution named a suspect change for the incident (`facts.change`): a runbook that rolls a deployment back. `repository`, `service` and `environment` narrow it to the deployments this runbook can roll back.',
                    properties: {
                        suspect: { const: true, description: 'A suspect change was named.' },
                        repository: {
                            $ref: '#/$defs/globs',
                            description: "The deployment's repository (`owner/name`) globs."
                        },
                        service: { $ref: '#/$defs/globs', description: "The deployment's service globs." },
                        environment: {
                            $ref: '#/$defs/globs',
                            description: "The deployment's environment globs."
                        }
                    }
                }
            }
        },
        exclusionRule: {
            type: 'object',
            additionalProperties: false,
            minProperties: 2,
            required: ['why'],
            description: 'One incident kind the runbook must not be used for. `when`: the incidents this entry is about, with the fields of a `match` rule (alarm name, event name, metric and dimensions, resource type, severity, tags); unlike a match rule it applies in any alarm state, and its `metric` must fit every metric the alarm reads. `says`: phrases the incident must say.',
            properties: {
                why: {
                    type: 'string',
                    minLength: 10,
                    maxLength: 300,
                    description: 'Why the runbook is wrong for these incidents and what to do instead, for the person reading the issue, e.g. `card-authorisation messages expire after two minutes: replaying them pushes stale authorisations`.'
                },
                when: { $ref: '#/$defs/matchRule' },
                says: {
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    items: { type: 'string', minLength: 2, maxLength: 100, pattern: '[A-Za-z0-9]' },
                    description: "Phrases of which the incident must say at least one, in its description, its reason (the alarm's state reason, an ECS stopped reason, a Health description) or its details. Matched word by word, ignoring case, word forms (`expired` = `expires`) and how names are written (`InsufficientFreeAddressesInSubnet` = `insufficient free addresses in subnet`); a phrase the incident negates (`no throttling`) does not count. Incident text is untrusted, so it can only keep a runbook from being proposed, never make one fit."
                }
            }
        },
        severity: { enum: ['low', 'medium', 'high', 'critical'] },
        alarmState: { enum: ['ALARM', 'OK', 'INSUFFICIENT_DATA'] },
        parameter: {
            type: 'object',
            additionalProperties: false,
            required: ['type', 'description'],
            properties: {
                type: {
                    enum: ['string', 'integer', 'number', 'boolean'],
                    description: 'JSON type of the value.'
                },
                description: { type: 'string', minLength: 3, maxLength: 500 },
                enum: {
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    items: { type: ['string', 'integer', 'number', 'boolean'] },
                    description: 'The only allowed values.'
                },
                pattern: {
                    type: 'string',
                    minLength: 2,
                    description: 'ECMAScript regular expression the whole value must match; anchor it with `^` and `$`.'
                },
                minLength: { type: 'integer', minimum: 0 },
                maxLength: { type: 'integer', minimum: 1, maximum: 4096 },
                minimum: { type: 'number' },
                maximum: { type: 'number' },
                default: {
                    type: ['string', 'integer', 'number', 'boolean'],
                    description: "Value used when neither the incident nor the triage supplies one. Must itself pass the constraints. Never used for a parameter that chooses what the runbook acts on (one that `targets` refers to, or one marked `selects`) unless `defaultIsSafe` is true: such a plan is incomplete until the incident's facts give the value or a person sets it with `/set`."
                },
                from: {
                    type: 'string',
                    pattern: '^(dimensions|tags|context)\\.[A-Za-z0-9_.:/-]{1,128}$|^ecs\\.(cluster|service|taskDefinition|previousTaskDefinition)$|^change\\.(sha|deployment|deploymentSha|previousSha|service|repository|environment)$|^(alarmName|region|account|resourceId|autoScalingGroup)$',
                    description: "Where the plan takes the value from the incident and what OpsLoop looked up about it in AWS (`facts` in docs/incident-reference.md): `dimensions.NAME` (the alarm metric's dimension), `tags.KEY` (the alarm's tags, then its resources', then the dispatch context's), `ecs.cluster`, `ecs.service`, `ecs.taskDefinition` (the running deployment's), `ecs.previousTaskDefinition` (what a rollback returns to), `autoScalingGroup`, `change.previousSha`, `change.deploymentSha`, `change.sha`, `change.service`, `change.repository`, `change.environment` or `change.deployment` (the suspect change, `facts.change`), `context.KEY` (dispatch context), `alarmName`, `region`, `account` or `resourceId` (the last segment of the first resource ARN).",
                    examples: ['dimensions.InstanceId', 'tags.service', 'ecs.previousTaskDefinition']
                },
                sensitive: {
                    type: 'boolean',
                    default: false,
                    description: 'Hide the value in issues and logs.'
                },
                selects: {
                    type: 'boolean',
                    default: false,
                    description: "The value chooses what the runbook acts on (a service to restart, a path to clean, a resource), like a parameter that `targets` refers to: it is taken from the incident and what OpsLoop looks up about it (or from a person's `/set` on the issue), never from the model and never from `default` unless `defaultIsSafe` is true."
                },
                defaultIsSafe: {
                    type: 'boolean',
                    default: false,
                    description: 'The `default` is right for any incident this runbook matches, even though the parameter chooses what the runbook acts on. Say why in `description`.'
                }
            }
        },
        targets: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'max'],
            description: 'What the runbook acts on. Resolved targets are shown in the plan and bound into its digest.',
            properties: {
                from: {
                    enum: ['dimension', 'resources', 'tags', 'parameter'],
                    description: "`dimension`: instance ids from the alarm metric's dimension; `resources`: the incident's resource ARNs that fit `resourcePattern`; `tags`: SSM tag targets (Run Command only); `parameter`: the value of a declared parameter."
                },
                dimension: {
                    type: 'string',
                    minLength: 1,
                    description: 'Dimension name, e.g. `InstanceId`.'
                },
                resourcePattern: {
                    type: 'string',
                    minLength: 1,
                    description: 'Glob over resource ARNs, e.g. `arn:aws:ecs:*:*:service/*`.'
                },
                tags: {
                    type: 'object',
                    minProperties: 1,
                    maxProperties: 5,
                    additionalProperties: {
                        type: 'array',
                        minItems: 1,
                        maxItems: 50,
                        items: { type: 'string', minLength: 1 }
                    },
                    description: 'Tag key to allowed values, sent as SSM `Targets` (`tag:KEY`).'
                },
                parameter: {
                    type: 'string',
                    minLength: 1,
                    description: 'Name of the parameter holding the target.'
                },
                max: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 50,
                    description: 'The plan is refused when more targets resolve than this.'
                }
            },
            allOf: [
                { if: { properties: { from: { const: 'dimension' } } }, then: { required: ['dimension'] } },
                {
                    if: { properties: { from: { const: 'resources' } } },
                    then: { required: ['resourcePattern'] }
                },
                { if: { properties: { from: { const: 'tags' } } }, then: { required: ['tags'] } },
                { if: { properties: { from: { const: 'parameter' } } }, then: { required: ['parameter'] } }
            ]
        },
        approval: {
            type: 'object',
            additionalProperties: false,
            required: ['required'],
            description: 'Who must approve before anything runs.',
            properties: {
                required: {
                    type: 'boolean',
                    description: 'Whether a human approval is needed. Medium and high risk runbooks must require it.'
                },
                approvers: {
                    type: 'object',
                    additionalProperties: false,
                    minProperties: 1,
                    properties: {
                        users: {
                            type: 'array',
                            uniqueItems: true,
                            items: { type: 'string', pattern: '^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$' },
                            description: 'GitHub logins allowed to approve (they also need write access).'
                        },
                        teams: {
                            type: 'array',
                            uniqueItems: true,
                            items: {
                                type: 'string',
                                pattern: '^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$'
                            },
                            description: 'Teams as `org/team-slug` whose active members may approve.'
                        }
                    },
                    description: 'Who may approve. Without it, anyone with write or admin permission on the repository may.'
                },
                minApprovals: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 6,
                    default: 1,
                    description: 'Distinct people who must approve the same plan.'
                },
                expiry: {
                    $ref: '#/$defs/duration',
                    description: 'How long an approval stays valid, e.g. `4h`.'
                },
                environment: {
                    type: 'string',
                    pattern: '^[^\\s/\'"`$]{1,255}$',
                    description: 'GitHub environment (with required reviewers) the remediation job runs in, e.g. `incident-remediation`.'
                },
                allowSelfApproval: {
                    type: 'boolean',
                    default: false,
                    description: 'Whether the person who requested the remediation may approve it.'
                }
            }
        },
        rateControl: {
            type: 'string',
            pattern: '^(0|[1-9][0-9]{0,4}|[0-9]%|[1-9][0-9]%|100%)$',
            description: 'A count or a percentage, as SSM `MaxConcurrency`/`MaxErrors` take them.'
        },
        concurrency: {
            type: 'string',
            pattern: '^([1-9][0-9]{0,4}|[1-9][0-9]?%|100%)$',
            description: 'How many targets at once: a count or a percentage, at least 1 (SSM `MaxConcurrency`).'
        },
        documentParameters: {
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z0-9_.-]{1,128}$' },
            additionalProperties: {
                oneOf: [
                    { type: 'string', maxLength: 4096 },
                    { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 4096 } }
                ]
            },
            description: 'Other document parameters; values may use `{{ params.NAME }}` and `{{ targets }}`.'
        },
        runCommand: {
            type: 'object',
            additionalProperties: false,
            required: ['document'],
            properties: {
                document: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.:/-]{3,128}$',
                    description: 'SSM Command document, e.g. `AWS-RunShellScript`. Must be on the allow-list.'
                },
                commands: {
                    type: 'array',
                    minItems: 1,
                    maxItems: 100,
                    items: { type: 'string', minLength: 1, maxLength: 4096 },
                    description: 'Shell lines for `AWS-RunShellScript`-style documents, run by bash (OpsLoop re-executes the script under bash where `sh` is dash); `{{ params.NAME }}` is replaced by the shell-quoted value, so write it as a bare word (`systemctl restart {{ params.service }}`): validation refuses it inside quotes, here-documents, comments, `${…}`, arithmetic, as the command name, or in code run by `bash -c`, `eval`, `su -c`, `ssh`, `trap` or `watch`. A string parameter that starts an argument must not allow a leading `-` (or put `--` before it). Start with `set -euo pipefail` and make every step safe to run twice.'
                },
                parameters: { $ref: '#/$defs/documentParameters' },
                workingDirectory: { type: 'string', pattern: '^/[A-Za-z0-9_./-]*$' },
                executionTimeoutSeconds: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 172800,
                    description: "The document's own execution timeout."
                }
            }
        },
        automation: {
            type: 'object',
            additionalProperties: false,
            required: ['document'],
            properties: {
                document: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.:/-]{3,128}$',
                    description: 'SSM Automation document, e.g. `AWS-RestartEC2Instance`. Must be on the allow-list.'
                },
                parameters: { $ref: '#/$defs/documentParameters' }
            }
        },
        action: {
            type: 'object',
            additionalProperties: false,
            properties: {
                runCommand: { $ref: '#/$defs/runCommand' },
                automation: { $ref: '#/$defs/automation' },
                workflowDispatch: { $ref: '#/$defs/workflowDispatch' },
                maxConcurrency: { $ref: '#/$defs/concurrency', default: '1' },
                maxErrors: { $ref: '#/$defs/rateControl', default: '0' },
                timeoutSeconds: {
                    type: 'integer',
                    minimum: 30,
                    maximum: 172800,
                    default: 600,
                    description: 'Overall limit OpsLoop waits before cancelling and reporting `TimedOut`.'
                },
                guardAlarm: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    description: 'A CloudWatch alarm that stops the run when it goes to ALARM (SSM `AlarmConfiguration`), e.g. an error-rate guard or a floor on healthy hosts. It may use `{{ params.NAME }}` (the raw value, e.g. `{{ params.role }}-healthy-hosts-low`) with parameters constrained by `enum` or an anchored `pattern` and not sensitive; never `{{ targets }}`. The alarm must exist: remediation refuses to start, before claiming the plan, when it is missing or already in ALARM (SSM would stop the run at once). Not the alarm that triggered the incident: that one is still in ALARM when remediation starts.'
                }
            },
            description: 'One operation: exactly one of `runCommand` or `automation` (SSM, with rate control and an overall timeout) or `workflowDispatch` (a GitHub Actions workflow). `execution` runs after approval; `rollback` runs when execution or verification fails.',
            if: { required: ['runCommand'] },
            then: { not: { anyOf: [{ required: ['automation'] }, { required: ['workflowDispatch'] }] } },
            else: {
                if: { required: ['automation'] },
                then: { not: { required: ['workflowDispatch'] } },
                else: { required: ['workflowDispatch'] }
            }
        },
        verify: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            description: 'How OpsLoop proves the fix worked. Failure triggers `rollback`.',
            properties: {
                alarmOk: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['within'],
                    properties: {
                        within: {
                            $ref: '#/$defs/duration',
                            description: 'How long the triggering alarm has to return to OK.'
                        },
                        alarmName: {
                            type: 'string',
                            minLength: 1,
                            maxLength: 255,
                            description: 'The alarm that must return to OK. Defaults to the alarm that triggered the incident; required when the runbook handles events that are not alarms.'
                        }
                    },
                    description: 'Passes when the alarm is (or returns to) OK within `within`.'
                },
                check: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        runCommand: { $ref: '#/$defs/runCommand' },
                        automation: { $ref: '#/$defs/automation' },
                        retries: { type: 'integer', minimum: 0, maximum: 20, default: 3 },
                        interval: { $ref: '#/$defs/duration' }
                    },
                    description: 'A check that passes when it succeeds: a command that exits 0 on every target, or an Automation document that ends in Success (e.g. one asserting an ECS service is steady).',
                    if: { required: ['runCommand'] },
                    then: { not: { required: ['automation'] } },
                    else: { required: ['automation'] }
                }
            }
        },
        workflowDispatch: {
            type: 'object',
            additionalProperties: false,
            required: ['repository', 'workflow', 'ref'],
            description: "Runs a GitHub Actions workflow through `workflow_dispatch` (POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches), e.g. a repository's deployment workflow given the previous good commit. The repository, workflow and ref are fixed in the runbook; inputs may use `{{ params.NAME }}` for parameters constrained by `enum` or an anchored `pattern` and not sensitive, so the values dispatched are bound into the plan's digest. It succeeds when GitHub accepts the dispatch; `verify` proves the fix. Needs a token with `actions: write` on the repository (the remediation job's `github-token`).",
            properties: {
                repository: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
                    description: '`owner/name` of the repository whose workflow runs.'
                },
                workflow: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.-]{1,200}\\.ya?ml$',
                    description: "The workflow's file name under `.github/workflows/`, e.g. `deploy.yml`."
                },
                ref: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.][A-Za-z0-9_./-]{0,254}$',
                    description: 'The branch or tag the workflow runs from (GitHub takes no commit SHA here: pass the commit to deploy as an input).'
                },
                inputs: {
                    type: 'object',
                    maxProperties: 25,
                    propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]{0,99}$' },
                    additionalProperties: { type: 'string', maxLength: 1024 },
                    description: "The workflow's `workflow_dispatch` inputs, as strings; `{{ params.NAME }}` is replaced by the parameter's value."
                }
            }
        }
    }
};

/** The runbook validator (precompiled by `npm run generate`). */
function runbookValidator() {
    return validate$1;
}
function pathOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function fieldName(path) {
    return path.length === 0 ? 'the runbook' : `\`${formatPath(path)}\``;
}
function show(value) {
    const text = JSON.stringify(value);
    if (text === undefined)
        return String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a number';
    return `a ${typeof value}`;
}
/** Resolves local `$ref`s so messages can describe what a branch expects. */
function resolve(node) {
    let current = node;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 10; hops++) {
        const name = current.$ref.replace('#/$defs/', '');
        current = runbookSchema.$defs[name] ?? {};
    }
    return current;
}
const NOUNS = { object: 'mapping', array: 'list' };
const values = (list) => list.map((v) => `\`${String(v)}\``).join(', ');
/** What a schema accepts, in words: "an integer", "a list of strings", "one of `a`, `b`". */
function describe(schema) {
    const s = resolve(schema);
    if (Array.isArray(s.enum))
        return `one of ${values(s.enum)}`;
    if (s.type === 'array') {
        const items = resolve(s.items ?? {});
        if (Array.isArray(items.enum))
            return `a list of values among ${values(items.enum)}`;
        const noun = typeof items.type === 'string' ? (NOUNS[items.type] ?? items.type) : 'value';
        return `a list of ${noun}s`;
    }
    const noun = typeof s.type === 'string' ? (NOUNS[s.type] ?? s.type) : 'valid value';
    return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
function schemaDescription(error) {
    const d = resolve(error.parentSchema).description;
    return typeof d === 'string' ? ` (${d.split(/(?<=\.)\s/)[0] ?? d})` : '';
}
function propertySchema(parent, name) {
    const props = resolve(parent).properties;
    const p = props?.[name];
    return p === undefined ? undefined : resolve(p);
}
/**
 * `execution` and `rollback` take exactly one of `runCommand`, `automation` or `workflowDispatch`;
 * `verify.check` one of the first two.
 */
function isAction(path) {
    const at = path.join('.');
    return at === 'execution' || at === 'rollback' || at === 'verify.check';
}
/** What an action may be: `verify.check` runs on SSM only. */
const actionKinds = (path) => path.join('.') === 'verify.check'
    ? '`runCommand` or `automation`'
    : '`runCommand`, `automation` or `workflowDispatch`';
function translate(error) {
    const path = pathOf(error.instancePath);
    const field = fieldName(path);
    const p = error.params;
    switch (error.keyword) {
        case 'required': {
            const missing = String(p.missingProperty);
            if (isAction(path) && error.schemaPath.endsWith('/else/required')) {
                return { path, at: 'key', text: `${field} needs one of ${actionKinds(path)}` };
            }
            const desc = propertySchema(error.parentSchema, missing)?.description;
            const why = typeof desc === 'string' ? ` (${desc.split(/(?<=\.)\s/)[0] ?? desc})` : '';
            return {
                path,
                at: 'key',
                text: `${field} is missing the required field \`${missing}\`${why}`
            };
        }
        case 'additionalProperties': {
            const extra = String(p.additionalProperty);
            const allowed = Object.keys(resolve(error.parentSchema).properties ?? {});
            const hint = didYouMean(extra, allowed) ||
                (allowed.length > 0 ? `; allowed here: ${allowed.join(', ')}` : '');
            return {
                path: [...path, extra],
                at: 'key',
                text: `unknown field \`${extra}\` in ${field}${hint}`
            };
        }
        case 'type':
            return {
                path,
                at: 'value',
                text: `${field} must be ${describe(error.parentSchema)}, not ${typeOf(error.data)}`
            };
        case 'enum': {
            const allowed = p.allowedValues.map(String);
            const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
            return {
                path,
                at: 'value',
                text: `${field} is ${show(error.data)} but must be one of ${allowed.map((v) => `\`${v}\``).join(', ')}${hint}`
            };
        }
        case 'const':
            return {
                path,
                at: 'value',
                text: `${field} must be \`${String(p.allowedValue)}\`, not ${show(error.data)}`
            };
        case 'pattern':
            return {
                path,
                at: 'value',
                text: `${field} is ${show(error.data)}, which does not match \`${String(p.pattern)}\`${schemaDescription(error)}`
            };
        case 'propertyNames':
            return undefined; // the nested `pattern` error names the property
        case 'not':
            if (isAction(path)) {
                return {
                    path,
                    at: 'key',
                    text: `${field} must have only one of ${actionKinds(path)}`
                };
            }
            return { path, at: 'value', text: `${field} is not allowed here` };
        case 'if':
            return undefined; // the failing `then`/`else` branch reports the real problem
        case 'minProperties':
            if (path[0] === 'exclude' && path.length === 2)
                return {
                    path,
                    at: 'key',
                    text: `${field} needs \`when\` (the fields of a match rule) or \`says\` (phrases the incident says) beside \`why\``
                };
            return {
                path,
                at: 'key',
                text: `${field} must have at least ${String(p.limit)} field${p.limit === 1 ? '' : 's'}`
            };
        case 'maxProperties':
            return { path, at: 'key', text: `${field} must have at most ${String(p.limit)} fields` };
        case 'minItems':
            return {
                path,
                at: 'value',
                text: `${field} must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`
            };
        case 'maxItems':
            return { path, at: 'value', text: `${field} must list at most ${String(p.limit)} items` };
        case 'uniqueItems':
            return {
                path,
                at: 'value',
                text: `${field} lists the same value twice (items ${String(p.j)} and ${String(p.i)})`
            };
        case 'minLength':
            return {
                path,
                at: 'value',
                text: `${field} must be at least ${String(p.limit)} characters long`
            };
        case 'maxLength':
            return {
                path,
                at: 'value',
                text: `${field} must be at most ${String(p.limit)} characters long`
            };
        case 'minimum':
        case 'maximum':
            return {
                path,
                at: 'value',
                text: `${field} is ${show(error.data)} but must be ${String(p.comparison)} ${String(p.limit)}`
            };
        default:
            return { path, at: 'value', text: `${field} ${error.message ?? 'is invalid'}` };
    }
}
const within = (path, parent) => path === parent || path.startsWith(`${parent}/`);
/**
 * A failed `oneOf` comes with the errors of every branch, just before it (their schema paths
 * point into `$ref` targets, so position and instance path are what tie them to it). Errors at
 * the value itself about its type, enum or const only say a branch did not fit; if that is all
 * there is, say which shapes would be accepted. Otherwise the value fitted a branch's shape, and
 * that branch's deeper errors (a wrong list item, say) are the real problem.
 */
function collapseOneOf(errors) {
    const consumed = new Set();
    const added = new Map();
    errors.forEach((o, k) => {
        if (o.keyword !== 'oneOf')
            return;
        const branches = errors
            .slice(0, k)
            .filter((e) => !consumed.has(e) && within(e.instancePath, o.instancePath));
        for (const e of [o, ...branches])
            consumed.add(e);
        const shapeOnly = (e) => e.instancePath === o.instancePath && ['type', 'enum', 'const'].includes(e.keyword);
        const deeper = branches.filter((e) => !shapeOnly(e));
        const accepted = o.schema.map(describe).join(' or ');
        added.set(o, deeper.length > 0 ? deeper : [{ ...o, keyword: 'oneOfShape', message: `must be ${accepted}` }]);
    });
    return errors.flatMap((e) => added.get(e) ?? (consumed.has(e) ? [] : [e]));
}
/**
 * A misspelt field shows up twice: as unknown (`titel`) and as missing (`title`). The unknown
 * one's "did you mean" says it all, so the missing one is dropped.
 */
function dropMisspeltRequired(errors) {
    const unknown = new Map();
    for (const e of errors) {
        if (e.keyword !== 'additionalProperties')
            continue;
        unknown.set(e.instancePath, [
            ...(unknown.get(e.instancePath) ?? []),
            String(e.params.additionalProperty)
        ]);
    }
    return errors.filter((e) => {
        if (e.keyword !== 'required')
            return true;
        const missing = String(e.params.missingProperty);
        return !(unknown.get(e.instancePath) ?? []).some((u) => didYouMean(u, [missing]) !== '');
    });
}
/** Several missing fields at one place become one message instead of a wall of them. */
function groupMissing(errors) {
    const missing = new Map();
    for (const e of errors) {
        if (e.keyword === 'required' && !e.schemaPath.endsWith('/else/required')) {
            missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), e]);
        }
    }
    return errors.flatMap((e) => {
        const group = missing.get(e.instancePath);
        if (e.keyword !== 'required' || !group || group.length < 2 || !group.includes(e))
            return [e];
        if (group[0] !== e)
            return [];
        const names = group.map((g) => `\`${String(g.params.missingProperty)}\``);
        return [
            {
                ...e,
                keyword: 'requiredMany',
                message: `is missing the required fields ${names.join(', ')} (see docs/runbook-reference.md)`
            }
        ];
    });
}
function checkSchema(source) {
    const validate = runbookValidator();
    if (validate(source.data))
        return [];
    const problems = [];
    const seen = new Set();
    for (const error of groupMissing(dropMisspeltRequired(collapseOneOf(validate.errors ?? [])))) {
        const path = pathOf(error.instancePath);
        const msg = error.keyword === 'oneOfShape' || error.keyword === 'requiredMany'
            ? { path, at: 'key', text: `${fieldName(path)} ${error.message ?? ''}` }
            : translate(error);
        if (!msg)
            continue;
        const pos = locate(source, msg.path, msg.at);
        const key = `${pos.line}:${pos.column}:${msg.text}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push({
            file: source.file,
            ...pos,
            severity: 'error',
            rule: 'schema',
            message: msg.text
        });
    }
    return problems;
}

const EMPTY = 'the file is empty; a runbook needs at least `apiVersion`, `id`, `title` and the other required fields';
function checkFile({ file, text }, rules) {
    const parsed = parseYaml(file, text);
    const source = parsed.source;
    if (!source)
        return { file, problems: parsed.problems };
    if (source.data === null || source.data === undefined) {
        return {
            file,
            problems: [{ file, line: 1, column: 1, severity: 'error', rule: 'schema', message: EMPTY }]
        };
    }
    const rawId = source.data.id;
    const id = typeof rawId === 'string' ? rawId : undefined;
    const schemaProblems = checkSchema(source);
    if (schemaProblems.length > 0)
        return { file, ...(id === undefined ? {} : { id }), problems: schemaProblems };
    const runbook = source.data;
    return {
        file,
        id: runbook.id,
        runbook,
        problems: [...checkRunbook(runbook, source, rules), ...checkFileName(runbook, source)]
    };
}

// Validates a runbook catalog: YAML, schema, semantic rules, unique ids, that every example
// incident selects its runbook, that every runbook compiles to its SSM documents (ssm-document.ts),
// and that OpsLoop's own documents it names constrain what it passes them. Pure over its inputs;
// file access comes in through FileReader.
function positionInText(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const message = error.message;
        const lc = /line (\d+) column (\d+)/.exec(message);
        const offset = /position (\d+)/.exec(message);
        const position = lc
            ? { line: Number(lc[1]), column: Number(lc[2]) }
            : positionInText(text, offset ? Number(offset[1]) : 0);
        return { ok: false, message: message.replace(/\s*\(line \d+ column \d+\)/, ''), position };
    }
}
async function checkTests(entry, catalog, reader) {
    const problems = [];
    const { runbook } = entry;
    for (const [i, rel] of (runbook.tests ?? []).entries()) {
        const report = (message) => {
            problems.push({
                file: entry.file,
                ...entry.locate(['tests', i]),
                severity: 'error',
                rule: 'tests',
                message
            });
        };
        const path = join(dirname(entry.file), rel);
        const read = await reader.readText(path);
        if (!read.ok) {
            report(`example incident \`${rel}\` cannot be used: ${read.reason}${read.reason === 'file not found' ? ` (looked for ${path}; paths are relative to this runbook)` : ''}`);
            continue;
        }
        const parsed = parseJson(read.text);
        if (!parsed.ok) {
            problems.push({
                file: path,
                ...parsed.position,
                severity: 'error',
                rule: 'tests',
                message: `example incident is not valid JSON: ${parsed.message}`
            });
            continue;
        }
        const example = exampleIncident(parsed.value);
        if (!example.ok) {
            problems.push({
                file: path,
                line: 1,
                column: 1,
                severity: 'error',
                rule: 'tests',
                message: example.problem
            });
            continue;
        }
        const { incident } = example;
        const excluded = appliedExclusion(runbook, incident);
        if (excluded) {
            report(`example incident \`${rel}\` (${incident.title}) is one this runbook excludes: its \`exclude\` entry ${excluded.index + 1} applies (${excluded.because}); narrow that entry or drop the example`);
            continue;
        }
        const ranked = catalog.rank(incident);
        const me = ranked.find((c) => c.runbook === runbook);
        const best = ranked[0];
        if (!me || !best) {
            const other = best ? `; it selects \`${best.runbook.id}\` instead` : '';
            report(`example incident \`${rel}\` (${incident.title}) does not match any of this runbook's \`match\` rules${other}`);
        }
        else if (!tied(best, me)) {
            report(`example incident \`${rel}\` selects \`${best.runbook.id}\` (score ${best.score}) before this runbook (score ${me.score}): make this runbook's rules more specific or raise its \`priority\``);
        }
        else {
            const rival = ranked.find((c) => c !== me && tied(c, me));
            if (rival) {
                report(`example incident \`${rel}\` matches \`${rival.runbook.id}\` equally well (score ${me.score}, same priority): make one runbook's rules more specific or set \`priority\``);
            }
        }
    }
    return problems;
}
/**
 * Parsed YAML documents are large; keeping a thousand alive only in case a later problem needs a
 * position costs more (in garbage collection) than parsing the odd file again.
 */
function lazyLocator(file, text) {
    let source;
    return (path) => {
        source ??= parseYaml(file, text).source;
        return source ? locate(source, path) : { line: 1, column: 1 };
    };
}
/**
 * Compile findings that another rule already reports for the same place (the shell lint, the
 * template and document rules): compiling refuses them too, but validate says each thing once.
 */
const REPORTED_BY_OTHER_RULES = new Set([
    'template-reference',
    'shell-injection',
    'shell-quoting',
    'shell-command-name',
    'shell-option-injection',
    'shell-commands'
]);
/**
 * Where placeholders sit in shell lines, option injection and Automation document parameters (see
 * shell-safety.ts), and what keeps the runbook from compiling to its SSM documents. The YAML is
 * parsed again only when there is something to point at.
 */
function runbookFindings(file, text, runbook, compiled) {
    const findings = [
        ...lintShellUse(runbook),
        ...compiled.filter((f) => !REPORTED_BY_OTHER_RULES.has(f.rule))
    ];
    if (findings.length === 0)
        return [];
    const source = parseYaml(file, text).source;
    return findings.map((f) => ({
        file,
        ...(!source
            ? { line: 1, column: 1 }
            : f.index === undefined
                ? locate(source, f.path, f.at ?? 'value')
                : locateInString(source, f.path, f.index)),
        severity: f.severity,
        rule: f.rule,
        message: f.message
    }));
}
/** A compiler fault is one problem on the runbook, never a crash of the whole validation. */
function compileOrSay(runbook) {
    try {
        return compileRunbook(runbook);
    }
    catch (error) {
        return {
            documents: [],
            findings: [
                {
                    path: ['id'],
                    severity: 'error',
                    rule: 'ssm-document',
                    message: `the runbook could not be compiled to SSM documents: ${error.message}`
                }
            ]
        };
    }
}
/** The folder holding them all: `a` for `a/b.yaml` and `a/c/d.yaml`. */
function commonDirectory(files) {
    let common;
    for (const file of files) {
        const dir = resolve$1(dirname(file));
        common ??= dir;
        while (common !== undefined &&
            (relative(common, dir).startsWith('..') || isAbsolute(relative(common, dir)))) {
            const up = dirname(common);
            common = up === common ? undefined : up;
        }
    }
    return common;
}
const DOCUMENT_EXTENSIONS = ['.yaml', '.yml', '.json'];
/**
 * OpsLoop's own documents that the catalog names (`OpsLoop-*` Automation documents), read from
 * the documents folder: the given one, or the nearest `infra/ssm-documents` at or above the
 * catalog (the reader refuses anything outside the repository). Names not found are left out.
 */
async function ownDocuments(entries, options) {
    const found = new Map();
    const names = new Set(entries.flatMap((e) => namedOwnDocuments(e.runbook)));
    if (names.size === 0)
        return found;
    const folders = [];
    if (options.documentsDir !== undefined)
        folders.push(resolve$1(options.documentsDir));
    else
        for (let d = commonDirectory(entries.map((e) => e.file)); d !== undefined;) {
            folders.push(join(d, 'infra', 'ssm-documents'));
            const up = dirname(d);
            d = up === d ? undefined : up;
        }
    for (const name of [...names].sort()) {
        search: for (const folder of folders)
            for (const ext of DOCUMENT_EXTENSIONS) {
                const path = join(folder, `${name}${ext}`);
                const read = await options.reader.readText(path);
                if (read.ok) {
                    found.set(name, { file: displayPath(path), text: read.text });
                    break search;
                }
            }
    }
    return found;
}
async function validateCatalog(sources, options) {
    await Promise.all([preparePatternAnalysis(), prepareSsmDocuments()]);
    const rules = {
        allowedDocuments: options.allowedDocuments ?? DEFAULT_ALLOWED_DOCUMENTS
    };
    const problems = [];
    const entries = [];
    const statuses = [];
    const count = (status, found) => {
        for (const p of found)
            status[p.severity === 'error' ? 'errors' : 'warnings']++;
        problems.push(...found);
    };
    for (const source of sources) {
        const { file, id, runbook, problems: found } = checkFile(source, rules);
        const status = {
            file,
            errors: 0,
            warnings: 0,
            ...(id === undefined ? {} : { id })
        };
        statuses.push(status);
        count(status, found);
        if (runbook) {
            const compiled = compileOrSay(runbook);
            count(status, runbookFindings(file, source.text, runbook, compiled.findings));
            status.runbook = runbook;
            if (compiled.findings.length === 0)
                status.documents = compiled.documents;
            entries.push({
                file,
                runbook,
                digest: createHash('sha256').update(source.text).digest('hex'),
                locate: lazyLocator(file, source.text),
                status
            });
        }
    }
    const firstById = new Map();
    for (const e of entries) {
        const first = firstById.get(e.runbook.id);
        if (first) {
            count(e.status, [
                {
                    file: e.file,
                    ...e.locate(['id']),
                    severity: 'error',
                    rule: 'unique-id',
                    message: `id \`${e.runbook.id}\` is already used by ${first.file}:${first.locate(['id']).line}; runbook ids must be unique across the catalog`
                }
            ]);
        }
        else {
            firstById.set(e.runbook.id, e);
        }
    }
    const documents = await ownDocuments(entries, options);
    if (documents.size > 0)
        for (const e of entries)
            count(e.status, automationConstraintProblems(e.runbook, documents));
    const catalog = new CatalogIndex(entries.map((e) => e.runbook));
    const tested = await Promise.all(entries.map((e) => checkTests(e, catalog, options.reader)));
    entries.forEach((e, i) => {
        count(e.status, tested[i] ?? []);
    });
    problems.sort(compareProblems);
    return { entries, statuses, problems, ok: !problems.some((p) => p.severity === 'error') };
}
/**
 * The incident an example file gives: a delivery (an AWS event, or `{"event": …}`), or an
 * incident snapshot (schemas/snapshot.schema.json), whose incident carries the suspect change
 * that change attribution names from it, as intake's would: how a rollback runbook's example
 * shows the deployment it rolls back.
 */
function exampleIncident(value) {
    const version = value?.version;
    if (version !== SNAPSHOT_VERSION)
        return { ok: true, incident: normalize(value) };
    const checked = checkSnapshot(value);
    if (!checked.ok) {
        const first = checked.problems[0];
        return {
            ok: false,
            problem: `example snapshot is not valid (schemas/snapshot.schema.json): ${first?.where ?? 'the snapshot'} ${first?.message ?? 'is invalid'}`
        };
    }
    const { snapshot, alarmAt } = checked;
    const incident = normalize(snapshot.event);
    if (alarmAt === undefined)
        return {
            ok: false,
            problem: "example snapshot's event has no time; give the event as AWS delivered it"
        };
    return {
        ok: true,
        incident: withSuspectChange(incident, attributeChange(snapshot, alarmAt), snapshot)
    };
}

// `validate`: one implementation behind both the command line and the action.
async function validateCommand(options) {
    const loaded = await loadCatalog(options.dir);
    const result = await validateCatalog(loaded.sources, {
        reader: loaded.reader,
        ...(options.allowedDocuments ? { allowedDocuments: options.allowedDocuments } : {})
    });
    const problems = [...loaded.problems, ...result.problems].sort(compareProblems);
    return { ...result, problems, ok: !problems.some((p) => p.severity === 'error') };
}

var validate = /*#__PURE__*/Object.freeze({
  __proto__: null,
  validateCommand: validateCommand
});

export { validate$1 as a, validateCatalog as b, validate as c, loadCatalog as l, validateCommand as v };
