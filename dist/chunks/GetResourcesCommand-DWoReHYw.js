import { S as ServiceException, T as TypeRegistry, m as makeBuilder, e as getEndpointPlugin } from './index-Dve_F8QV.js';

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "tagging",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

class ResourceGroupsTaggingAPIServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ResourceGroupsTaggingAPIServiceException.prototype);
    }
}

class ConcurrentModificationException extends ResourceGroupsTaggingAPIServiceException {
    name = "ConcurrentModificationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConcurrentModificationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
        this.Message = opts.Message;
    }
}
class ConstraintViolationException extends ResourceGroupsTaggingAPIServiceException {
    name = "ConstraintViolationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConstraintViolationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConstraintViolationException.prototype);
        this.Message = opts.Message;
    }
}
class InternalServiceException extends ResourceGroupsTaggingAPIServiceException {
    name = "InternalServiceException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServiceException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidParameterException extends ResourceGroupsTaggingAPIServiceException {
    name = "InvalidParameterException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
        this.Message = opts.Message;
    }
}
class ThrottledException extends ResourceGroupsTaggingAPIServiceException {
    name = "ThrottledException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ThrottledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottledException.prototype);
        this.Message = opts.Message;
    }
}
class PaginationTokenExpiredException extends ResourceGroupsTaggingAPIServiceException {
    name = "PaginationTokenExpiredException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PaginationTokenExpiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PaginationTokenExpiredException.prototype);
        this.Message = opts.Message;
    }
}

const _CD = "ComplianceDetails";
const _CFRT = "CloudFormationResourceTypes";
const _CME = "ConcurrentModificationException";
const _CS = "ComplianceStatus";
const _CVE = "ConstraintViolationException";
const _DRC = "DescribeReportCreation";
const _DRCI = "DescribeReportCreationInput";
const _DRCO = "DescribeReportCreationOutput";
const _EC = "ErrorCode";
const _ECR = "ExcludeCompliantResources";
const _EM = "ErrorMessage";
const _FI = "FailureInfo";
const _FRM = "FailedResourcesMap";
const _GB = "GroupBy";
const _GCS = "GetComplianceSummary";
const _GCSI = "GetComplianceSummaryInput";
const _GCSO = "GetComplianceSummaryOutput";
const _GR = "GetResources";
const _GRI = "GetResourcesInput";
const _GRO = "GetResourcesOutput";
const _GTK = "GetTagKeys";
const _GTKI = "GetTagKeysInput";
const _GTKO = "GetTagKeysOutput";
const _GTV = "GetTagValues";
const _GTVI = "GetTagValuesInput";
const _GTVO = "GetTagValuesOutput";
const _ICD = "IncludeComplianceDetails";
const _IPE = "InvalidParameterException";
const _ISE = "InternalServiceException";
const _K = "Key";
const _KWNV = "KeysWithNoncompliantValues";
const _LRT = "ListRequiredTags";
const _LRTI = "ListRequiredTagsInput";
const _LRTO = "ListRequiredTagsOutput";
const _LU = "LastUpdated";
const _M = "Message";
const _MR = "MaxResults";
const _MTK = "MissingTagKeys";
const _NCR = "NonCompliantResources";
const _NK = "NoncompliantKeys";
const _NT = "NextToken";
const _PT = "PaginationToken";
const _PTEE = "PaginationTokenExpiredException";
const _R = "Region";
const _RARN = "ResourceARN";
const _RARNL = "ResourceARNList";
const _RF = "RegionFilters";
const _RPP = "ResourcesPerPage";
const _RT = "RequiredTags";
const _RTF = "ResourceTypeFilters";
const _RTFLRT = "RequiredTagsForListRequiredTags";
const _RTK = "ReportingTagKeys";
const _RTM = "ResourceTagMapping";
const _RTML = "ResourceTagMappingList";
const _RTe = "RequiredTag";
const _RTes = "ResourceType";
const _S = "Status";
const _SB = "S3Bucket";
const _SC = "StatusCode";
const _SD = "StartDate";
const _SL = "S3Location";
const _SLu = "SummaryList";
const _SRC = "StartReportCreation";
const _SRCI = "StartReportCreationInput";
const _SRCO = "StartReportCreationOutput";
const _Su = "Summary";
const _T = "Tags";
const _TE = "ThrottledException";
const _TF = "TagFilters";
const _TFL = "TagFilterList";
const _TFa = "TagFilter";
const _TI = "TargetId";
const _TIF = "TargetIdFilters";
const _TIT = "TargetIdType";
const _TK = "TagKeys";
const _TKF = "TagKeyFilters";
const _TL = "TagList";
const _TPP = "TagsPerPage";
const _TR = "TagResources";
const _TRI = "TagResourcesInput";
const _TRO = "TagResourcesOutput";
const _TV = "TagValues";
const _Ta = "Tag";
const _UR = "UntagResources";
const _URI = "UntagResourcesInput";
const _URO = "UntagResourcesOutput";
const _V = "Value";
const _Va = "Values";
const _c = "client";
const _e = "error";
const _h = "http";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.resourcegroupstaggingapi";
const _se = "server";
const n0 = "com.amazonaws.resourcegroupstaggingapi";
const _s_registry = new TypeRegistry(_s);
var ResourceGroupsTaggingAPIServiceException$ = [-3, _s, "ResourceGroupsTaggingAPIServiceException", 0, [], []];
_s_registry.registerError(ResourceGroupsTaggingAPIServiceException$, ResourceGroupsTaggingAPIServiceException);
const n0_registry = new TypeRegistry(n0);
var ConcurrentModificationException$ = [-3, n0, _CME,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConstraintViolationException$ = [-3, n0, _CVE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ConstraintViolationException$, ConstraintViolationException);
var InternalServiceException$ = [-3, n0, _ISE,
    { [_e]: _se },
    [_M],
    [0]
];
n0_registry.registerError(InternalServiceException$, InternalServiceException);
var InvalidParameterException$ = [-3, n0, _IPE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var PaginationTokenExpiredException$ = [-3, n0, _PTEE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(PaginationTokenExpiredException$, PaginationTokenExpiredException);
var ThrottledException$ = [-3, n0, _TE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ThrottledException$, ThrottledException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var ComplianceDetails$ = [3, n0, _CD,
    0,
    [_NK, _KWNV, _MTK, _CS],
    [64 | 0, 64 | 0, 64 | 0, 2]
];
var DescribeReportCreationInput$ = [3, n0, _DRCI,
    0,
    [],
    []
];
var DescribeReportCreationOutput$ = [3, n0, _DRCO,
    0,
    [_S, _SL, _SD, _EM],
    [0, 0, 0, 0]
];
var FailureInfo$ = [3, n0, _FI,
    0,
    [_SC, _EC, _EM],
    [1, 0, 0]
];
var GetComplianceSummaryInput$ = [3, n0, _GCSI,
    0,
    [_TIF, _RF, _RTF, _TKF, _GB, _MR, _PT],
    [64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 1, 0]
];
var GetComplianceSummaryOutput$ = [3, n0, _GCSO,
    0,
    [_SLu, _PT],
    [() => SummaryList, 0]
];
var GetResourcesInput$ = [3, n0, _GRI,
    0,
    [_PT, _TF, _RPP, _TPP, _RTF, _ICD, _ECR, _RARNL],
    [0, () => TagFilterList, 1, 1, 64 | 0, 2, 2, 64 | 0]
];
var GetResourcesOutput$ = [3, n0, _GRO,
    0,
    [_PT, _RTML],
    [0, () => ResourceTagMappingList]
];
var GetTagKeysInput$ = [3, n0, _GTKI,
    0,
    [_PT],
    [0]
];
var GetTagKeysOutput$ = [3, n0, _GTKO,
    0,
    [_PT, _TK],
    [0, 64 | 0]
];
var GetTagValuesInput$ = [3, n0, _GTVI,
    0,
    [_K, _PT],
    [0, 0], 1
];
var GetTagValuesOutput$ = [3, n0, _GTVO,
    0,
    [_PT, _TV],
    [0, 64 | 0]
];
var ListRequiredTagsInput$ = [3, n0, _LRTI,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListRequiredTagsOutput$ = [3, n0, _LRTO,
    0,
    [_RT, _NT],
    [() => RequiredTagsForListRequiredTags, 0]
];
var RequiredTag$ = [3, n0, _RTe,
    0,
    [_RTes, _CFRT, _RTK],
    [0, 64 | 0, 64 | 0]
];
var ResourceTagMapping$ = [3, n0, _RTM,
    0,
    [_RARN, _T, _CD],
    [0, () => TagList, () => ComplianceDetails$]
];
var StartReportCreationInput$ = [3, n0, _SRCI,
    0,
    [_SB],
    [0], 1
];
var StartReportCreationOutput$ = [3, n0, _SRCO,
    0,
    [],
    []
];
var Summary$ = [3, n0, _Su,
    0,
    [_LU, _TI, _TIT, _R, _RTes, _NCR],
    [0, 0, 0, 0, 0, 1]
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _V],
    [0, 0], 2
];
var TagFilter$ = [3, n0, _TFa,
    0,
    [_K, _Va],
    [0, 64 | 0]
];
var TagResourcesInput$ = [3, n0, _TRI,
    0,
    [_RARNL, _T],
    [64 | 0, 128 | 0], 2
];
var TagResourcesOutput$ = [3, n0, _TRO,
    0,
    [_FRM],
    [() => FailedResourcesMap]
];
var UntagResourcesInput$ = [3, n0, _URI,
    0,
    [_RARNL, _TK],
    [64 | 0, 64 | 0], 2
];
var UntagResourcesOutput$ = [3, n0, _URO,
    0,
    [_FRM],
    [() => FailedResourcesMap]
];
var RequiredTagsForListRequiredTags = [1, n0, _RTFLRT,
    0, () => RequiredTag$
];
var ResourceTagMappingList = [1, n0, _RTML,
    0, () => ResourceTagMapping$
];
var SummaryList = [1, n0, _SLu,
    0, () => Summary$
];
var TagFilterList = [1, n0, _TFL,
    0, () => TagFilter$
];
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var FailedResourcesMap = [2, n0, _FRM,
    0, 0, () => FailureInfo$
];
var DescribeReportCreation$ = [9, n0, _DRC,
    { [_h]: ["POST", "/DescribeReportCreation", 200] }, () => DescribeReportCreationInput$, () => DescribeReportCreationOutput$
];
var GetComplianceSummary$ = [9, n0, _GCS,
    { [_h]: ["POST", "/GetComplianceSummary", 200] }, () => GetComplianceSummaryInput$, () => GetComplianceSummaryOutput$
];
var GetResources$ = [9, n0, _GR,
    { [_h]: ["POST", "/GetResources", 200] }, () => GetResourcesInput$, () => GetResourcesOutput$
];
var GetTagKeys$ = [9, n0, _GTK,
    { [_h]: ["POST", "/GetTagKeys", 200] }, () => GetTagKeysInput$, () => GetTagKeysOutput$
];
var GetTagValues$ = [9, n0, _GTV,
    { [_h]: ["POST", "/GetTagValues", 200] }, () => GetTagValuesInput$, () => GetTagValuesOutput$
];
var ListRequiredTags$ = [9, n0, _LRT,
    { [_h]: ["POST", "/ListRequiredTags", 200] }, () => ListRequiredTagsInput$, () => ListRequiredTagsOutput$
];
var StartReportCreation$ = [9, n0, _SRC,
    { [_h]: ["POST", "/StartReportCreation", 200] }, () => StartReportCreationInput$, () => StartReportCreationOutput$
];
var TagResources$ = [9, n0, _TR,
    { [_h]: ["POST", "/TagResources", 200] }, () => TagResourcesInput$, () => TagResourcesOutput$
];
var UntagResources$ = [9, n0, _UR,
    { [_h]: ["POST", "/UntagResources", 200] }, () => UntagResourcesInput$, () => UntagResourcesOutput$
];

const command = makeBuilder(commonParams, "ResourceGroupsTaggingAPI_20170126", "ResourceGroupsTaggingAPIClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class GetResourcesCommand extends command(_ep0, _mw0, "GetResources", GetResources$) {
}

export { UntagResourcesOutput$ as $, ListRequiredTagsOutput$ as A, PaginationTokenExpiredException$ as B, ComplianceDetails$ as C, DescribeReportCreation$ as D, ResourceGroupsTaggingAPIServiceException as E, FailureInfo$ as F, GetResourcesCommand as G, ResourceGroupsTaggingAPIServiceException$ as H, InternalServiceException as I, ResourceTagMapping$ as J, StartReportCreationInput$ as K, ListRequiredTags$ as L, StartReportCreationOutput$ as M, Summary$ as N, Tag$ as O, PaginationTokenExpiredException as P, TagFilter$ as Q, RequiredTag$ as R, StartReportCreation$ as S, TagResources$ as T, UntagResources$ as U, TagResourcesInput$ as V, TagResourcesOutput$ as W, ThrottledException as X, ThrottledException$ as Y, UntagResourcesInput$ as Z, _mw0 as _, _ep0 as a, GetComplianceSummary$ as b, command as c, GetTagKeys$ as d, errorTypeRegistries as e, GetTagValues$ as f, ConcurrentModificationException as g, ConcurrentModificationException$ as h, ConstraintViolationException as i, ConstraintViolationException$ as j, DescribeReportCreationInput$ as k, DescribeReportCreationOutput$ as l, GetComplianceSummaryInput$ as m, GetComplianceSummaryOutput$ as n, GetResources$ as o, GetResourcesInput$ as p, GetResourcesOutput$ as q, resolveClientEndpointParameters as r, GetTagKeysInput$ as s, GetTagKeysOutput$ as t, GetTagValuesInput$ as u, GetTagValuesOutput$ as v, InternalServiceException$ as w, InvalidParameterException as x, InvalidParameterException$ as y, ListRequiredTagsInput$ as z };
