import { C as CloudWatchClient } from './CloudWatchClient-CGNTxvCs.js';
import { c as command, A as AssociateDatasetKmsKey$, _ as _mw0, a as _ep0, C as CreateResourceMetricsConfiguration$, b as DeleteAlarmMuteRule$, d as DeleteAlarms$, f as DeleteAnomalyDetector$, g as DeleteDashboards$, h as DeleteInsightRules$, i as DeleteMetricStream$, j as DeleteResourceMetricsConfiguration$, k as DescribeAlarmContributors$, l as DescribeAlarmHistory$, m as DescribeAlarmsForMetric$, n as DescribeAnomalyDetectors$, o as DescribeInsightRules$, p as DisableAlarmActions$, q as DisableInsightRules$, s as DisassociateDatasetKmsKey$, E as EnableAlarmActions$, t as EnableInsightRules$, u as GetAlarmMuteRule$, v as GetDashboard$, w as GetDataset$, x as GetInsightRuleReport$, y as GetMetricStatistics$, z as GetMetricStream$, B as GetMetricWidgetImage$, F as GetOTelEnrichment$, H as GetResourceMetricsConfiguration$, I as ListAlarmMuteRules$, J as ListDashboards$, K as ListManagedInsightRules$, M as ListMetrics$, N as ListMetricStreams$, P as PutAlarmMuteRule$, O as PutAnomalyDetector$, Q as PutCompositeAlarm$, R as PutDashboard$, S as PutInsightRule$, T as PutLogAlarm$, U as PutManagedInsightRules$, V as PutMetricAlarm$, W as PutMetricData$, X as _mw1, Y as PutMetricStream$, Z as SetAlarmState$, $ as StartMetricStreams$, a0 as StartOTelEnrichment$, a1 as StopMetricStreams$, a2 as StopOTelEnrichment$, a3 as TagResource$, a4 as UntagResource$, a5 as UpdateOTelEnrichment$, a6 as UpdateResourceMetricsConfiguration$ } from './commandBuilder-DjRIH90Z.js';
export { a7 as ActionConfiguration$, a8 as AlarmContributor$, a9 as AlarmHistoryItem$, aa as AlarmMuteRuleSummary$, ab as AlarmPromQLCriteria$, ac as AlarmTagsPropagation$, ad as AnomalyDetector$, ae as AnomalyDetectorConfiguration$, af as AssociateDatasetKmsKeyInput$, ag as AssociateDatasetKmsKeyOutput$, ah as CloudWatchServiceException, ai as CloudWatchServiceException$, aj as CompositeAlarm$, ak as ConcurrentModificationException, al as ConcurrentModificationException$, am as ConflictException, an as ConflictException$, ao as CreateResourceMetricsConfigurationInput$, ap as CreateResourceMetricsConfigurationOutput$, aq as DashboardEntry$, ar as DashboardInvalidInputError, as as DashboardInvalidInputError$, at as DashboardNotFoundError, au as DashboardNotFoundError$, av as DashboardValidationMessage$, aw as Datapoint$, ax as DeleteAlarmMuteRuleInput$, ay as DeleteAlarmsInput$, az as DeleteAnomalyDetectorInput$, aA as DeleteAnomalyDetectorOutput$, aB as DeleteDashboardsInput$, aC as DeleteDashboardsOutput$, aD as DeleteInsightRulesInput$, aE as DeleteInsightRulesOutput$, aF as DeleteMetricStreamInput$, aG as DeleteMetricStreamOutput$, aH as DeleteResourceMetricsConfigurationInput$, aI as DeleteResourceMetricsConfigurationOutput$, aJ as DescribeAlarmContributorsInput$, aK as DescribeAlarmContributorsOutput$, aL as DescribeAlarmHistoryInput$, aM as DescribeAlarmHistoryOutput$, D as DescribeAlarms$, aN as DescribeAlarmsForMetricInput$, aO as DescribeAlarmsForMetricOutput$, aP as DescribeAlarmsInput$, aQ as DescribeAlarmsOutput$, aR as DescribeAnomalyDetectorsInput$, aS as DescribeAnomalyDetectorsOutput$, aT as DescribeInsightRulesInput$, aU as DescribeInsightRulesOutput$, aV as Dimension$, aW as DimensionFilter$, aX as DisableAlarmActionsInput$, aY as DisableInsightRulesInput$, aZ as DisableInsightRulesOutput$, a_ as DisassociateDatasetKmsKeyInput$, a$ as DisassociateDatasetKmsKeyOutput$, b0 as EnableAlarmActionsInput$, b1 as EnableInsightRulesInput$, b2 as EnableInsightRulesOutput$, b3 as Entity$, b4 as EntityMetricData$, b5 as EvaluationCriteria$, b6 as EvaluationWindow$, b7 as GetAlarmMuteRuleInput$, b8 as GetAlarmMuteRuleOutput$, b9 as GetDashboardInput$, ba as GetDashboardOutput$, bb as GetDatasetInput$, bc as GetDatasetOutput$, bd as GetInsightRuleReportInput$, be as GetInsightRuleReportOutput$, G as GetMetricData$, bf as GetMetricDataInput$, bg as GetMetricDataOutput$, bh as GetMetricStatisticsInput$, bi as GetMetricStatisticsOutput$, bj as GetMetricStreamInput$, bk as GetMetricStreamOutput$, bl as GetMetricWidgetImageInput$, bm as GetMetricWidgetImageOutput$, bn as GetOTelEnrichmentInput$, bo as GetOTelEnrichmentOutput$, bp as GetResourceMetricsConfigurationInput$, bq as GetResourceMetricsConfigurationOutput$, br as InsightRule$, bs as InsightRuleContributor$, bt as InsightRuleContributorDatapoint$, bu as InsightRuleMetricDatapoint$, bv as InternalServiceFault, bw as InternalServiceFault$, bx as InvalidFormatFault, by as InvalidFormatFault$, bz as InvalidNextToken, bA as InvalidNextToken$, bB as InvalidParameterCombinationException, bC as InvalidParameterCombinationException$, bD as InvalidParameterValueException, bE as InvalidParameterValueException$, bF as KmsAccessDeniedException, bG as KmsAccessDeniedException$, bH as KmsKeyDisabledException, bI as KmsKeyDisabledException$, bJ as KmsKeyNotFoundException, bK as KmsKeyNotFoundException$, bL as LabelOptions$, bM as LimitExceededException, bN as LimitExceededException$, bO as LimitExceededFault, bP as LimitExceededFault$, bQ as ListAlarmMuteRulesInput$, bR as ListAlarmMuteRulesOutput$, bS as ListDashboardsInput$, bT as ListDashboardsOutput$, bU as ListManagedInsightRulesInput$, bV as ListManagedInsightRulesOutput$, bW as ListMetricStreamsInput$, bX as ListMetricStreamsOutput$, bY as ListMetricsInput$, bZ as ListMetricsOutput$, L as ListTagsForResource$, b_ as ListTagsForResourceInput$, b$ as ListTagsForResourceOutput$, c0 as LogAlarm$, c1 as ManagedRule$, c2 as ManagedRuleDescription$, c3 as ManagedRuleState$, c4 as MessageData$, c5 as Metric$, c6 as MetricAlarm$, c7 as MetricCharacteristics$, c8 as MetricDataQuery$, c9 as MetricDataResult$, ca as MetricDatum$, cb as MetricMathAnomalyDetector$, cc as MetricStat$, cd as MetricStreamEntry$, ce as MetricStreamFilter$, cf as MetricStreamStatisticsConfiguration$, cg as MetricStreamStatisticsMetric$, ch as MissingRequiredParameterException, ci as MissingRequiredParameterException$, cj as MuteTargets$, ck as OTelEnrichmentMetricSelector$, cl as PartialFailure$, cm as PutAlarmMuteRuleInput$, cn as PutAnomalyDetectorInput$, co as PutAnomalyDetectorOutput$, cp as PutCompositeAlarmInput$, cq as PutDashboardInput$, cr as PutDashboardOutput$, cs as PutInsightRuleInput$, ct as PutInsightRuleOutput$, cu as PutLogAlarmInput$, cv as PutManagedInsightRulesInput$, cw as PutManagedInsightRulesOutput$, cx as PutMetricAlarmInput$, cy as PutMetricDataInput$, cz as PutMetricStreamInput$, cA as PutMetricStreamOutput$, cB as Range$, cC as ResourceConflict, cD as ResourceConflict$, cE as ResourceMetricSelection$, cF as ResourceMetricsConfiguration$, cG as ResourceNotFound, cH as ResourceNotFound$, cI as ResourceNotFoundException, cJ as ResourceNotFoundException$, cK as Rule$, cL as Schedule$, cM as ScheduleConfiguration$, cN as ScheduledQueryConfiguration$, cO as SetAlarmStateInput$, cP as SingleMetricAnomalyDetector$, cQ as SlidingWindow$, cR as StartMetricStreamsInput$, cS as StartMetricStreamsOutput$, cT as StartOTelEnrichmentInput$, cU as StartOTelEnrichmentOutput$, cV as StatisticSet$, cW as StopMetricStreamsInput$, cX as StopMetricStreamsOutput$, cY as StopOTelEnrichmentInput$, cZ as StopOTelEnrichmentOutput$, c_ as Tag$, c$ as TagResourceInput$, d0 as TagResourceOutput$, d1 as UntagResourceInput$, d2 as UntagResourceOutput$, d3 as UpdateOTelEnrichmentInput$, d4 as UpdateOTelEnrichmentOutput$, d5 as UpdateResourceMetricsConfigurationInput$, d6 as UpdateResourceMetricsConfigurationOutput$, d7 as ValidationException, d8 as ValidationException$, d9 as WallClockWindow$, da as WarmUpConfiguration$, e as errorTypeRegistries } from './commandBuilder-DjRIH90Z.js';
import { D as DescribeAlarmsCommand } from './DescribeAlarmsCommand-C_OUKmTk.js';
import { G as GetMetricDataCommand } from './GetMetricDataCommand-CQtxUnOk.js';
import { L as ListTagsForResourceCommand } from './ListTagsForResourceCommand-Sd5Ej453.js';
import { c as createPaginator } from './createPaginator-DU2FIZFW.js';
import { c as createWaiter, a as checkExceptions, W as WaiterState } from './createWaiter-oGrz_7lj.js';
import { c as createAggregatedClient } from './create-aggregated-client-DhEwY-kY.js';
export { q as $Command } from './index-Dve_F8QV.js';
export { a1 as __Client } from './ProtocolLib-xg-5KSLQ.js';
import 'node:crypto';
import './toUint8Array-6d8rgJ2N.js';
import './AwsJsonRpcProtocol-BPEFBNSc.js';
import './RpcProtocol-BTxjZwLM.js';
import './hasOwn-DL_PWlY9.js';
import './JsonCodec2-DRq7UHOR.js';
import './write-request-body-CNb9daTH.js';
import 'node:stream';
import './node-http-handler-Cs_FYUpW.js';
import 'node:https';
import './getDefaultSocketTimeout-DL-CUiQe.js';
import 'node:zlib';
import 'node:util';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import 'node:fs';
import 'node:process';

class AssociateDatasetKmsKeyCommand extends command(_ep0, _mw0, "AssociateDatasetKmsKey", AssociateDatasetKmsKey$) {
}

class CreateResourceMetricsConfigurationCommand extends command(_ep0, _mw0, "CreateResourceMetricsConfiguration", CreateResourceMetricsConfiguration$) {
}

class DeleteAlarmMuteRuleCommand extends command(_ep0, _mw0, "DeleteAlarmMuteRule", DeleteAlarmMuteRule$) {
}

class DeleteAlarmsCommand extends command(_ep0, _mw0, "DeleteAlarms", DeleteAlarms$) {
}

class DeleteAnomalyDetectorCommand extends command(_ep0, _mw0, "DeleteAnomalyDetector", DeleteAnomalyDetector$) {
}

class DeleteDashboardsCommand extends command(_ep0, _mw0, "DeleteDashboards", DeleteDashboards$) {
}

class DeleteInsightRulesCommand extends command(_ep0, _mw0, "DeleteInsightRules", DeleteInsightRules$) {
}

class DeleteMetricStreamCommand extends command(_ep0, _mw0, "DeleteMetricStream", DeleteMetricStream$) {
}

class DeleteResourceMetricsConfigurationCommand extends command(_ep0, _mw0, "DeleteResourceMetricsConfiguration", DeleteResourceMetricsConfiguration$) {
}

class DescribeAlarmContributorsCommand extends command(_ep0, _mw0, "DescribeAlarmContributors", DescribeAlarmContributors$) {
}

class DescribeAlarmHistoryCommand extends command(_ep0, _mw0, "DescribeAlarmHistory", DescribeAlarmHistory$) {
}

class DescribeAlarmsForMetricCommand extends command(_ep0, _mw0, "DescribeAlarmsForMetric", DescribeAlarmsForMetric$) {
}

class DescribeAnomalyDetectorsCommand extends command(_ep0, _mw0, "DescribeAnomalyDetectors", DescribeAnomalyDetectors$) {
}

class DescribeInsightRulesCommand extends command(_ep0, _mw0, "DescribeInsightRules", DescribeInsightRules$) {
}

class DisableAlarmActionsCommand extends command(_ep0, _mw0, "DisableAlarmActions", DisableAlarmActions$) {
}

class DisableInsightRulesCommand extends command(_ep0, _mw0, "DisableInsightRules", DisableInsightRules$) {
}

class DisassociateDatasetKmsKeyCommand extends command(_ep0, _mw0, "DisassociateDatasetKmsKey", DisassociateDatasetKmsKey$) {
}

class EnableAlarmActionsCommand extends command(_ep0, _mw0, "EnableAlarmActions", EnableAlarmActions$) {
}

class EnableInsightRulesCommand extends command(_ep0, _mw0, "EnableInsightRules", EnableInsightRules$) {
}

class GetAlarmMuteRuleCommand extends command(_ep0, _mw0, "GetAlarmMuteRule", GetAlarmMuteRule$) {
}

class GetDashboardCommand extends command(_ep0, _mw0, "GetDashboard", GetDashboard$) {
}

class GetDatasetCommand extends command(_ep0, _mw0, "GetDataset", GetDataset$) {
}

class GetInsightRuleReportCommand extends command(_ep0, _mw0, "GetInsightRuleReport", GetInsightRuleReport$) {
}

class GetMetricStatisticsCommand extends command(_ep0, _mw0, "GetMetricStatistics", GetMetricStatistics$) {
}

class GetMetricStreamCommand extends command(_ep0, _mw0, "GetMetricStream", GetMetricStream$) {
}

class GetMetricWidgetImageCommand extends command(_ep0, _mw0, "GetMetricWidgetImage", GetMetricWidgetImage$) {
}

class GetOTelEnrichmentCommand extends command(_ep0, _mw0, "GetOTelEnrichment", GetOTelEnrichment$) {
}

class GetResourceMetricsConfigurationCommand extends command(_ep0, _mw0, "GetResourceMetricsConfiguration", GetResourceMetricsConfiguration$) {
}

class ListAlarmMuteRulesCommand extends command(_ep0, _mw0, "ListAlarmMuteRules", ListAlarmMuteRules$) {
}

class ListDashboardsCommand extends command(_ep0, _mw0, "ListDashboards", ListDashboards$) {
}

class ListManagedInsightRulesCommand extends command(_ep0, _mw0, "ListManagedInsightRules", ListManagedInsightRules$) {
}

class ListMetricsCommand extends command(_ep0, _mw0, "ListMetrics", ListMetrics$) {
}

class ListMetricStreamsCommand extends command(_ep0, _mw0, "ListMetricStreams", ListMetricStreams$) {
}

class PutAlarmMuteRuleCommand extends command(_ep0, _mw0, "PutAlarmMuteRule", PutAlarmMuteRule$) {
}

class PutAnomalyDetectorCommand extends command(_ep0, _mw0, "PutAnomalyDetector", PutAnomalyDetector$) {
}

class PutCompositeAlarmCommand extends command(_ep0, _mw0, "PutCompositeAlarm", PutCompositeAlarm$) {
}

class PutDashboardCommand extends command(_ep0, _mw0, "PutDashboard", PutDashboard$) {
}

class PutInsightRuleCommand extends command(_ep0, _mw0, "PutInsightRule", PutInsightRule$) {
}

class PutLogAlarmCommand extends command(_ep0, _mw0, "PutLogAlarm", PutLogAlarm$) {
}

class PutManagedInsightRulesCommand extends command(_ep0, _mw0, "PutManagedInsightRules", PutManagedInsightRules$) {
}

class PutMetricAlarmCommand extends command(_ep0, _mw0, "PutMetricAlarm", PutMetricAlarm$) {
}

class PutMetricDataCommand extends command(_ep0, _mw1, "PutMetricData", PutMetricData$) {
}

class PutMetricStreamCommand extends command(_ep0, _mw0, "PutMetricStream", PutMetricStream$) {
}

class SetAlarmStateCommand extends command(_ep0, _mw0, "SetAlarmState", SetAlarmState$) {
}

class StartMetricStreamsCommand extends command(_ep0, _mw0, "StartMetricStreams", StartMetricStreams$) {
}

class StartOTelEnrichmentCommand extends command(_ep0, _mw0, "StartOTelEnrichment", StartOTelEnrichment$) {
}

class StopMetricStreamsCommand extends command(_ep0, _mw0, "StopMetricStreams", StopMetricStreams$) {
}

class StopOTelEnrichmentCommand extends command(_ep0, _mw0, "StopOTelEnrichment", StopOTelEnrichment$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateOTelEnrichmentCommand extends command(_ep0, _mw0, "UpdateOTelEnrichment", UpdateOTelEnrichment$) {
}

class UpdateResourceMetricsConfigurationCommand extends command(_ep0, _mw0, "UpdateResourceMetricsConfiguration", UpdateResourceMetricsConfiguration$) {
}

const paginateDescribeAlarmHistory = createPaginator(CloudWatchClient, DescribeAlarmHistoryCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeAlarms = createPaginator(CloudWatchClient, DescribeAlarmsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeAnomalyDetectors = createPaginator(CloudWatchClient, DescribeAnomalyDetectorsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeInsightRules = createPaginator(CloudWatchClient, DescribeInsightRulesCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetMetricData = createPaginator(CloudWatchClient, GetMetricDataCommand, "NextToken", "NextToken", "MaxDatapoints");

const paginateListAlarmMuteRules = createPaginator(CloudWatchClient, ListAlarmMuteRulesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateListDashboards = createPaginator(CloudWatchClient, ListDashboardsCommand, "NextToken", "NextToken", "");

const paginateListManagedInsightRules = createPaginator(CloudWatchClient, ListManagedInsightRulesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListMetrics = createPaginator(CloudWatchClient, ListMetricsCommand, "NextToken", "NextToken", "");

const paginateListMetricStreams = createPaginator(CloudWatchClient, ListMetricStreamsCommand, "NextToken", "NextToken", "MaxResults");

const checkState$3 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAlarmsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.MetricAlarms);
                return (flat_1.length > 0);
            };
            if (returnComparator() == true) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
};
const waitUntilAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    return checkExceptions(result);
};

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetAlarmMuteRuleCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForAlarmMuteRuleExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilAlarmMuteRuleExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAlarmsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.CompositeAlarms);
                return (flat_1.length > 0);
            };
            if (returnComparator() == true) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForCompositeAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilCompositeAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAlarmsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.LogAlarms);
                return (flat_1.length > 0);
            };
            if (returnComparator() == true) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForLogAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilLogAlarmExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AssociateDatasetKmsKeyCommand,
    CreateResourceMetricsConfigurationCommand,
    DeleteAlarmMuteRuleCommand,
    DeleteAlarmsCommand,
    DeleteAnomalyDetectorCommand,
    DeleteDashboardsCommand,
    DeleteInsightRulesCommand,
    DeleteMetricStreamCommand,
    DeleteResourceMetricsConfigurationCommand,
    DescribeAlarmContributorsCommand,
    DescribeAlarmHistoryCommand,
    DescribeAlarmsCommand,
    DescribeAlarmsForMetricCommand,
    DescribeAnomalyDetectorsCommand,
    DescribeInsightRulesCommand,
    DisableAlarmActionsCommand,
    DisableInsightRulesCommand,
    DisassociateDatasetKmsKeyCommand,
    EnableAlarmActionsCommand,
    EnableInsightRulesCommand,
    GetAlarmMuteRuleCommand,
    GetDashboardCommand,
    GetDatasetCommand,
    GetInsightRuleReportCommand,
    GetMetricDataCommand,
    GetMetricStatisticsCommand,
    GetMetricStreamCommand,
    GetMetricWidgetImageCommand,
    GetOTelEnrichmentCommand,
    GetResourceMetricsConfigurationCommand,
    ListAlarmMuteRulesCommand,
    ListDashboardsCommand,
    ListManagedInsightRulesCommand,
    ListMetricsCommand,
    ListMetricStreamsCommand,
    ListTagsForResourceCommand,
    PutAlarmMuteRuleCommand,
    PutAnomalyDetectorCommand,
    PutCompositeAlarmCommand,
    PutDashboardCommand,
    PutInsightRuleCommand,
    PutLogAlarmCommand,
    PutManagedInsightRulesCommand,
    PutMetricAlarmCommand,
    PutMetricDataCommand,
    PutMetricStreamCommand,
    SetAlarmStateCommand,
    StartMetricStreamsCommand,
    StartOTelEnrichmentCommand,
    StopMetricStreamsCommand,
    StopOTelEnrichmentCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateOTelEnrichmentCommand,
    UpdateResourceMetricsConfigurationCommand,
};
const paginators = {
    paginateDescribeAlarmHistory,
    paginateDescribeAlarms,
    paginateDescribeAnomalyDetectors,
    paginateDescribeInsightRules,
    paginateGetMetricData,
    paginateListAlarmMuteRules,
    paginateListDashboards,
    paginateListManagedInsightRules,
    paginateListMetrics,
    paginateListMetricStreams,
};
const waiters = {
    waitUntilAlarmExists,
    waitUntilCompositeAlarmExists,
    waitUntilLogAlarmExists,
    waitUntilAlarmMuteRuleExists,
};
class CloudWatch extends CloudWatchClient {
}
createAggregatedClient(commands, CloudWatch, { paginators, waiters });

const ActionsSuppressedBy = {
    Alarm: "Alarm",
    ExtensionPeriod: "ExtensionPeriod",
    WaitPeriod: "WaitPeriod",
};
const AlarmType = {
    CompositeAlarm: "CompositeAlarm",
    LogAlarm: "LogAlarm",
    MetricAlarm: "MetricAlarm",
};
const HistoryItemType = {
    Action: "Action",
    AlarmContributorAction: "AlarmContributorAction",
    AlarmContributorStateUpdate: "AlarmContributorStateUpdate",
    ConfigurationUpdate: "ConfigurationUpdate",
    StateUpdate: "StateUpdate",
};
const AlarmMuteRuleStatus = {
    ACTIVE: "ACTIVE",
    EXPIRED: "EXPIRED",
    SCHEDULED: "SCHEDULED",
};
const AnomalyDetectorAdaptationSpeed = {
    FAST: "FAST",
    NORMAL: "NORMAL",
    SLOW: "SLOW",
};
const AnomalyDetectorOutlierFilteringStrength = {
    MINIMAL: "MINIMAL",
    MODERATE: "MODERATE",
    STRICT: "STRICT",
};
const StandardUnit = {
    Bits: "Bits",
    Bits_Second: "Bits/Second",
    Bytes: "Bytes",
    Bytes_Second: "Bytes/Second",
    Count: "Count",
    Count_Second: "Count/Second",
    Gigabits: "Gigabits",
    Gigabits_Second: "Gigabits/Second",
    Gigabytes: "Gigabytes",
    Gigabytes_Second: "Gigabytes/Second",
    Kilobits: "Kilobits",
    Kilobits_Second: "Kilobits/Second",
    Kilobytes: "Kilobytes",
    Kilobytes_Second: "Kilobytes/Second",
    Megabits: "Megabits",
    Megabits_Second: "Megabits/Second",
    Megabytes: "Megabytes",
    Megabytes_Second: "Megabytes/Second",
    Microseconds: "Microseconds",
    Milliseconds: "Milliseconds",
    None: "None",
    Percent: "Percent",
    Seconds: "Seconds",
    Terabits: "Terabits",
    Terabits_Second: "Terabits/Second",
    Terabytes: "Terabytes",
    Terabytes_Second: "Terabytes/Second",
};
const AnomalyDetectorStateValue = {
    PENDING_TRAINING: "PENDING_TRAINING",
    TRAINED: "TRAINED",
    TRAINED_INSUFFICIENT_DATA: "TRAINED_INSUFFICIENT_DATA",
};
const AnomalyDetectorType = {
    METRIC_MATH: "METRIC_MATH",
    SINGLE_METRIC: "SINGLE_METRIC",
};
const ComparisonOperator = {
    GreaterThanOrEqualToThreshold: "GreaterThanOrEqualToThreshold",
    GreaterThanThreshold: "GreaterThanThreshold",
    GreaterThanUpperThreshold: "GreaterThanUpperThreshold",
    LessThanLowerOrGreaterThanUpperThreshold: "LessThanLowerOrGreaterThanUpperThreshold",
    LessThanLowerThreshold: "LessThanLowerThreshold",
    LessThanOrEqualToThreshold: "LessThanOrEqualToThreshold",
    LessThanThreshold: "LessThanThreshold",
};
const StateValue = {
    ALARM: "ALARM",
    INSUFFICIENT_DATA: "INSUFFICIENT_DATA",
    OK: "OK",
};
const ScanBy = {
    TIMESTAMP_ASCENDING: "TimestampAscending",
    TIMESTAMP_DESCENDING: "TimestampDescending",
};
const EvaluationState = {
    EVALUATION_ERROR: "EVALUATION_ERROR",
    EVALUATION_FAILURE: "EVALUATION_FAILURE",
    PARTIAL_DATA: "PARTIAL_DATA",
};
const Statistic = {
    Average: "Average",
    Maximum: "Maximum",
    Minimum: "Minimum",
    SampleCount: "SampleCount",
    Sum: "Sum",
};
const StatusCode = {
    COMPLETE: "Complete",
    FORBIDDEN: "Forbidden",
    INTERNAL_ERROR: "InternalError",
    PARTIAL_DATA: "PartialData",
};
const MetricStreamOutputFormat = {
    JSON: "json",
    OPEN_TELEMETRY_0_7: "opentelemetry0.7",
    OPEN_TELEMETRY_1_0: "opentelemetry1.0",
};
const OTelEnrichmentStatus = {
    RUNNING: "Running",
    STOPPED: "Stopped",
};
const RecentlyActive = {
    PT3H: "PT3H",
};

export { ActionsSuppressedBy, AlarmMuteRuleStatus, AlarmType, AnomalyDetectorAdaptationSpeed, AnomalyDetectorOutlierFilteringStrength, AnomalyDetectorStateValue, AnomalyDetectorType, AssociateDatasetKmsKey$, AssociateDatasetKmsKeyCommand, CloudWatch, CloudWatchClient, ComparisonOperator, CreateResourceMetricsConfiguration$, CreateResourceMetricsConfigurationCommand, DeleteAlarmMuteRule$, DeleteAlarmMuteRuleCommand, DeleteAlarms$, DeleteAlarmsCommand, DeleteAnomalyDetector$, DeleteAnomalyDetectorCommand, DeleteDashboards$, DeleteDashboardsCommand, DeleteInsightRules$, DeleteInsightRulesCommand, DeleteMetricStream$, DeleteMetricStreamCommand, DeleteResourceMetricsConfiguration$, DeleteResourceMetricsConfigurationCommand, DescribeAlarmContributors$, DescribeAlarmContributorsCommand, DescribeAlarmHistory$, DescribeAlarmHistoryCommand, DescribeAlarmsCommand, DescribeAlarmsForMetric$, DescribeAlarmsForMetricCommand, DescribeAnomalyDetectors$, DescribeAnomalyDetectorsCommand, DescribeInsightRules$, DescribeInsightRulesCommand, DisableAlarmActions$, DisableAlarmActionsCommand, DisableInsightRules$, DisableInsightRulesCommand, DisassociateDatasetKmsKey$, DisassociateDatasetKmsKeyCommand, EnableAlarmActions$, EnableAlarmActionsCommand, EnableInsightRules$, EnableInsightRulesCommand, EvaluationState, GetAlarmMuteRule$, GetAlarmMuteRuleCommand, GetDashboard$, GetDashboardCommand, GetDataset$, GetDatasetCommand, GetInsightRuleReport$, GetInsightRuleReportCommand, GetMetricDataCommand, GetMetricStatistics$, GetMetricStatisticsCommand, GetMetricStream$, GetMetricStreamCommand, GetMetricWidgetImage$, GetMetricWidgetImageCommand, GetOTelEnrichment$, GetOTelEnrichmentCommand, GetResourceMetricsConfiguration$, GetResourceMetricsConfigurationCommand, HistoryItemType, ListAlarmMuteRules$, ListAlarmMuteRulesCommand, ListDashboards$, ListDashboardsCommand, ListManagedInsightRules$, ListManagedInsightRulesCommand, ListMetricStreams$, ListMetricStreamsCommand, ListMetrics$, ListMetricsCommand, ListTagsForResourceCommand, MetricStreamOutputFormat, OTelEnrichmentStatus, PutAlarmMuteRule$, PutAlarmMuteRuleCommand, PutAnomalyDetector$, PutAnomalyDetectorCommand, PutCompositeAlarm$, PutCompositeAlarmCommand, PutDashboard$, PutDashboardCommand, PutInsightRule$, PutInsightRuleCommand, PutLogAlarm$, PutLogAlarmCommand, PutManagedInsightRules$, PutManagedInsightRulesCommand, PutMetricAlarm$, PutMetricAlarmCommand, PutMetricData$, PutMetricDataCommand, PutMetricStream$, PutMetricStreamCommand, RecentlyActive, ScanBy, SetAlarmState$, SetAlarmStateCommand, StandardUnit, StartMetricStreams$, StartMetricStreamsCommand, StartOTelEnrichment$, StartOTelEnrichmentCommand, StateValue, Statistic, StatusCode, StopMetricStreams$, StopMetricStreamsCommand, StopOTelEnrichment$, StopOTelEnrichmentCommand, TagResource$, TagResourceCommand, UntagResource$, UntagResourceCommand, UpdateOTelEnrichment$, UpdateOTelEnrichmentCommand, UpdateResourceMetricsConfiguration$, UpdateResourceMetricsConfigurationCommand, paginateDescribeAlarmHistory, paginateDescribeAlarms, paginateDescribeAnomalyDetectors, paginateDescribeInsightRules, paginateGetMetricData, paginateListAlarmMuteRules, paginateListDashboards, paginateListManagedInsightRules, paginateListMetricStreams, paginateListMetrics, waitForAlarmExists, waitForAlarmMuteRuleExists, waitForCompositeAlarmExists, waitForLogAlarmExists, waitUntilAlarmExists, waitUntilAlarmMuteRuleExists, waitUntilCompositeAlarmExists, waitUntilLogAlarmExists };
