import { R as ResourceGroupsTaggingAPIClient } from './ResourceGroupsTaggingAPIClient-nW75wKPl.js';
import { c as command, D as DescribeReportCreation$, _ as _mw0, a as _ep0, b as GetComplianceSummary$, d as GetTagKeys$, f as GetTagValues$, L as ListRequiredTags$, S as StartReportCreation$, T as TagResources$, U as UntagResources$, G as GetResourcesCommand } from './GetResourcesCommand-DWoReHYw.js';
export { C as ComplianceDetails$, g as ConcurrentModificationException, h as ConcurrentModificationException$, i as ConstraintViolationException, j as ConstraintViolationException$, k as DescribeReportCreationInput$, l as DescribeReportCreationOutput$, F as FailureInfo$, m as GetComplianceSummaryInput$, n as GetComplianceSummaryOutput$, o as GetResources$, p as GetResourcesInput$, q as GetResourcesOutput$, s as GetTagKeysInput$, t as GetTagKeysOutput$, u as GetTagValuesInput$, v as GetTagValuesOutput$, I as InternalServiceException, w as InternalServiceException$, x as InvalidParameterException, y as InvalidParameterException$, z as ListRequiredTagsInput$, A as ListRequiredTagsOutput$, P as PaginationTokenExpiredException, B as PaginationTokenExpiredException$, R as RequiredTag$, E as ResourceGroupsTaggingAPIServiceException, H as ResourceGroupsTaggingAPIServiceException$, J as ResourceTagMapping$, K as StartReportCreationInput$, M as StartReportCreationOutput$, N as Summary$, O as Tag$, Q as TagFilter$, V as TagResourcesInput$, W as TagResourcesOutput$, X as ThrottledException, Y as ThrottledException$, Z as UntagResourcesInput$, $ as UntagResourcesOutput$, e as errorTypeRegistries } from './GetResourcesCommand-DWoReHYw.js';
import { c as createPaginator } from './createPaginator-DU2FIZFW.js';
import { c as createAggregatedClient } from './create-aggregated-client-DhEwY-kY.js';
export { q as $Command } from './index-Dve_F8QV.js';
export { a1 as __Client } from './ProtocolLib-xg-5KSLQ.js';
import 'node:crypto';
import './toUint8Array-6d8rgJ2N.js';
import './AwsJson1_1Protocol-C8sIEmPP.js';
import './AwsJsonRpcProtocol-BPEFBNSc.js';
import './RpcProtocol-BTxjZwLM.js';
import './hasOwn-DL_PWlY9.js';
import './JsonCodec2-DRq7UHOR.js';
import './write-request-body-CNb9daTH.js';
import 'node:stream';
import './node-http-handler-Cs_FYUpW.js';
import 'node:https';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import 'node:fs';
import 'node:process';

class DescribeReportCreationCommand extends command(_ep0, _mw0, "DescribeReportCreation", DescribeReportCreation$) {
}

class GetComplianceSummaryCommand extends command(_ep0, _mw0, "GetComplianceSummary", GetComplianceSummary$) {
}

class GetTagKeysCommand extends command(_ep0, _mw0, "GetTagKeys", GetTagKeys$) {
}

class GetTagValuesCommand extends command(_ep0, _mw0, "GetTagValues", GetTagValues$) {
}

class ListRequiredTagsCommand extends command(_ep0, _mw0, "ListRequiredTags", ListRequiredTags$) {
}

class StartReportCreationCommand extends command(_ep0, _mw0, "StartReportCreation", StartReportCreation$) {
}

class TagResourcesCommand extends command(_ep0, _mw0, "TagResources", TagResources$) {
}

class UntagResourcesCommand extends command(_ep0, _mw0, "UntagResources", UntagResources$) {
}

const paginateGetComplianceSummary = createPaginator(ResourceGroupsTaggingAPIClient, GetComplianceSummaryCommand, "PaginationToken", "PaginationToken", "MaxResults");

const paginateGetResources = createPaginator(ResourceGroupsTaggingAPIClient, GetResourcesCommand, "PaginationToken", "PaginationToken", "ResourcesPerPage");

const paginateGetTagKeys = createPaginator(ResourceGroupsTaggingAPIClient, GetTagKeysCommand, "PaginationToken", "PaginationToken", "");

const paginateGetTagValues = createPaginator(ResourceGroupsTaggingAPIClient, GetTagValuesCommand, "PaginationToken", "PaginationToken", "");

const paginateListRequiredTags = createPaginator(ResourceGroupsTaggingAPIClient, ListRequiredTagsCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    DescribeReportCreationCommand,
    GetComplianceSummaryCommand,
    GetResourcesCommand,
    GetTagKeysCommand,
    GetTagValuesCommand,
    ListRequiredTagsCommand,
    StartReportCreationCommand,
    TagResourcesCommand,
    UntagResourcesCommand,
};
const paginators = {
    paginateGetComplianceSummary,
    paginateGetResources,
    paginateGetTagKeys,
    paginateGetTagValues,
    paginateListRequiredTags,
};
class ResourceGroupsTaggingAPI extends ResourceGroupsTaggingAPIClient {
}
createAggregatedClient(commands, ResourceGroupsTaggingAPI, { paginators });

const ErrorCode = {
    INTERNAL_SERVICE_EXCEPTION: "InternalServiceException",
    INVALID_PARAMETER_EXCEPTION: "InvalidParameterException",
};
const GroupByAttribute = {
    REGION: "REGION",
    RESOURCE_TYPE: "RESOURCE_TYPE",
    TARGET_ID: "TARGET_ID",
};
const TargetIdType = {
    ACCOUNT: "ACCOUNT",
    OU: "OU",
    ROOT: "ROOT",
};

export { DescribeReportCreation$, DescribeReportCreationCommand, ErrorCode, GetComplianceSummary$, GetComplianceSummaryCommand, GetResourcesCommand, GetTagKeys$, GetTagKeysCommand, GetTagValues$, GetTagValuesCommand, GroupByAttribute, ListRequiredTags$, ListRequiredTagsCommand, ResourceGroupsTaggingAPI, ResourceGroupsTaggingAPIClient, StartReportCreation$, StartReportCreationCommand, TagResources$, TagResourcesCommand, TargetIdType, UntagResources$, UntagResourcesCommand, paginateGetComplianceSummary, paginateGetResources, paginateGetTagKeys, paginateGetTagValues, paginateListRequiredTags };
