import { n as normalizeProvider, b as getSmithyContext, p as parseUrl, l as loadConfig, r as resolveEndpointConfig } from './index-Vo15rDGg.js';
export { e as $Command } from './index-Vo15rDGg.js';
import { r as resolveAwsSdkSigV4Config, B as BinaryDecisionDiagram, u as EndpointCache, v as decideEndpoint, x as awsEndpointFunctions, y as customEndpointFunctions, t as toUtf8, z as Sha256Node, A as NoOpLogger, C as AwsSdkSigV4Signer, j as toBase64, i as fromBase64, D as emitWarningIfUnsupportedVersion, F as resolveDefaultsModeConfig, G as emitWarningIfUnsupportedVersion$1, aj as defaultProvider, I as calculateBodyLength, J as NODE_APP_ID_CONFIG_OPTIONS, K as NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, M as NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, O as NODE_RETRY_MODE_CONFIG_OPTIONS, Q as DEFAULT_RETRY_MODE, R as NODE_REGION_CONFIG_FILE_OPTIONS, T as NODE_REGION_CONFIG_OPTIONS, U as NODE_MAX_ATTEMPT_CONFIG_OPTIONS, V as createDefaultUserAgentProvider, W as NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, X as loadConfigsForDefaultMode, Y as getAwsRegionExtensionConfiguration, Z as getDefaultExtensionConfiguration, _ as getHttpHandlerExtensionConfiguration, $ as resolveAwsRegionExtensionConfiguration, a0 as resolveDefaultRuntimeConfig, a1 as resolveHttpHandlerRuntimeConfig, a2 as Client, a3 as resolveUserAgentConfig, a4 as resolveRetryConfig, a5 as resolveRegionConfig, a6 as getSchemaSerdePlugin, a7 as getUserAgentPlugin, a8 as getRetryPlugin, a9 as getContentLengthPlugin, aa as getHostHeaderPlugin, ab as getLoggerPlugin, ac as getRecursionDetectionPlugin, ad as getHttpAuthSchemeEndpointRuleSetPlugin, ae as DefaultIdentityProviderConfig, af as getHttpSigningPlugin, ag as resolveHostHeaderConfig } from './ProtocolLib-DELdhfEB.js';
import { e as errorTypeRegistries, r as resolveClientEndpointParameters, c as command, A as AssociateKmsKey$, _ as _mw0, a as _ep0, d as AssociateSourceToS3TableIntegration$, C as CancelExportTask$, f as CancelImportTask$, g as CreateDelivery$, h as CreateExportTask$, i as CreateImportTask$, j as CreateLogAnomalyDetector$, k as CreateLogGroup$, l as CreateLogStream$, m as CreateLookupTable$, n as CreateScheduledQuery$, D as DeleteAccountPolicy$, o as DeleteDataProtectionPolicy$, p as DeleteDelivery$, q as DeleteDeliveryDestination$, s as DeleteDeliveryDestinationPolicy$, t as DeleteDeliverySource$, u as DeleteDestination$, v as DeleteIndexPolicy$, w as DeleteIntegration$, x as DeleteLogAnomalyDetector$, y as DeleteLogGroup$, z as DeleteLogStream$, B as DeleteLookupTable$, E as DeleteMetricFilter$, G as DeleteQueryDefinition$, H as DeleteResourcePolicy$, I as DeleteRetentionPolicy$, J as DeleteScheduledQuery$, K as DeleteSubscriptionFilter$, M as DeleteSyslogConfiguration$, N as DeleteTransformer$, O as DescribeAccountPolicies$, P as DescribeConfigurationTemplates$, Q as DescribeDeliveries$, R as DescribeDeliveryDestinations$, S as DescribeDeliverySources$, T as DescribeDestinations$, U as DescribeExportTasks$, V as DescribeFieldIndexes$, W as DescribeImportTaskBatches$, X as DescribeImportTasks$, Y as DescribeIndexPolicies$, Z as DescribeLogGroups$, $ as DescribeLogStreams$, a0 as DescribeLookupTables$, a1 as DescribeMetricFilters$, a2 as DescribeQueries$, a3 as DescribeQueryDefinitions$, a4 as DescribeResourcePolicies$, a5 as DescribeSubscriptionFilters$, a6 as DisassociateKmsKey$, a7 as DisassociateSourceFromS3TableIntegration$, a8 as GetDataProtectionPolicy$, a9 as GetDelivery$, aa as GetDeliveryDestination$, ab as GetDeliveryDestinationPolicy$, ac as GetDeliverySource$, ad as GetIntegration$, ae as GetLogAnomalyDetector$, af as GetLogEvents$, ag as GetLogFields$, ah as GetLogGroupFields$, ai as GetLogObject$, aj as GetLogRecord$, ak as GetLookupTable$, al as GetQueryResults$, am as GetScheduledQuery$, an as GetScheduledQueryHistory$, ao as GetStorageTierPolicy$, ap as GetTransformer$, aq as ListAggregateLogGroupSummaries$, ar as ListIntegrations$, as as ListLogGroups$, at as ListLogGroupsForQuery$, au as ListScheduledQueries$, av as ListSourcesForS3TableIntegration$, aw as ListSyslogConfigurations$, ax as ListTagsForResource$, ay as ListTagsLogGroup$, az as PutAccountPolicy$, aA as PutBearerTokenAuthentication$, aB as PutDataProtectionPolicy$, aC as PutDeliveryDestination$, aD as PutDeliveryDestinationPolicy$, aE as PutDeliverySource$, aF as PutDestination$, aG as PutDestinationPolicy$, aH as PutIndexPolicy$, aI as PutIntegration$, aJ as PutLogEvents$, aK as PutLogGroupDeletionProtection$, aL as PutMetricFilter$, aM as PutQueryDefinition$, aN as PutResourcePolicy$, aO as PutRetentionPolicy$, aP as PutStorageTierPolicy$, aQ as PutSubscriptionFilter$, aR as PutSyslogConfiguration$, aS as PutTransformer$, aT as StartLiveTail$, aU as StartQuery$, aV as StopQuery$, aW as TagLogGroup$, aX as TagResource$, aY as TestMetricFilter$, aZ as TestTransformer$, a_ as UntagLogGroup$, a$ as UntagResource$, b0 as UpdateAnomaly$, b1 as UpdateDeliveryConfiguration$, b2 as UpdateLogAnomalyDetector$, b3 as UpdateLookupTable$, b4 as UpdateScheduledQuery$ } from './commandBuilder-C22GYnCn.js';
export { b5 as AccessDeniedException, b6 as AccessDeniedException$, b7 as AccountPolicy$, b8 as AddKeyEntry$, b9 as AddKeys$, ba as AggregateLogGroupSummary$, bb as Anomaly$, bc as AnomalyDetector$, bd as AssociateKmsKeyRequest$, be as AssociateSourceToS3TableIntegrationRequest$, bf as AssociateSourceToS3TableIntegrationResponse$, bg as CSV$, bh as CancelExportTaskRequest$, bi as CancelImportTaskRequest$, bj as CancelImportTaskResponse$, bk as CloudWatchLogsServiceException, bl as CloudWatchLogsServiceException$, bm as ConfigurationTemplate$, bn as ConfigurationTemplateDeliveryConfigValues$, bo as ConflictException, bp as ConflictException$, bq as CopyValue$, br as CopyValueEntry$, bs as CreateDeliveryRequest$, bt as CreateDeliveryResponse$, bu as CreateExportTaskRequest$, bv as CreateExportTaskResponse$, bw as CreateImportTaskRequest$, bx as CreateImportTaskResponse$, by as CreateLogAnomalyDetectorRequest$, bz as CreateLogAnomalyDetectorResponse$, bA as CreateLogGroupRequest$, bB as CreateLogStreamRequest$, bC as CreateLookupTableRequest$, bD as CreateLookupTableResponse$, bE as CreateScheduledQueryRequest$, bF as CreateScheduledQueryResponse$, bG as DataAlreadyAcceptedException, bH as DataAlreadyAcceptedException$, bI as DataSource$, bJ as DataSourceFilter$, bK as DateTimeConverter$, bL as DeleteAccountPolicyRequest$, bM as DeleteAccountPolicyResponse$, bN as DeleteDataProtectionPolicyRequest$, bO as DeleteDeliveryDestinationPolicyRequest$, bP as DeleteDeliveryDestinationRequest$, bQ as DeleteDeliveryRequest$, bR as DeleteDeliverySourceRequest$, bS as DeleteDestinationRequest$, bT as DeleteIndexPolicyRequest$, bU as DeleteIndexPolicyResponse$, bV as DeleteIntegrationRequest$, bW as DeleteIntegrationResponse$, bX as DeleteKeys$, bY as DeleteLogAnomalyDetectorRequest$, bZ as DeleteLogGroupRequest$, b_ as DeleteLogStreamRequest$, b$ as DeleteLookupTableRequest$, c0 as DeleteMetricFilterRequest$, c1 as DeleteQueryDefinitionRequest$, c2 as DeleteQueryDefinitionResponse$, c3 as DeleteResourcePolicyRequest$, c4 as DeleteRetentionPolicyRequest$, c5 as DeleteScheduledQueryRequest$, c6 as DeleteScheduledQueryResponse$, c7 as DeleteSubscriptionFilterRequest$, c8 as DeleteSyslogConfigurationRequest$, c9 as DeleteTransformerRequest$, ca as Delivery$, cb as DeliveryDestination$, cc as DeliveryDestinationConfiguration$, cd as DeliverySource$, ce as DeliverySourceConfigurationSchema$, cf as DescribeAccountPoliciesRequest$, cg as DescribeAccountPoliciesResponse$, ch as DescribeConfigurationTemplatesRequest$, ci as DescribeConfigurationTemplatesResponse$, cj as DescribeDeliveriesRequest$, ck as DescribeDeliveriesResponse$, cl as DescribeDeliveryDestinationsRequest$, cm as DescribeDeliveryDestinationsResponse$, cn as DescribeDeliverySourcesRequest$, co as DescribeDeliverySourcesResponse$, cp as DescribeDestinationsRequest$, cq as DescribeDestinationsResponse$, cr as DescribeExportTasksRequest$, cs as DescribeExportTasksResponse$, ct as DescribeFieldIndexesRequest$, cu as DescribeFieldIndexesResponse$, cv as DescribeImportTaskBatchesRequest$, cw as DescribeImportTaskBatchesResponse$, cx as DescribeImportTasksRequest$, cy as DescribeImportTasksResponse$, cz as DescribeIndexPoliciesRequest$, cA as DescribeIndexPoliciesResponse$, cB as DescribeLogGroupsRequest$, cC as DescribeLogGroupsResponse$, cD as DescribeLogStreamsRequest$, cE as DescribeLogStreamsResponse$, cF as DescribeLookupTablesRequest$, cG as DescribeLookupTablesResponse$, cH as DescribeMetricFiltersRequest$, cI as DescribeMetricFiltersResponse$, cJ as DescribeQueriesRequest$, cK as DescribeQueriesResponse$, cL as DescribeQueryDefinitionsRequest$, cM as DescribeQueryDefinitionsResponse$, cN as DescribeResourcePoliciesRequest$, cO as DescribeResourcePoliciesResponse$, cP as DescribeSubscriptionFiltersRequest$, cQ as DescribeSubscriptionFiltersResponse$, cR as Destination$, cS as DestinationConfiguration$, cT as DisassociateKmsKeyRequest$, cU as DisassociateSourceFromS3TableIntegrationRequest$, cV as DisassociateSourceFromS3TableIntegrationResponse$, cW as DryRunResult$, cX as Entity$, cY as ExportTask$, cZ as ExportTaskExecutionInfo$, c_ as ExportTaskStatus$, c$ as FieldIndex$, d0 as FieldsData$, F as FilterLogEvents$, d1 as FilterLogEventsRequest$, d2 as FilterLogEventsResponse$, d3 as FilteredLogEvent$, d4 as GetDataProtectionPolicyRequest$, d5 as GetDataProtectionPolicyResponse$, d6 as GetDeliveryDestinationPolicyRequest$, d7 as GetDeliveryDestinationPolicyResponse$, d8 as GetDeliveryDestinationRequest$, d9 as GetDeliveryDestinationResponse$, da as GetDeliveryRequest$, db as GetDeliveryResponse$, dc as GetDeliverySourceRequest$, dd as GetDeliverySourceResponse$, de as GetIntegrationRequest$, df as GetIntegrationResponse$, dg as GetLogAnomalyDetectorRequest$, dh as GetLogAnomalyDetectorResponse$, di as GetLogEventsRequest$, dj as GetLogEventsResponse$, dk as GetLogFieldsRequest$, dl as GetLogFieldsResponse$, dm as GetLogGroupFieldsRequest$, dn as GetLogGroupFieldsResponse$, dp as GetLogObjectRequest$, dq as GetLogObjectResponse$, dr as GetLogObjectResponseStream$, ds as GetLogRecordRequest$, dt as GetLogRecordResponse$, du as GetLookupTableRequest$, dv as GetLookupTableResponse$, dw as GetQueryResultsRequest$, dx as GetQueryResultsResponse$, dy as GetScheduledQueryHistoryRequest$, dz as GetScheduledQueryHistoryResponse$, dA as GetScheduledQueryRequest$, dB as GetScheduledQueryResponse$, dC as GetStorageTierPolicyRequest$, dD as GetStorageTierPolicyResponse$, dE as GetTransformerRequest$, dF as GetTransformerResponse$, dG as Grok$, dH as GroupingIdentifier$, dI as Import$, dJ as ImportBatch$, dK as ImportFilter$, dL as ImportStatistics$, dM as IndexPolicy$, dN as InputLogEvent$, dO as IntegrationDetails$, dP as IntegrationSummary$, dQ as InternalServerException, dR as InternalServerException$, dS as InternalStreamingException, dT as InternalStreamingException$, dU as InvalidOperationException, dV as InvalidOperationException$, dW as InvalidParameterException, dX as InvalidParameterException$, dY as InvalidSequenceTokenException, dZ as InvalidSequenceTokenException$, d_ as LimitExceededException, d$ as LimitExceededException$, e0 as ListAggregateLogGroupSummariesRequest$, e1 as ListAggregateLogGroupSummariesResponse$, L as ListAnomalies$, e2 as ListAnomaliesRequest$, e3 as ListAnomaliesResponse$, e4 as ListIntegrationsRequest$, e5 as ListIntegrationsResponse$, b as ListLogAnomalyDetectors$, e6 as ListLogAnomalyDetectorsRequest$, e7 as ListLogAnomalyDetectorsResponse$, e8 as ListLogGroupsForQueryRequest$, e9 as ListLogGroupsForQueryResponse$, ea as ListLogGroupsRequest$, eb as ListLogGroupsResponse$, ec as ListScheduledQueriesRequest$, ed as ListScheduledQueriesResponse$, ee as ListSourcesForS3TableIntegrationRequest$, ef as ListSourcesForS3TableIntegrationResponse$, eg as ListSyslogConfigurationsRequest$, eh as ListSyslogConfigurationsResponse$, ei as ListTagsForResourceRequest$, ej as ListTagsForResourceResponse$, ek as ListTagsLogGroupRequest$, el as ListTagsLogGroupResponse$, em as ListToMap$, en as LiveTailSessionLogEvent$, eo as LiveTailSessionMetadata$, ep as LiveTailSessionStart$, eq as LiveTailSessionUpdate$, er as LogEvent$, es as LogFieldType$, et as LogFieldsListItem$, eu as LogGroup$, ev as LogGroupField$, ew as LogGroupImpact$, ex as LogGroupSummary$, ey as LogStream$, ez as LookupTable$, eA as LookupTableConfiguration$, eB as LowerCaseString$, eC as MalformedQueryException, eD as MalformedQueryException$, eE as MetricFilter$, eF as MetricFilterMatchRecord$, eG as MetricTransformation$, eH as MoveKeyEntry$, eI as MoveKeys$, eJ as OpenSearchApplication$, eK as OpenSearchCollection$, eL as OpenSearchDataAccessPolicy$, eM as OpenSearchDataSource$, eN as OpenSearchEncryptionPolicy$, eO as OpenSearchIntegrationDetails$, eP as OpenSearchLifecyclePolicy$, eQ as OpenSearchNetworkPolicy$, eR as OpenSearchResourceConfig$, eS as OpenSearchResourceStatus$, eT as OpenSearchWorkspace$, eU as OperationAbortedException, eV as OperationAbortedException$, eW as OutputLogEvent$, eX as ParseCloudfront$, eY as ParseJSON$, eZ as ParseKeyValue$, e_ as ParsePostgres$, e$ as ParseRoute53$, f0 as ParseToOCSF$, f1 as ParseVPC$, f2 as ParseWAF$, f3 as PatternToken$, f4 as Policy$, f5 as Processor$, f6 as PutAccountPolicyRequest$, f7 as PutAccountPolicyResponse$, f8 as PutBearerTokenAuthenticationRequest$, f9 as PutDataProtectionPolicyRequest$, fa as PutDataProtectionPolicyResponse$, fb as PutDeliveryDestinationPolicyRequest$, fc as PutDeliveryDestinationPolicyResponse$, fd as PutDeliveryDestinationRequest$, fe as PutDeliveryDestinationResponse$, ff as PutDeliverySourceRequest$, fg as PutDeliverySourceResponse$, fh as PutDestinationPolicyRequest$, fi as PutDestinationRequest$, fj as PutDestinationResponse$, fk as PutIndexPolicyRequest$, fl as PutIndexPolicyResponse$, fm as PutIntegrationRequest$, fn as PutIntegrationResponse$, fo as PutLogEventsRequest$, fp as PutLogEventsResponse$, fq as PutLogGroupDeletionProtectionRequest$, fr as PutMetricFilterRequest$, fs as PutQueryDefinitionRequest$, ft as PutQueryDefinitionResponse$, fu as PutResourcePolicyRequest$, fv as PutResourcePolicyResponse$, fw as PutRetentionPolicyRequest$, fx as PutStorageTierPolicyRequest$, fy as PutStorageTierPolicyResponse$, fz as PutSubscriptionFilterRequest$, fA as PutSyslogConfigurationRequest$, fB as PutTransformerRequest$, fC as QueryCompileError$, fD as QueryCompileErrorLocation$, fE as QueryDefinition$, fF as QueryInfo$, fG as QueryParameter$, fH as QueryStatistics$, fI as RecordField$, fJ as RejectedEntityInfo$, fK as RejectedLogEventsInfo$, fL as RenameKeyEntry$, fM as RenameKeys$, fN as ResourceAlreadyExistsException, fO as ResourceAlreadyExistsException$, fP as ResourceConfig$, fQ as ResourceNotFoundException, fR as ResourceNotFoundException$, fS as ResourcePolicy$, fT as ResultField$, fU as S3Configuration$, fV as S3DeliveryConfiguration$, fW as S3TableIntegrationSource$, fX as S3TablesIntegration$, fY as ScheduledQueryDestination$, fZ as ScheduledQuerySummary$, f_ as SearchedLogStream$, f$ as ServiceQuotaExceededException, g0 as ServiceQuotaExceededException$, g1 as ServiceUnavailableException, g2 as ServiceUnavailableException$, g3 as SessionStreamingException, g4 as SessionStreamingException$, g5 as SessionTimeoutException, g6 as SessionTimeoutException$, g7 as SplitString$, g8 as SplitStringEntry$, g9 as StartLiveTailRequest$, ga as StartLiveTailResponse$, gb as StartLiveTailResponseStream$, gc as StartQueryRequest$, gd as StartQueryResponse$, ge as StopQueryRequest$, gf as StopQueryResponse$, gg as SubscriptionFilter$, gh as SubstituteString$, gi as SubstituteStringEntry$, gj as SuppressionPeriod$, gk as SyslogConfiguration$, gl as TagFilter$, gm as TagLogGroupRequest$, gn as TagResourceRequest$, go as TestMetricFilterRequest$, gp as TestMetricFilterResponse$, gq as TestTransformerRequest$, gr as TestTransformerResponse$, gs as ThrottlingException, gt as ThrottlingException$, gu as TooManyTagsException, gv as TooManyTagsException$, gw as TransformedLogRecord$, gx as TriggerHistoryRecord$, gy as TrimString$, gz as TypeConverter$, gA as TypeConverterEntry$, gB as UnrecognizedClientException, gC as UnrecognizedClientException$, gD as UntagLogGroupRequest$, gE as UntagResourceRequest$, gF as UpdateAnomalyRequest$, gG as UpdateDeliveryConfigurationRequest$, gH as UpdateDeliveryConfigurationResponse$, gI as UpdateLogAnomalyDetectorRequest$, gJ as UpdateLookupTableRequest$, gK as UpdateLookupTableResponse$, gL as UpdateScheduledQueryRequest$, gM as UpdateScheduledQueryResponse$, gN as UpperCaseString$, gO as ValidationException, gP as ValidationException$ } from './commandBuilder-C22GYnCn.js';
import 'node:crypto';
import { f as fromUtf8 } from './toUint8Array-6d8rgJ2N.js';
import { A as AwsJson1_1Protocol } from './AwsJson1_1Protocol-CtW3cRmD.js';
import { s as streamCollector } from './write-request-body-CNb9daTH.js';
import { e as eventStreamSerdeProvider, r as resolveEventStreamSerdeConfig } from './EventStreamSerdeConfig-DBixcohy.js';
import { N as NodeHttpHandler } from './node-http-handler-Cs_FYUpW.js';
import { g as getDefaultSocketTimeout } from './getDefaultSocketTimeout-DL-CUiQe.js';
import { F as FilterLogEventsCommand } from './FilterLogEventsCommand-aQbOMEyE.js';
import { L as ListAnomaliesCommand, a as ListLogAnomalyDetectorsCommand } from './ListLogAnomalyDetectorsCommand-P0zXuNEc.js';
import { c as createPaginator } from './createPaginator-DU2FIZFW.js';
import { c as createAggregatedClient } from './create-aggregated-client-DhEwY-kY.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';
import 'node:fs';
import 'node:stream';
import 'node:process';
import './AwsJsonRpcProtocol-6cZvh9Sv.js';
import './RpcProtocol-_8i_d0wm.js';
import './JsonCodec2-TgcBtCEX.js';
import 'node:zlib';
import 'node:https';

const defaultCloudWatchLogsHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "logs",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultCloudWatchLogsHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

var version = "3.1164.0";
var packageInfo = {
	version: version};

const m = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = { [m]: "Endpoint" }, i = { [m]: d }, j = { [m]: "Region" }, k = {}, l = [j];
const _data = {
    conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "us-gov-east-1"]],
        [g, [j, "us-gov-west-1"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://logs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://logs.us-gov-east-1.amazonaws.com", k],
        ["https://logs.us-gov-west-1.amazonaws.com", k],
        ["https://logs-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://logs.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://logs.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 14, 3,
    1, 4, r + 13,
    2, 5, r + 13,
    3, 8, 6,
    4, 7, r + 12,
    5, r + 10, r + 11,
    4, 12, 9,
    6, 10, r + 9,
    7, r + 6, 11,
    8, r + 7, r + 8,
    5, 13, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 15,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2014-03-28",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchLogsHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.cloudwatchlogs",
            errorTypeRegistries,
            xmlNamespace: "http://monitoring.amazonaws.com/doc/2014-03-28/",
            version: "2014-03-28",
            serviceTarget: "Logs_20140328",
        },
        serviceId: config?.serviceId ?? "CloudWatch Logs",
        sha256: config?.sha256 ?? Sha256Node,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 300_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class CloudWatchLogsClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveEventStreamSerdeConfig(_config_6);
        const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
        const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
        this.config = _config_9;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultCloudWatchLogsHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

class AssociateKmsKeyCommand extends command(_ep0, _mw0, "AssociateKmsKey", AssociateKmsKey$) {
}

class AssociateSourceToS3TableIntegrationCommand extends command(_ep0, _mw0, "AssociateSourceToS3TableIntegration", AssociateSourceToS3TableIntegration$) {
}

class CancelExportTaskCommand extends command(_ep0, _mw0, "CancelExportTask", CancelExportTask$) {
}

class CancelImportTaskCommand extends command(_ep0, _mw0, "CancelImportTask", CancelImportTask$) {
}

class CreateDeliveryCommand extends command(_ep0, _mw0, "CreateDelivery", CreateDelivery$) {
}

class CreateExportTaskCommand extends command(_ep0, _mw0, "CreateExportTask", CreateExportTask$) {
}

class CreateImportTaskCommand extends command(_ep0, _mw0, "CreateImportTask", CreateImportTask$) {
}

class CreateLogAnomalyDetectorCommand extends command(_ep0, _mw0, "CreateLogAnomalyDetector", CreateLogAnomalyDetector$) {
}

class CreateLogGroupCommand extends command(_ep0, _mw0, "CreateLogGroup", CreateLogGroup$) {
}

class CreateLogStreamCommand extends command(_ep0, _mw0, "CreateLogStream", CreateLogStream$) {
}

class CreateLookupTableCommand extends command(_ep0, _mw0, "CreateLookupTable", CreateLookupTable$) {
}

class CreateScheduledQueryCommand extends command(_ep0, _mw0, "CreateScheduledQuery", CreateScheduledQuery$) {
}

class DeleteAccountPolicyCommand extends command(_ep0, _mw0, "DeleteAccountPolicy", DeleteAccountPolicy$) {
}

class DeleteDataProtectionPolicyCommand extends command(_ep0, _mw0, "DeleteDataProtectionPolicy", DeleteDataProtectionPolicy$) {
}

class DeleteDeliveryCommand extends command(_ep0, _mw0, "DeleteDelivery", DeleteDelivery$) {
}

class DeleteDeliveryDestinationCommand extends command(_ep0, _mw0, "DeleteDeliveryDestination", DeleteDeliveryDestination$) {
}

class DeleteDeliveryDestinationPolicyCommand extends command(_ep0, _mw0, "DeleteDeliveryDestinationPolicy", DeleteDeliveryDestinationPolicy$) {
}

class DeleteDeliverySourceCommand extends command(_ep0, _mw0, "DeleteDeliverySource", DeleteDeliverySource$) {
}

class DeleteDestinationCommand extends command(_ep0, _mw0, "DeleteDestination", DeleteDestination$) {
}

class DeleteIndexPolicyCommand extends command(_ep0, _mw0, "DeleteIndexPolicy", DeleteIndexPolicy$) {
}

class DeleteIntegrationCommand extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
}

class DeleteLogAnomalyDetectorCommand extends command(_ep0, _mw0, "DeleteLogAnomalyDetector", DeleteLogAnomalyDetector$) {
}

class DeleteLogGroupCommand extends command(_ep0, _mw0, "DeleteLogGroup", DeleteLogGroup$) {
}

class DeleteLogStreamCommand extends command(_ep0, _mw0, "DeleteLogStream", DeleteLogStream$) {
}

class DeleteLookupTableCommand extends command(_ep0, _mw0, "DeleteLookupTable", DeleteLookupTable$) {
}

class DeleteMetricFilterCommand extends command(_ep0, _mw0, "DeleteMetricFilter", DeleteMetricFilter$) {
}

class DeleteQueryDefinitionCommand extends command(_ep0, _mw0, "DeleteQueryDefinition", DeleteQueryDefinition$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DeleteRetentionPolicyCommand extends command(_ep0, _mw0, "DeleteRetentionPolicy", DeleteRetentionPolicy$) {
}

class DeleteScheduledQueryCommand extends command(_ep0, _mw0, "DeleteScheduledQuery", DeleteScheduledQuery$) {
}

class DeleteSubscriptionFilterCommand extends command(_ep0, _mw0, "DeleteSubscriptionFilter", DeleteSubscriptionFilter$) {
}

class DeleteSyslogConfigurationCommand extends command(_ep0, _mw0, "DeleteSyslogConfiguration", DeleteSyslogConfiguration$) {
}

class DeleteTransformerCommand extends command(_ep0, _mw0, "DeleteTransformer", DeleteTransformer$) {
}

class DescribeAccountPoliciesCommand extends command(_ep0, _mw0, "DescribeAccountPolicies", DescribeAccountPolicies$) {
}

class DescribeConfigurationTemplatesCommand extends command(_ep0, _mw0, "DescribeConfigurationTemplates", DescribeConfigurationTemplates$) {
}

class DescribeDeliveriesCommand extends command(_ep0, _mw0, "DescribeDeliveries", DescribeDeliveries$) {
}

class DescribeDeliveryDestinationsCommand extends command(_ep0, _mw0, "DescribeDeliveryDestinations", DescribeDeliveryDestinations$) {
}

class DescribeDeliverySourcesCommand extends command(_ep0, _mw0, "DescribeDeliverySources", DescribeDeliverySources$) {
}

class DescribeDestinationsCommand extends command(_ep0, _mw0, "DescribeDestinations", DescribeDestinations$) {
}

class DescribeExportTasksCommand extends command(_ep0, _mw0, "DescribeExportTasks", DescribeExportTasks$) {
}

class DescribeFieldIndexesCommand extends command(_ep0, _mw0, "DescribeFieldIndexes", DescribeFieldIndexes$) {
}

class DescribeImportTaskBatchesCommand extends command(_ep0, _mw0, "DescribeImportTaskBatches", DescribeImportTaskBatches$) {
}

class DescribeImportTasksCommand extends command(_ep0, _mw0, "DescribeImportTasks", DescribeImportTasks$) {
}

class DescribeIndexPoliciesCommand extends command(_ep0, _mw0, "DescribeIndexPolicies", DescribeIndexPolicies$) {
}

class DescribeLogGroupsCommand extends command(_ep0, _mw0, "DescribeLogGroups", DescribeLogGroups$) {
}

class DescribeLogStreamsCommand extends command(_ep0, _mw0, "DescribeLogStreams", DescribeLogStreams$) {
}

class DescribeLookupTablesCommand extends command(_ep0, _mw0, "DescribeLookupTables", DescribeLookupTables$) {
}

class DescribeMetricFiltersCommand extends command(_ep0, _mw0, "DescribeMetricFilters", DescribeMetricFilters$) {
}

class DescribeQueriesCommand extends command(_ep0, _mw0, "DescribeQueries", DescribeQueries$) {
}

class DescribeQueryDefinitionsCommand extends command(_ep0, _mw0, "DescribeQueryDefinitions", DescribeQueryDefinitions$) {
}

class DescribeResourcePoliciesCommand extends command(_ep0, _mw0, "DescribeResourcePolicies", DescribeResourcePolicies$) {
}

class DescribeSubscriptionFiltersCommand extends command(_ep0, _mw0, "DescribeSubscriptionFilters", DescribeSubscriptionFilters$) {
}

class DisassociateKmsKeyCommand extends command(_ep0, _mw0, "DisassociateKmsKey", DisassociateKmsKey$) {
}

class DisassociateSourceFromS3TableIntegrationCommand extends command(_ep0, _mw0, "DisassociateSourceFromS3TableIntegration", DisassociateSourceFromS3TableIntegration$) {
}

class GetDataProtectionPolicyCommand extends command(_ep0, _mw0, "GetDataProtectionPolicy", GetDataProtectionPolicy$) {
}

class GetDeliveryCommand extends command(_ep0, _mw0, "GetDelivery", GetDelivery$) {
}

class GetDeliveryDestinationCommand extends command(_ep0, _mw0, "GetDeliveryDestination", GetDeliveryDestination$) {
}

class GetDeliveryDestinationPolicyCommand extends command(_ep0, _mw0, "GetDeliveryDestinationPolicy", GetDeliveryDestinationPolicy$) {
}

class GetDeliverySourceCommand extends command(_ep0, _mw0, "GetDeliverySource", GetDeliverySource$) {
}

class GetIntegrationCommand extends command(_ep0, _mw0, "GetIntegration", GetIntegration$) {
}

class GetLogAnomalyDetectorCommand extends command(_ep0, _mw0, "GetLogAnomalyDetector", GetLogAnomalyDetector$) {
}

class GetLogEventsCommand extends command(_ep0, _mw0, "GetLogEvents", GetLogEvents$) {
}

class GetLogFieldsCommand extends command(_ep0, _mw0, "GetLogFields", GetLogFields$) {
}

class GetLogGroupFieldsCommand extends command(_ep0, _mw0, "GetLogGroupFields", GetLogGroupFields$) {
}

class GetLogObjectCommand extends command(_ep0, _mw0, "GetLogObject", GetLogObject$) {
}

class GetLogRecordCommand extends command(_ep0, _mw0, "GetLogRecord", GetLogRecord$) {
}

class GetLookupTableCommand extends command(_ep0, _mw0, "GetLookupTable", GetLookupTable$) {
}

class GetQueryResultsCommand extends command(_ep0, _mw0, "GetQueryResults", GetQueryResults$) {
}

class GetScheduledQueryCommand extends command(_ep0, _mw0, "GetScheduledQuery", GetScheduledQuery$) {
}

class GetScheduledQueryHistoryCommand extends command(_ep0, _mw0, "GetScheduledQueryHistory", GetScheduledQueryHistory$) {
}

class GetStorageTierPolicyCommand extends command(_ep0, _mw0, "GetStorageTierPolicy", GetStorageTierPolicy$) {
}

class GetTransformerCommand extends command(_ep0, _mw0, "GetTransformer", GetTransformer$) {
}

class ListAggregateLogGroupSummariesCommand extends command(_ep0, _mw0, "ListAggregateLogGroupSummaries", ListAggregateLogGroupSummaries$) {
}

class ListIntegrationsCommand extends command(_ep0, _mw0, "ListIntegrations", ListIntegrations$) {
}

class ListLogGroupsCommand extends command(_ep0, _mw0, "ListLogGroups", ListLogGroups$) {
}

class ListLogGroupsForQueryCommand extends command(_ep0, _mw0, "ListLogGroupsForQuery", ListLogGroupsForQuery$) {
}

class ListScheduledQueriesCommand extends command(_ep0, _mw0, "ListScheduledQueries", ListScheduledQueries$) {
}

class ListSourcesForS3TableIntegrationCommand extends command(_ep0, _mw0, "ListSourcesForS3TableIntegration", ListSourcesForS3TableIntegration$) {
}

class ListSyslogConfigurationsCommand extends command(_ep0, _mw0, "ListSyslogConfigurations", ListSyslogConfigurations$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListTagsLogGroupCommand extends command(_ep0, _mw0, "ListTagsLogGroup", ListTagsLogGroup$) {
}

class PutAccountPolicyCommand extends command(_ep0, _mw0, "PutAccountPolicy", PutAccountPolicy$) {
}

class PutBearerTokenAuthenticationCommand extends command(_ep0, _mw0, "PutBearerTokenAuthentication", PutBearerTokenAuthentication$) {
}

class PutDataProtectionPolicyCommand extends command(_ep0, _mw0, "PutDataProtectionPolicy", PutDataProtectionPolicy$) {
}

class PutDeliveryDestinationCommand extends command(_ep0, _mw0, "PutDeliveryDestination", PutDeliveryDestination$) {
}

class PutDeliveryDestinationPolicyCommand extends command(_ep0, _mw0, "PutDeliveryDestinationPolicy", PutDeliveryDestinationPolicy$) {
}

class PutDeliverySourceCommand extends command(_ep0, _mw0, "PutDeliverySource", PutDeliverySource$) {
}

class PutDestinationCommand extends command(_ep0, _mw0, "PutDestination", PutDestination$) {
}

class PutDestinationPolicyCommand extends command(_ep0, _mw0, "PutDestinationPolicy", PutDestinationPolicy$) {
}

class PutIndexPolicyCommand extends command(_ep0, _mw0, "PutIndexPolicy", PutIndexPolicy$) {
}

class PutIntegrationCommand extends command(_ep0, _mw0, "PutIntegration", PutIntegration$) {
}

class PutLogEventsCommand extends command(_ep0, _mw0, "PutLogEvents", PutLogEvents$) {
}

class PutLogGroupDeletionProtectionCommand extends command(_ep0, _mw0, "PutLogGroupDeletionProtection", PutLogGroupDeletionProtection$) {
}

class PutMetricFilterCommand extends command(_ep0, _mw0, "PutMetricFilter", PutMetricFilter$) {
}

class PutQueryDefinitionCommand extends command(_ep0, _mw0, "PutQueryDefinition", PutQueryDefinition$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class PutRetentionPolicyCommand extends command(_ep0, _mw0, "PutRetentionPolicy", PutRetentionPolicy$) {
}

class PutStorageTierPolicyCommand extends command(_ep0, _mw0, "PutStorageTierPolicy", PutStorageTierPolicy$) {
}

class PutSubscriptionFilterCommand extends command(_ep0, _mw0, "PutSubscriptionFilter", PutSubscriptionFilter$) {
}

class PutSyslogConfigurationCommand extends command(_ep0, _mw0, "PutSyslogConfiguration", PutSyslogConfiguration$) {
}

class PutTransformerCommand extends command(_ep0, _mw0, "PutTransformer", PutTransformer$) {
}

class StartLiveTailCommand extends command(_ep0, _mw0, "StartLiveTail", StartLiveTail$) {
}

class StartQueryCommand extends command(_ep0, _mw0, "StartQuery", StartQuery$) {
}

class StopQueryCommand extends command(_ep0, _mw0, "StopQuery", StopQuery$) {
}

class TagLogGroupCommand extends command(_ep0, _mw0, "TagLogGroup", TagLogGroup$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class TestMetricFilterCommand extends command(_ep0, _mw0, "TestMetricFilter", TestMetricFilter$) {
}

class TestTransformerCommand extends command(_ep0, _mw0, "TestTransformer", TestTransformer$) {
}

class UntagLogGroupCommand extends command(_ep0, _mw0, "UntagLogGroup", UntagLogGroup$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAnomalyCommand extends command(_ep0, _mw0, "UpdateAnomaly", UpdateAnomaly$) {
}

class UpdateDeliveryConfigurationCommand extends command(_ep0, _mw0, "UpdateDeliveryConfiguration", UpdateDeliveryConfiguration$) {
}

class UpdateLogAnomalyDetectorCommand extends command(_ep0, _mw0, "UpdateLogAnomalyDetector", UpdateLogAnomalyDetector$) {
}

class UpdateLookupTableCommand extends command(_ep0, _mw0, "UpdateLookupTable", UpdateLookupTable$) {
}

class UpdateScheduledQueryCommand extends command(_ep0, _mw0, "UpdateScheduledQuery", UpdateScheduledQuery$) {
}

const paginateDescribeConfigurationTemplates = createPaginator(CloudWatchLogsClient, DescribeConfigurationTemplatesCommand, "nextToken", "nextToken", "limit");

const paginateDescribeDeliveries = createPaginator(CloudWatchLogsClient, DescribeDeliveriesCommand, "nextToken", "nextToken", "limit");

const paginateDescribeDeliveryDestinations = createPaginator(CloudWatchLogsClient, DescribeDeliveryDestinationsCommand, "nextToken", "nextToken", "limit");

const paginateDescribeDeliverySources = createPaginator(CloudWatchLogsClient, DescribeDeliverySourcesCommand, "nextToken", "nextToken", "limit");

const paginateDescribeDestinations = createPaginator(CloudWatchLogsClient, DescribeDestinationsCommand, "nextToken", "nextToken", "limit");

const paginateDescribeLogGroups = createPaginator(CloudWatchLogsClient, DescribeLogGroupsCommand, "nextToken", "nextToken", "limit");

const paginateDescribeLogStreams = createPaginator(CloudWatchLogsClient, DescribeLogStreamsCommand, "nextToken", "nextToken", "limit");

const paginateDescribeMetricFilters = createPaginator(CloudWatchLogsClient, DescribeMetricFiltersCommand, "nextToken", "nextToken", "limit");

const paginateDescribeSubscriptionFilters = createPaginator(CloudWatchLogsClient, DescribeSubscriptionFiltersCommand, "nextToken", "nextToken", "limit");

const paginateFilterLogEvents = createPaginator(CloudWatchLogsClient, FilterLogEventsCommand, "nextToken", "nextToken", "limit");

const paginateGetLogEvents = createPaginator(CloudWatchLogsClient, GetLogEventsCommand, "nextToken", "nextForwardToken", "limit");

const paginateGetScheduledQueryHistory = createPaginator(CloudWatchLogsClient, GetScheduledQueryHistoryCommand, "nextToken", "nextToken", "maxResults");

const paginateListAggregateLogGroupSummaries = createPaginator(CloudWatchLogsClient, ListAggregateLogGroupSummariesCommand, "nextToken", "nextToken", "limit");

const paginateListAnomalies = createPaginator(CloudWatchLogsClient, ListAnomaliesCommand, "nextToken", "nextToken", "limit");

const paginateListLogAnomalyDetectors = createPaginator(CloudWatchLogsClient, ListLogAnomalyDetectorsCommand, "nextToken", "nextToken", "limit");

const paginateListLogGroupsForQuery = createPaginator(CloudWatchLogsClient, ListLogGroupsForQueryCommand, "nextToken", "nextToken", "maxResults");

const paginateListScheduledQueries = createPaginator(CloudWatchLogsClient, ListScheduledQueriesCommand, "nextToken", "nextToken", "maxResults");

const paginateListSourcesForS3TableIntegration = createPaginator(CloudWatchLogsClient, ListSourcesForS3TableIntegrationCommand, "nextToken", "nextToken", "maxResults");

const commands = {
    AssociateKmsKeyCommand,
    AssociateSourceToS3TableIntegrationCommand,
    CancelExportTaskCommand,
    CancelImportTaskCommand,
    CreateDeliveryCommand,
    CreateExportTaskCommand,
    CreateImportTaskCommand,
    CreateLogAnomalyDetectorCommand,
    CreateLogGroupCommand,
    CreateLogStreamCommand,
    CreateLookupTableCommand,
    CreateScheduledQueryCommand,
    DeleteAccountPolicyCommand,
    DeleteDataProtectionPolicyCommand,
    DeleteDeliveryCommand,
    DeleteDeliveryDestinationCommand,
    DeleteDeliveryDestinationPolicyCommand,
    DeleteDeliverySourceCommand,
    DeleteDestinationCommand,
    DeleteIndexPolicyCommand,
    DeleteIntegrationCommand,
    DeleteLogAnomalyDetectorCommand,
    DeleteLogGroupCommand,
    DeleteLogStreamCommand,
    DeleteLookupTableCommand,
    DeleteMetricFilterCommand,
    DeleteQueryDefinitionCommand,
    DeleteResourcePolicyCommand,
    DeleteRetentionPolicyCommand,
    DeleteScheduledQueryCommand,
    DeleteSubscriptionFilterCommand,
    DeleteSyslogConfigurationCommand,
    DeleteTransformerCommand,
    DescribeAccountPoliciesCommand,
    DescribeConfigurationTemplatesCommand,
    DescribeDeliveriesCommand,
    DescribeDeliveryDestinationsCommand,
    DescribeDeliverySourcesCommand,
    DescribeDestinationsCommand,
    DescribeExportTasksCommand,
    DescribeFieldIndexesCommand,
    DescribeImportTaskBatchesCommand,
    DescribeImportTasksCommand,
    DescribeIndexPoliciesCommand,
    DescribeLogGroupsCommand,
    DescribeLogStreamsCommand,
    DescribeLookupTablesCommand,
    DescribeMetricFiltersCommand,
    DescribeQueriesCommand,
    DescribeQueryDefinitionsCommand,
    DescribeResourcePoliciesCommand,
    DescribeSubscriptionFiltersCommand,
    DisassociateKmsKeyCommand,
    DisassociateSourceFromS3TableIntegrationCommand,
    FilterLogEventsCommand,
    GetDataProtectionPolicyCommand,
    GetDeliveryCommand,
    GetDeliveryDestinationCommand,
    GetDeliveryDestinationPolicyCommand,
    GetDeliverySourceCommand,
    GetIntegrationCommand,
    GetLogAnomalyDetectorCommand,
    GetLogEventsCommand,
    GetLogFieldsCommand,
    GetLogGroupFieldsCommand,
    GetLogObjectCommand,
    GetLogRecordCommand,
    GetLookupTableCommand,
    GetQueryResultsCommand,
    GetScheduledQueryCommand,
    GetScheduledQueryHistoryCommand,
    GetStorageTierPolicyCommand,
    GetTransformerCommand,
    ListAggregateLogGroupSummariesCommand,
    ListAnomaliesCommand,
    ListIntegrationsCommand,
    ListLogAnomalyDetectorsCommand,
    ListLogGroupsCommand,
    ListLogGroupsForQueryCommand,
    ListScheduledQueriesCommand,
    ListSourcesForS3TableIntegrationCommand,
    ListSyslogConfigurationsCommand,
    ListTagsForResourceCommand,
    ListTagsLogGroupCommand,
    PutAccountPolicyCommand,
    PutBearerTokenAuthenticationCommand,
    PutDataProtectionPolicyCommand,
    PutDeliveryDestinationCommand,
    PutDeliveryDestinationPolicyCommand,
    PutDeliverySourceCommand,
    PutDestinationCommand,
    PutDestinationPolicyCommand,
    PutIndexPolicyCommand,
    PutIntegrationCommand,
    PutLogEventsCommand,
    PutLogGroupDeletionProtectionCommand,
    PutMetricFilterCommand,
    PutQueryDefinitionCommand,
    PutResourcePolicyCommand,
    PutRetentionPolicyCommand,
    PutStorageTierPolicyCommand,
    PutSubscriptionFilterCommand,
    PutSyslogConfigurationCommand,
    PutTransformerCommand,
    StartLiveTailCommand,
    StartQueryCommand,
    StopQueryCommand,
    TagLogGroupCommand,
    TagResourceCommand,
    TestMetricFilterCommand,
    TestTransformerCommand,
    UntagLogGroupCommand,
    UntagResourceCommand,
    UpdateAnomalyCommand,
    UpdateDeliveryConfigurationCommand,
    UpdateLogAnomalyDetectorCommand,
    UpdateLookupTableCommand,
    UpdateScheduledQueryCommand,
};
const paginators = {
    paginateDescribeConfigurationTemplates,
    paginateDescribeDeliveries,
    paginateDescribeDeliveryDestinations,
    paginateDescribeDeliverySources,
    paginateDescribeDestinations,
    paginateDescribeLogGroups,
    paginateDescribeLogStreams,
    paginateDescribeMetricFilters,
    paginateDescribeSubscriptionFilters,
    paginateFilterLogEvents,
    paginateGetLogEvents,
    paginateGetScheduledQueryHistory,
    paginateListAggregateLogGroupSummaries,
    paginateListAnomalies,
    paginateListLogAnomalyDetectors,
    paginateListLogGroupsForQuery,
    paginateListScheduledQueries,
    paginateListSourcesForS3TableIntegration,
};
class CloudWatchLogs extends CloudWatchLogsClient {
}
createAggregatedClient(commands, CloudWatchLogs, { paginators });

const PolicyType = {
    DATA_PROTECTION_POLICY: "DATA_PROTECTION_POLICY",
    FIELD_INDEX_POLICY: "FIELD_INDEX_POLICY",
    METRIC_EXTRACTION_POLICY: "METRIC_EXTRACTION_POLICY",
    RETENTION_POLICY: "RETENTION_POLICY",
    SUBSCRIPTION_FILTER_POLICY: "SUBSCRIPTION_FILTER_POLICY",
    TRANSFORMER_POLICY: "TRANSFORMER_POLICY",
};
const Scope = {
    ALL: "ALL",
};
const ActionStatus = {
    CLIENT_ERROR: "CLIENT_ERROR",
    COMPLETE: "COMPLETE",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const State = {
    Active: "Active",
    Baseline: "Baseline",
    Suppressed: "Suppressed",
};
const AnomalyDetectorStatus = {
    ANALYZING: "ANALYZING",
    DELETED: "DELETED",
    FAILED: "FAILED",
    INITIALIZING: "INITIALIZING",
    PAUSED: "PAUSED",
    TRAINING: "TRAINING",
};
const EvaluationFrequency = {
    FIFTEEN_MIN: "FIFTEEN_MIN",
    FIVE_MIN: "FIVE_MIN",
    ONE_HOUR: "ONE_HOUR",
    ONE_MIN: "ONE_MIN",
    TEN_MIN: "TEN_MIN",
    THIRTY_MIN: "THIRTY_MIN",
};
const ImportStatus = {
    CANCELLED: "CANCELLED",
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const OutputFormat = {
    JSON: "json",
    PARQUET: "parquet",
    PLAIN: "plain",
    RAW: "raw",
    W3C: "w3c",
};
const DeliveryDestinationType = {
    CWL: "CWL",
    FH: "FH",
    S3: "S3",
    XRAY: "XRAY",
};
const DeliverySourceConfigurationSchemaValueType = {
    BOOLEAN: "boolean",
    DOUBLE: "double",
    INT: "int",
    LONG: "long",
    STRING: "string",
};
const LogGroupClass = {
    DELIVERY: "DELIVERY",
    ESSENTIALS: "ESSENTIALS",
    INFREQUENT_ACCESS: "INFREQUENT_ACCESS",
    STANDARD: "STANDARD",
};
const QueryLanguage = {
    CWLI: "CWLI",
    PPL: "PPL",
    SQL: "SQL",
};
const ScheduledQueryState = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const DataProtectionStatus = {
    ACTIVATED: "ACTIVATED",
    ARCHIVED: "ARCHIVED",
    DELETED: "DELETED",
    DISABLED: "DISABLED",
};
const DeliverySourceStatus = {
    ACTIVE: "ACTIVE",
    INACTIVE: "INACTIVE",
};
const DeliverySourceStatusReason = {
    RESOURCE_DELETED: "RESOURCE_DELETED",
};
const ExportTaskStatusCode = {
    CANCELLED: "CANCELLED",
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    PENDING: "PENDING",
    PENDING_CANCEL: "PENDING_CANCEL",
    RUNNING: "RUNNING",
};
const IndexCategory = {
    AUTO: "AUTO",
    CUSTOM: "CUSTOM",
    DEFAULT: "DEFAULT",
    INACTIVE: "INACTIVE",
};
const IndexType = {
    FACET: "FACET",
    FIELD_INDEX: "FIELD_INDEX",
};
const IndexSource = {
    ACCOUNT: "ACCOUNT",
    LOG_GROUP: "LOG_GROUP",
};
const InheritedProperty = {
    ACCOUNT_DATA_PROTECTION: "ACCOUNT_DATA_PROTECTION",
};
const OrderBy = {
    LastEventTime: "LastEventTime",
    LogStreamName: "LogStreamName",
};
const StandardUnit = {
    Bits: "Bits",
    BitsSecond: "Bits/Second",
    Bytes: "Bytes",
    BytesSecond: "Bytes/Second",
    Count: "Count",
    CountSecond: "Count/Second",
    Gigabits: "Gigabits",
    GigabitsSecond: "Gigabits/Second",
    Gigabytes: "Gigabytes",
    GigabytesSecond: "Gigabytes/Second",
    Kilobits: "Kilobits",
    KilobitsSecond: "Kilobits/Second",
    Kilobytes: "Kilobytes",
    KilobytesSecond: "Kilobytes/Second",
    Megabits: "Megabits",
    MegabitsSecond: "Megabits/Second",
    Megabytes: "Megabytes",
    MegabytesSecond: "Megabytes/Second",
    Microseconds: "Microseconds",
    Milliseconds: "Milliseconds",
    None: "None",
    Percent: "Percent",
    Seconds: "Seconds",
    Terabits: "Terabits",
    TerabitsSecond: "Terabits/Second",
    Terabytes: "Terabytes",
    TerabytesSecond: "Terabytes/Second",
};
const QueryStatus = {
    Cancelled: "Cancelled",
    Complete: "Complete",
    Failed: "Failed",
    Running: "Running",
    Scheduled: "Scheduled",
    Timeout: "Timeout",
    Unknown: "Unknown",
};
const PolicyScope = {
    ACCOUNT: "ACCOUNT",
    RESOURCE: "RESOURCE",
};
const Distribution = {
    ByLogStream: "ByLogStream",
    Random: "Random",
};
const EntityRejectionErrorType = {
    ENTITY_SIZE_TOO_LARGE: "EntitySizeTooLarge",
    INVALID_ATTRIBUTES: "InvalidAttributes",
    INVALID_ENTITY: "InvalidEntity",
    INVALID_KEY_ATTRIBUTE: "InvalidKeyAttributes",
    INVALID_TYPE_VALUE: "InvalidTypeValue",
    MISSING_REQUIRED_FIELDS: "MissingRequiredFields",
    UNSUPPORTED_LOG_GROUP_TYPE: "UnsupportedLogGroupType",
};
const EventSource = {
    AWSWAF: "AWSWAF",
    CLOUD_TRAIL: "CloudTrail",
    EKS_AUDIT: "EKSAudit",
    ROUTE53_RESOLVER: "Route53Resolver",
    VPC_FLOW: "VPCFlow",
};
const ExecutionStatus = {
    Complete: "Complete",
    Failed: "Failed",
    InvalidQuery: "InvalidQuery",
    Running: "Running",
    Timeout: "Timeout",
};
const FlattenedElement = {
    FIRST: "first",
    LAST: "last",
};
const OpenSearchResourceStatusType = {
    ACTIVE: "ACTIVE",
    ERROR: "ERROR",
    NOT_FOUND: "NOT_FOUND",
};
const IntegrationStatus = {
    ACTIVE: "ACTIVE",
    FAILED: "FAILED",
    PROVISIONING: "PROVISIONING",
};
const IntegrationType = {
    OPENSEARCH: "OPENSEARCH",
};
const ScheduleType = {
    AWS_MANAGED: "AWS_MANAGED",
    CUSTOMER_MANAGED: "CUSTOMER_MANAGED",
};
const ScheduledQueryDestinationType = {
    LOOKUP_TABLE: "LOOKUP_TABLE",
    S3: "S3",
};
const StorageTier = {
    INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
    STANDARD: "STANDARD",
};
const OCSFVersion = {
    V1_1: "V1.1",
    V1_5: "V1.5",
};
const Type = {
    BOOLEAN: "boolean",
    DOUBLE: "double",
    INTEGER: "integer",
    STRING: "string",
};
const ListAggregateLogGroupSummariesGroupBy = {
    DATA_SOURCE_NAME_AND_TYPE: "DATA_SOURCE_NAME_AND_TYPE",
    DATA_SOURCE_NAME_TYPE_AND_FORMAT: "DATA_SOURCE_NAME_TYPE_AND_FORMAT",
};
const SuppressionState = {
    SUPPRESSED: "SUPPRESSED",
    UNSUPPRESSED: "UNSUPPRESSED",
};
const S3TableIntegrationSourceStatus = {
    ACTIVE: "ACTIVE",
    DATA_SOURCE_DELETE_IN_PROGRESS: "DATA_SOURCE_DELETE_IN_PROGRESS",
    FAILED: "FAILED",
    UNHEALTHY: "UNHEALTHY",
};
const SyslogSourceType = {
    VPCE: "VPCE",
};
const SuppressionUnit = {
    HOURS: "HOURS",
    MINUTES: "MINUTES",
    SECONDS: "SECONDS",
};
const SuppressionType = {
    INFINITE: "INFINITE",
    LIMITED: "LIMITED",
};

export { ActionStatus, AnomalyDetectorStatus, AssociateKmsKey$, AssociateKmsKeyCommand, AssociateSourceToS3TableIntegration$, AssociateSourceToS3TableIntegrationCommand, CancelExportTask$, CancelExportTaskCommand, CancelImportTask$, CancelImportTaskCommand, CloudWatchLogs, CloudWatchLogsClient, CreateDelivery$, CreateDeliveryCommand, CreateExportTask$, CreateExportTaskCommand, CreateImportTask$, CreateImportTaskCommand, CreateLogAnomalyDetector$, CreateLogAnomalyDetectorCommand, CreateLogGroup$, CreateLogGroupCommand, CreateLogStream$, CreateLogStreamCommand, CreateLookupTable$, CreateLookupTableCommand, CreateScheduledQuery$, CreateScheduledQueryCommand, DataProtectionStatus, DeleteAccountPolicy$, DeleteAccountPolicyCommand, DeleteDataProtectionPolicy$, DeleteDataProtectionPolicyCommand, DeleteDelivery$, DeleteDeliveryCommand, DeleteDeliveryDestination$, DeleteDeliveryDestinationCommand, DeleteDeliveryDestinationPolicy$, DeleteDeliveryDestinationPolicyCommand, DeleteDeliverySource$, DeleteDeliverySourceCommand, DeleteDestination$, DeleteDestinationCommand, DeleteIndexPolicy$, DeleteIndexPolicyCommand, DeleteIntegration$, DeleteIntegrationCommand, DeleteLogAnomalyDetector$, DeleteLogAnomalyDetectorCommand, DeleteLogGroup$, DeleteLogGroupCommand, DeleteLogStream$, DeleteLogStreamCommand, DeleteLookupTable$, DeleteLookupTableCommand, DeleteMetricFilter$, DeleteMetricFilterCommand, DeleteQueryDefinition$, DeleteQueryDefinitionCommand, DeleteResourcePolicy$, DeleteResourcePolicyCommand, DeleteRetentionPolicy$, DeleteRetentionPolicyCommand, DeleteScheduledQuery$, DeleteScheduledQueryCommand, DeleteSubscriptionFilter$, DeleteSubscriptionFilterCommand, DeleteSyslogConfiguration$, DeleteSyslogConfigurationCommand, DeleteTransformer$, DeleteTransformerCommand, DeliveryDestinationType, DeliverySourceConfigurationSchemaValueType, DeliverySourceStatus, DeliverySourceStatusReason, DescribeAccountPolicies$, DescribeAccountPoliciesCommand, DescribeConfigurationTemplates$, DescribeConfigurationTemplatesCommand, DescribeDeliveries$, DescribeDeliveriesCommand, DescribeDeliveryDestinations$, DescribeDeliveryDestinationsCommand, DescribeDeliverySources$, DescribeDeliverySourcesCommand, DescribeDestinations$, DescribeDestinationsCommand, DescribeExportTasks$, DescribeExportTasksCommand, DescribeFieldIndexes$, DescribeFieldIndexesCommand, DescribeImportTaskBatches$, DescribeImportTaskBatchesCommand, DescribeImportTasks$, DescribeImportTasksCommand, DescribeIndexPolicies$, DescribeIndexPoliciesCommand, DescribeLogGroups$, DescribeLogGroupsCommand, DescribeLogStreams$, DescribeLogStreamsCommand, DescribeLookupTables$, DescribeLookupTablesCommand, DescribeMetricFilters$, DescribeMetricFiltersCommand, DescribeQueries$, DescribeQueriesCommand, DescribeQueryDefinitions$, DescribeQueryDefinitionsCommand, DescribeResourcePolicies$, DescribeResourcePoliciesCommand, DescribeSubscriptionFilters$, DescribeSubscriptionFiltersCommand, DisassociateKmsKey$, DisassociateKmsKeyCommand, DisassociateSourceFromS3TableIntegration$, DisassociateSourceFromS3TableIntegrationCommand, Distribution, EntityRejectionErrorType, EvaluationFrequency, EventSource, ExecutionStatus, ExportTaskStatusCode, FilterLogEventsCommand, FlattenedElement, GetDataProtectionPolicy$, GetDataProtectionPolicyCommand, GetDelivery$, GetDeliveryCommand, GetDeliveryDestination$, GetDeliveryDestinationCommand, GetDeliveryDestinationPolicy$, GetDeliveryDestinationPolicyCommand, GetDeliverySource$, GetDeliverySourceCommand, GetIntegration$, GetIntegrationCommand, GetLogAnomalyDetector$, GetLogAnomalyDetectorCommand, GetLogEvents$, GetLogEventsCommand, GetLogFields$, GetLogFieldsCommand, GetLogGroupFields$, GetLogGroupFieldsCommand, GetLogObject$, GetLogObjectCommand, GetLogRecord$, GetLogRecordCommand, GetLookupTable$, GetLookupTableCommand, GetQueryResults$, GetQueryResultsCommand, GetScheduledQuery$, GetScheduledQueryCommand, GetScheduledQueryHistory$, GetScheduledQueryHistoryCommand, GetStorageTierPolicy$, GetStorageTierPolicyCommand, GetTransformer$, GetTransformerCommand, ImportStatus, IndexCategory, IndexSource, IndexType, InheritedProperty, IntegrationStatus, IntegrationType, ListAggregateLogGroupSummaries$, ListAggregateLogGroupSummariesCommand, ListAggregateLogGroupSummariesGroupBy, ListAnomaliesCommand, ListIntegrations$, ListIntegrationsCommand, ListLogAnomalyDetectorsCommand, ListLogGroups$, ListLogGroupsCommand, ListLogGroupsForQuery$, ListLogGroupsForQueryCommand, ListScheduledQueries$, ListScheduledQueriesCommand, ListSourcesForS3TableIntegration$, ListSourcesForS3TableIntegrationCommand, ListSyslogConfigurations$, ListSyslogConfigurationsCommand, ListTagsForResource$, ListTagsForResourceCommand, ListTagsLogGroup$, ListTagsLogGroupCommand, LogGroupClass, OCSFVersion, OpenSearchResourceStatusType, OrderBy, OutputFormat, PolicyScope, PolicyType, PutAccountPolicy$, PutAccountPolicyCommand, PutBearerTokenAuthentication$, PutBearerTokenAuthenticationCommand, PutDataProtectionPolicy$, PutDataProtectionPolicyCommand, PutDeliveryDestination$, PutDeliveryDestinationCommand, PutDeliveryDestinationPolicy$, PutDeliveryDestinationPolicyCommand, PutDeliverySource$, PutDeliverySourceCommand, PutDestination$, PutDestinationCommand, PutDestinationPolicy$, PutDestinationPolicyCommand, PutIndexPolicy$, PutIndexPolicyCommand, PutIntegration$, PutIntegrationCommand, PutLogEvents$, PutLogEventsCommand, PutLogGroupDeletionProtection$, PutLogGroupDeletionProtectionCommand, PutMetricFilter$, PutMetricFilterCommand, PutQueryDefinition$, PutQueryDefinitionCommand, PutResourcePolicy$, PutResourcePolicyCommand, PutRetentionPolicy$, PutRetentionPolicyCommand, PutStorageTierPolicy$, PutStorageTierPolicyCommand, PutSubscriptionFilter$, PutSubscriptionFilterCommand, PutSyslogConfiguration$, PutSyslogConfigurationCommand, PutTransformer$, PutTransformerCommand, QueryLanguage, QueryStatus, S3TableIntegrationSourceStatus, ScheduleType, ScheduledQueryDestinationType, ScheduledQueryState, Scope, StandardUnit, StartLiveTail$, StartLiveTailCommand, StartQuery$, StartQueryCommand, State, StopQuery$, StopQueryCommand, StorageTier, SuppressionState, SuppressionType, SuppressionUnit, SyslogSourceType, TagLogGroup$, TagLogGroupCommand, TagResource$, TagResourceCommand, TestMetricFilter$, TestMetricFilterCommand, TestTransformer$, TestTransformerCommand, Type, UntagLogGroup$, UntagLogGroupCommand, UntagResource$, UntagResourceCommand, UpdateAnomaly$, UpdateAnomalyCommand, UpdateDeliveryConfiguration$, UpdateDeliveryConfigurationCommand, UpdateLogAnomalyDetector$, UpdateLogAnomalyDetectorCommand, UpdateLookupTable$, UpdateLookupTableCommand, UpdateScheduledQuery$, UpdateScheduledQueryCommand, Client as __Client, errorTypeRegistries, paginateDescribeConfigurationTemplates, paginateDescribeDeliveries, paginateDescribeDeliveryDestinations, paginateDescribeDeliverySources, paginateDescribeDestinations, paginateDescribeLogGroups, paginateDescribeLogStreams, paginateDescribeMetricFilters, paginateDescribeSubscriptionFilters, paginateFilterLogEvents, paginateGetLogEvents, paginateGetScheduledQueryHistory, paginateListAggregateLogGroupSummaries, paginateListAnomalies, paginateListLogAnomalyDetectors, paginateListLogGroupsForQuery, paginateListScheduledQueries, paginateListSourcesForS3TableIntegration };
