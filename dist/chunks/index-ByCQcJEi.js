import { n as normalizeProvider, h as getSmithyContext, i as parseUrl, j as loadConfig, k as resolveEndpointConfig } from './index-Dve_F8QV.js';
export { q as $Command } from './index-Dve_F8QV.js';
import { r as resolveAwsSdkSigV4Config, B as BinaryDecisionDiagram, q as EndpointCache, u as decideEndpoint, v as awsEndpointFunctions, w as customEndpointFunctions, t as toUtf8, x as Sha256Node, y as NoOpLogger, A as AwsSdkSigV4Signer, m as toBase64, i as fromBase64, z as emitWarningIfUnsupportedVersion, C as resolveDefaultsModeConfig, D as emitWarningIfUnsupportedVersion$1, F as defaultProvider, G as calculateBodyLength, I as NODE_APP_ID_CONFIG_OPTIONS, J as NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, K as NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, M as NODE_RETRY_MODE_CONFIG_OPTIONS, O as DEFAULT_RETRY_MODE, Q as NODE_REGION_CONFIG_FILE_OPTIONS, R as NODE_REGION_CONFIG_OPTIONS, T as NODE_MAX_ATTEMPT_CONFIG_OPTIONS, U as createDefaultUserAgentProvider, V as NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, W as loadConfigsForDefaultMode, X as getAwsRegionExtensionConfiguration, Y as getDefaultExtensionConfiguration, Z as getHttpHandlerExtensionConfiguration, _ as resolveAwsRegionExtensionConfiguration, $ as resolveDefaultRuntimeConfig, a0 as resolveHttpHandlerRuntimeConfig, a1 as Client, a2 as resolveUserAgentConfig, a3 as resolveRetryConfig, a4 as resolveRegionConfig, a5 as getSchemaSerdePlugin, a6 as getUserAgentPlugin, a7 as getRetryPlugin, a8 as getContentLengthPlugin, a9 as getHostHeaderPlugin, aa as getLoggerPlugin, ab as getRecursionDetectionPlugin, ac as getHttpAuthSchemeEndpointRuleSetPlugin, ad as DefaultIdentityProviderConfig, ae as getHttpSigningPlugin, af as resolveHostHeaderConfig } from './ProtocolLib-xg-5KSLQ.js';
import { e as errorTypeRegistries, r as resolveClientEndpointParameters, c as command, A as AttachInstances$, _ as _mw0, a as _ep0, b as AttachLoadBalancers$, d as AttachLoadBalancerTargetGroups$, f as AttachTrafficSources$, B as BatchDeleteScheduledAction$, g as BatchPutScheduledUpdateGroupAction$, C as CancelInstanceRefresh$, h as CompleteLifecycleAction$, i as CreateAutoScalingGroup$, j as CreateLaunchConfiguration$, k as CreateOrUpdateTags$, l as DeleteAutoScalingGroup$, m as DeleteLaunchConfiguration$, n as DeleteLifecycleHook$, o as DeleteNotificationConfiguration$, p as DeletePolicy$, q as DeleteScheduledAction$, s as DeleteTags$, t as DeleteWarmPool$, u as DescribeAccountLimits$, v as DescribeAccountSettings$, w as DescribeAdjustmentTypes$, x as DescribeAutoScalingGroups$, y as DescribeAutoScalingNotificationTypes$, z as DescribeInstanceRefreshes$, E as DescribeLaunchConfigurations$, F as DescribeLifecycleHooks$, G as DescribeLifecycleHookTypes$, H as DescribeLoadBalancers$, I as DescribeLoadBalancerTargetGroups$, J as DescribeMetricCollectionTypes$, K as DescribeNotificationConfigurations$, L as DescribePolicies$, M as DescribeScalingActivities$, N as DescribeScalingProcessTypes$, O as DescribeScheduledActions$, P as DescribeTags$, Q as DescribeTerminationPolicyTypes$, R as DescribeTrafficSources$, S as DescribeWarmPool$, T as DetachInstances$, U as DetachLoadBalancers$, V as DetachLoadBalancerTargetGroups$, W as DetachTrafficSources$, X as DisableMetricsCollection$, Y as EnableMetricsCollection$, Z as EnterStandby$, $ as ExecutePolicy$, a0 as ExitStandby$, a1 as GetPredictiveScalingForecast$, a2 as LaunchInstances$, a3 as PutAccountSetting$, a4 as PutLifecycleHook$, a5 as PutNotificationConfiguration$, a6 as PutScalingPolicy$, a7 as PutScheduledUpdateGroupAction$, a8 as PutWarmPool$, a9 as RecordLifecycleActionHeartbeat$, aa as ResumeProcesses$, ab as RollbackInstanceRefresh$, ac as SetDesiredCapacity$, ad as SetInstanceHealth$, ae as SetInstanceProtection$, af as StartInstanceRefresh$, ag as SuspendProcesses$, ah as TerminateInstanceInAutoScalingGroup$, ai as UpdateAutoScalingGroup$, D as DescribeAutoScalingInstancesCommand } from './DescribeAutoScalingInstancesCommand-ExoGF5wy.js';
export { aj as AcceleratorCountRequest$, ak as AcceleratorTotalMemoryMiBRequest$, al as AccountSetting$, am as ActiveInstanceRefreshNotFoundFault, an as ActiveInstanceRefreshNotFoundFault$, ao as ActivitiesType$, ap as Activity$, aq as ActivityType$, ar as AdjustmentType$, as as Alarm$, at as AlarmSpecification$, au as AlreadyExistsFault, av as AlreadyExistsFault$, aw as AttachInstancesQuery$, ax as AttachLoadBalancerTargetGroupsResultType$, ay as AttachLoadBalancerTargetGroupsType$, az as AttachLoadBalancersResultType$, aA as AttachLoadBalancersType$, aB as AttachTrafficSourcesResultType$, aC as AttachTrafficSourcesType$, aD as AutoScalingGroup$, aE as AutoScalingGroupNamesType$, aF as AutoScalingGroupsType$, aG as AutoScalingInstanceDetails$, aH as AutoScalingInstancesType$, aI as AutoScalingServiceException, aJ as AutoScalingServiceException$, aK as AvailabilityZoneDistribution$, aL as AvailabilityZoneImpairmentPolicy$, aM as BaselineEbsBandwidthMbpsRequest$, aN as BaselinePerformanceFactorsRequest$, aO as BatchDeleteScheduledActionAnswer$, aP as BatchDeleteScheduledActionType$, aQ as BatchPutScheduledUpdateGroupActionAnswer$, aR as BatchPutScheduledUpdateGroupActionType$, aS as BlockDeviceMapping$, aT as CancelInstanceRefreshAnswer$, aU as CancelInstanceRefreshType$, aV as CapacityForecast$, aW as CapacityReservationSpecification$, aX as CapacityReservationTarget$, aY as CompleteLifecycleActionAnswer$, aZ as CompleteLifecycleActionType$, a_ as CpuPerformanceFactorRequest$, a$ as CreateAutoScalingGroupType$, b0 as CreateLaunchConfigurationType$, b1 as CreateOrUpdateTagsType$, b2 as CustomizedMetricSpecification$, b3 as DeleteAutoScalingGroupType$, b4 as DeleteLifecycleHookAnswer$, b5 as DeleteLifecycleHookType$, b6 as DeleteNotificationConfigurationType$, b7 as DeletePolicyType$, b8 as DeleteScheduledActionType$, b9 as DeleteTagsType$, ba as DeleteWarmPoolAnswer$, bb as DeleteWarmPoolType$, bc as DescribeAccountLimitsAnswer$, bd as DescribeAccountSettingsAnswer$, be as DescribeAccountSettingsType$, bf as DescribeAdjustmentTypesAnswer$, bg as DescribeAutoScalingInstances$, bh as DescribeAutoScalingInstancesType$, bi as DescribeAutoScalingNotificationTypesAnswer$, bj as DescribeInstanceRefreshesAnswer$, bk as DescribeInstanceRefreshesType$, bl as DescribeLifecycleHookTypesAnswer$, bm as DescribeLifecycleHooksAnswer$, bn as DescribeLifecycleHooksType$, bo as DescribeLoadBalancerTargetGroupsRequest$, bp as DescribeLoadBalancerTargetGroupsResponse$, bq as DescribeLoadBalancersRequest$, br as DescribeLoadBalancersResponse$, bs as DescribeMetricCollectionTypesAnswer$, bt as DescribeNotificationConfigurationsAnswer$, bu as DescribeNotificationConfigurationsType$, bv as DescribePoliciesType$, bw as DescribeScalingActivitiesType$, bx as DescribeScheduledActionsType$, by as DescribeTagsType$, bz as DescribeTerminationPolicyTypesAnswer$, bA as DescribeTrafficSourcesRequest$, bB as DescribeTrafficSourcesResponse$, bC as DescribeWarmPoolAnswer$, bD as DescribeWarmPoolType$, bE as DesiredConfiguration$, bF as DetachInstancesAnswer$, bG as DetachInstancesQuery$, bH as DetachLoadBalancerTargetGroupsResultType$, bI as DetachLoadBalancerTargetGroupsType$, bJ as DetachLoadBalancersResultType$, bK as DetachLoadBalancersType$, bL as DetachTrafficSourcesResultType$, bM as DetachTrafficSourcesType$, bN as DisableMetricsCollectionQuery$, bO as DistributionSegment$, bP as Ebs$, bQ as EnableMetricsCollectionQuery$, bR as EnabledMetric$, bS as EnterStandbyAnswer$, bT as EnterStandbyQuery$, bU as ExecutePolicyType$, bV as ExitStandbyAnswer$, bW as ExitStandbyQuery$, bX as FailedScheduledUpdateGroupActionRequest$, bY as Filter$, bZ as GetPredictiveScalingForecastAnswer$, b_ as GetPredictiveScalingForecastType$, b$ as IdempotentCallInProgressFault, c0 as IdempotentCallInProgressFault$, c1 as IdempotentParameterMismatchError, c2 as IdempotentParameterMismatchError$, c3 as Instance$, c4 as InstanceCollection$, c5 as InstanceLifecyclePolicy$, c6 as InstanceMaintenancePolicy$, c7 as InstanceMetadataOptions$, c8 as InstanceMonitoring$, c9 as InstanceRefresh$, ca as InstanceRefreshInProgressFault, cb as InstanceRefreshInProgressFault$, cc as InstanceRefreshLivePoolProgress$, cd as InstanceRefreshProgressDetails$, ce as InstanceRefreshWarmPoolProgress$, cf as InstanceRequirements$, cg as InstanceReusePolicy$, ch as InstancesDistribution$, ci as InvalidNextToken, cj as InvalidNextToken$, ck as IrreversibleInstanceRefreshFault, cl as IrreversibleInstanceRefreshFault$, cm as LaunchConfiguration$, cn as LaunchConfigurationNameType$, co as LaunchConfigurationNamesType$, cp as LaunchConfigurationsType$, cq as LaunchInstancesError$, cr as LaunchInstancesRequest$, cs as LaunchInstancesResult$, ct as LaunchTemplate$, cu as LaunchTemplateOverrides$, cv as LaunchTemplateSpecification$, cw as LifecycleHook$, cx as LifecycleHookSpecification$, cy as LimitExceededFault, cz as LimitExceededFault$, cA as LoadBalancerState$, cB as LoadBalancerTargetGroupState$, cC as LoadForecast$, cD as MemoryGiBPerVCpuRequest$, cE as MemoryMiBRequest$, cF as Metric$, cG as MetricCollectionType$, cH as MetricDataQuery$, cI as MetricDimension$, cJ as MetricGranularityType$, cK as MetricStat$, cL as MixedInstancesPolicy$, cM as NetworkBandwidthGbpsRequest$, cN as NetworkInterfaceCountRequest$, cO as NotificationConfiguration$, cP as Operator$, cQ as PerformanceFactorReferenceRequest$, cR as PoliciesType$, cS as PolicyARNType$, cT as PredefinedMetricSpecification$, cU as PredictiveScalingConfiguration$, cV as PredictiveScalingCustomizedCapacityMetric$, cW as PredictiveScalingCustomizedLoadMetric$, cX as PredictiveScalingCustomizedScalingMetric$, cY as PredictiveScalingMetricSpecification$, cZ as PredictiveScalingPredefinedLoadMetric$, c_ as PredictiveScalingPredefinedMetricPair$, c$ as PredictiveScalingPredefinedScalingMetric$, d0 as ProcessType$, d1 as ProcessesType$, d2 as PutAccountSettingAnswer$, d3 as PutAccountSettingType$, d4 as PutLifecycleHookAnswer$, d5 as PutLifecycleHookType$, d6 as PutNotificationConfigurationType$, d7 as PutScalingPolicyType$, d8 as PutScheduledUpdateGroupActionType$, d9 as PutWarmPoolAnswer$, da as PutWarmPoolType$, db as RecordLifecycleActionHeartbeatAnswer$, dc as RecordLifecycleActionHeartbeatType$, dd as RefreshPreferences$, de as ResourceContentionFault, df as ResourceContentionFault$, dg as ResourceInUseFault, dh as ResourceInUseFault$, di as RetentionTriggers$, dj as RollbackDetails$, dk as RollbackInstanceRefreshAnswer$, dl as RollbackInstanceRefreshType$, dm as ScalingActivityInProgressFault, dn as ScalingActivityInProgressFault$, dp as ScalingPolicy$, dq as ScalingProcessQuery$, dr as ScheduledActionsType$, ds as ScheduledUpdateGroupAction$, dt as ScheduledUpdateGroupActionRequest$, du as ServiceLinkedRoleFailure, dv as ServiceLinkedRoleFailure$, dw as SetDesiredCapacityType$, dx as SetInstanceHealthQuery$, dy as SetInstanceProtectionAnswer$, dz as SetInstanceProtectionQuery$, dA as StartInstanceRefreshAnswer$, dB as StartInstanceRefreshType$, dC as StepAdjustment$, dD as SuspendedProcess$, dE as Tag$, dF as TagDescription$, dG as TagsType$, dH as TargetTrackingConfiguration$, dI as TargetTrackingMetricDataQuery$, dJ as TargetTrackingMetricStat$, dK as TerminateInstanceInAutoScalingGroupType$, dL as TotalLocalStorageGBRequest$, dM as TrafficSourceIdentifier$, dN as TrafficSourceState$, dO as UpdateAutoScalingGroupType$, dP as VCpuCountRequest$, dQ as WarmPoolConfiguration$ } from './DescribeAutoScalingInstancesCommand-ExoGF5wy.js';
import 'node:crypto';
import { f as fromUtf8 } from './toUint8Array-6d8rgJ2N.js';
import { A as AwsQueryProtocol } from './AwsQueryProtocol-HGjxDEXe.js';
import { s as streamCollector } from './write-request-body-CNb9daTH.js';
import { N as NodeHttpHandler } from './node-http-handler-Cs_FYUpW.js';
import { g as getDefaultSocketTimeout } from './getDefaultSocketTimeout-DL-CUiQe.js';
import { c as createPaginator } from './createPaginator-DU2FIZFW.js';
import { c as createWaiter, a as checkExceptions, W as WaiterState } from './createWaiter-oGrz_7lj.js';
import { c as createAggregatedClient } from './create-aggregated-client-DhEwY-kY.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';
import 'node:fs';
import 'node:stream';
import 'node:process';
import './FromStringShapeDeserializer-Cm1S7FV7.js';
import './RpcProtocol-BTxjZwLM.js';
import 'node:https';

const defaultAutoScalingHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "autoscaling",
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
const defaultAutoScalingHttpAuthSchemeProvider = (authParameters) => {
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

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://autoscaling-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://autoscaling.{Region}.amazonaws.com", i],
        ["https://autoscaling-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://autoscaling.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://autoscaling.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
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
        apiVersion: "2011-01-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAutoScalingHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.autoscaling",
            errorTypeRegistries,
            xmlNamespace: "http://autoscaling.amazonaws.com/doc/2011-01-01/",
            version: "2011-01-01",
            serviceTarget: "AutoScaling_2011_01_01",
        },
        serviceId: config?.serviceId ?? "Auto Scaling",
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 900_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
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

class AutoScalingClient extends Client {
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
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultAutoScalingHttpAuthSchemeParametersProvider,
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

class AttachInstancesCommand extends command(_ep0, _mw0, "AttachInstances", AttachInstances$) {
}

class AttachLoadBalancersCommand extends command(_ep0, _mw0, "AttachLoadBalancers", AttachLoadBalancers$) {
}

class AttachLoadBalancerTargetGroupsCommand extends command(_ep0, _mw0, "AttachLoadBalancerTargetGroups", AttachLoadBalancerTargetGroups$) {
}

class AttachTrafficSourcesCommand extends command(_ep0, _mw0, "AttachTrafficSources", AttachTrafficSources$) {
}

class BatchDeleteScheduledActionCommand extends command(_ep0, _mw0, "BatchDeleteScheduledAction", BatchDeleteScheduledAction$) {
}

class BatchPutScheduledUpdateGroupActionCommand extends command(_ep0, _mw0, "BatchPutScheduledUpdateGroupAction", BatchPutScheduledUpdateGroupAction$) {
}

class CancelInstanceRefreshCommand extends command(_ep0, _mw0, "CancelInstanceRefresh", CancelInstanceRefresh$) {
}

class CompleteLifecycleActionCommand extends command(_ep0, _mw0, "CompleteLifecycleAction", CompleteLifecycleAction$) {
}

class CreateAutoScalingGroupCommand extends command(_ep0, _mw0, "CreateAutoScalingGroup", CreateAutoScalingGroup$) {
}

class CreateLaunchConfigurationCommand extends command(_ep0, _mw0, "CreateLaunchConfiguration", CreateLaunchConfiguration$) {
}

class CreateOrUpdateTagsCommand extends command(_ep0, _mw0, "CreateOrUpdateTags", CreateOrUpdateTags$) {
}

class DeleteAutoScalingGroupCommand extends command(_ep0, _mw0, "DeleteAutoScalingGroup", DeleteAutoScalingGroup$) {
}

class DeleteLaunchConfigurationCommand extends command(_ep0, _mw0, "DeleteLaunchConfiguration", DeleteLaunchConfiguration$) {
}

class DeleteLifecycleHookCommand extends command(_ep0, _mw0, "DeleteLifecycleHook", DeleteLifecycleHook$) {
}

class DeleteNotificationConfigurationCommand extends command(_ep0, _mw0, "DeleteNotificationConfiguration", DeleteNotificationConfiguration$) {
}

class DeletePolicyCommand extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
}

class DeleteScheduledActionCommand extends command(_ep0, _mw0, "DeleteScheduledAction", DeleteScheduledAction$) {
}

class DeleteTagsCommand extends command(_ep0, _mw0, "DeleteTags", DeleteTags$) {
}

class DeleteWarmPoolCommand extends command(_ep0, _mw0, "DeleteWarmPool", DeleteWarmPool$) {
}

class DescribeAccountLimitsCommand extends command(_ep0, _mw0, "DescribeAccountLimits", DescribeAccountLimits$) {
}

class DescribeAccountSettingsCommand extends command(_ep0, _mw0, "DescribeAccountSettings", DescribeAccountSettings$) {
}

class DescribeAdjustmentTypesCommand extends command(_ep0, _mw0, "DescribeAdjustmentTypes", DescribeAdjustmentTypes$) {
}

class DescribeAutoScalingGroupsCommand extends command(_ep0, _mw0, "DescribeAutoScalingGroups", DescribeAutoScalingGroups$) {
}

class DescribeAutoScalingNotificationTypesCommand extends command(_ep0, _mw0, "DescribeAutoScalingNotificationTypes", DescribeAutoScalingNotificationTypes$) {
}

class DescribeInstanceRefreshesCommand extends command(_ep0, _mw0, "DescribeInstanceRefreshes", DescribeInstanceRefreshes$) {
}

class DescribeLaunchConfigurationsCommand extends command(_ep0, _mw0, "DescribeLaunchConfigurations", DescribeLaunchConfigurations$) {
}

class DescribeLifecycleHooksCommand extends command(_ep0, _mw0, "DescribeLifecycleHooks", DescribeLifecycleHooks$) {
}

class DescribeLifecycleHookTypesCommand extends command(_ep0, _mw0, "DescribeLifecycleHookTypes", DescribeLifecycleHookTypes$) {
}

class DescribeLoadBalancersCommand extends command(_ep0, _mw0, "DescribeLoadBalancers", DescribeLoadBalancers$) {
}

class DescribeLoadBalancerTargetGroupsCommand extends command(_ep0, _mw0, "DescribeLoadBalancerTargetGroups", DescribeLoadBalancerTargetGroups$) {
}

class DescribeMetricCollectionTypesCommand extends command(_ep0, _mw0, "DescribeMetricCollectionTypes", DescribeMetricCollectionTypes$) {
}

class DescribeNotificationConfigurationsCommand extends command(_ep0, _mw0, "DescribeNotificationConfigurations", DescribeNotificationConfigurations$) {
}

class DescribePoliciesCommand extends command(_ep0, _mw0, "DescribePolicies", DescribePolicies$) {
}

class DescribeScalingActivitiesCommand extends command(_ep0, _mw0, "DescribeScalingActivities", DescribeScalingActivities$) {
}

class DescribeScalingProcessTypesCommand extends command(_ep0, _mw0, "DescribeScalingProcessTypes", DescribeScalingProcessTypes$) {
}

class DescribeScheduledActionsCommand extends command(_ep0, _mw0, "DescribeScheduledActions", DescribeScheduledActions$) {
}

class DescribeTagsCommand extends command(_ep0, _mw0, "DescribeTags", DescribeTags$) {
}

class DescribeTerminationPolicyTypesCommand extends command(_ep0, _mw0, "DescribeTerminationPolicyTypes", DescribeTerminationPolicyTypes$) {
}

class DescribeTrafficSourcesCommand extends command(_ep0, _mw0, "DescribeTrafficSources", DescribeTrafficSources$) {
}

class DescribeWarmPoolCommand extends command(_ep0, _mw0, "DescribeWarmPool", DescribeWarmPool$) {
}

class DetachInstancesCommand extends command(_ep0, _mw0, "DetachInstances", DetachInstances$) {
}

class DetachLoadBalancersCommand extends command(_ep0, _mw0, "DetachLoadBalancers", DetachLoadBalancers$) {
}

class DetachLoadBalancerTargetGroupsCommand extends command(_ep0, _mw0, "DetachLoadBalancerTargetGroups", DetachLoadBalancerTargetGroups$) {
}

class DetachTrafficSourcesCommand extends command(_ep0, _mw0, "DetachTrafficSources", DetachTrafficSources$) {
}

class DisableMetricsCollectionCommand extends command(_ep0, _mw0, "DisableMetricsCollection", DisableMetricsCollection$) {
}

class EnableMetricsCollectionCommand extends command(_ep0, _mw0, "EnableMetricsCollection", EnableMetricsCollection$) {
}

class EnterStandbyCommand extends command(_ep0, _mw0, "EnterStandby", EnterStandby$) {
}

class ExecutePolicyCommand extends command(_ep0, _mw0, "ExecutePolicy", ExecutePolicy$) {
}

class ExitStandbyCommand extends command(_ep0, _mw0, "ExitStandby", ExitStandby$) {
}

class GetPredictiveScalingForecastCommand extends command(_ep0, _mw0, "GetPredictiveScalingForecast", GetPredictiveScalingForecast$) {
}

class LaunchInstancesCommand extends command(_ep0, _mw0, "LaunchInstances", LaunchInstances$) {
}

class PutAccountSettingCommand extends command(_ep0, _mw0, "PutAccountSetting", PutAccountSetting$) {
}

class PutLifecycleHookCommand extends command(_ep0, _mw0, "PutLifecycleHook", PutLifecycleHook$) {
}

class PutNotificationConfigurationCommand extends command(_ep0, _mw0, "PutNotificationConfiguration", PutNotificationConfiguration$) {
}

class PutScalingPolicyCommand extends command(_ep0, _mw0, "PutScalingPolicy", PutScalingPolicy$) {
}

class PutScheduledUpdateGroupActionCommand extends command(_ep0, _mw0, "PutScheduledUpdateGroupAction", PutScheduledUpdateGroupAction$) {
}

class PutWarmPoolCommand extends command(_ep0, _mw0, "PutWarmPool", PutWarmPool$) {
}

class RecordLifecycleActionHeartbeatCommand extends command(_ep0, _mw0, "RecordLifecycleActionHeartbeat", RecordLifecycleActionHeartbeat$) {
}

class ResumeProcessesCommand extends command(_ep0, _mw0, "ResumeProcesses", ResumeProcesses$) {
}

class RollbackInstanceRefreshCommand extends command(_ep0, _mw0, "RollbackInstanceRefresh", RollbackInstanceRefresh$) {
}

class SetDesiredCapacityCommand extends command(_ep0, _mw0, "SetDesiredCapacity", SetDesiredCapacity$) {
}

class SetInstanceHealthCommand extends command(_ep0, _mw0, "SetInstanceHealth", SetInstanceHealth$) {
}

class SetInstanceProtectionCommand extends command(_ep0, _mw0, "SetInstanceProtection", SetInstanceProtection$) {
}

class StartInstanceRefreshCommand extends command(_ep0, _mw0, "StartInstanceRefresh", StartInstanceRefresh$) {
}

class SuspendProcessesCommand extends command(_ep0, _mw0, "SuspendProcesses", SuspendProcesses$) {
}

class TerminateInstanceInAutoScalingGroupCommand extends command(_ep0, _mw0, "TerminateInstanceInAutoScalingGroup", TerminateInstanceInAutoScalingGroup$) {
}

class UpdateAutoScalingGroupCommand extends command(_ep0, _mw0, "UpdateAutoScalingGroup", UpdateAutoScalingGroup$) {
}

const paginateDescribeAutoScalingGroups = createPaginator(AutoScalingClient, DescribeAutoScalingGroupsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeAutoScalingInstances = createPaginator(AutoScalingClient, DescribeAutoScalingInstancesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeInstanceRefreshes = createPaginator(AutoScalingClient, DescribeInstanceRefreshesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeLaunchConfigurations = createPaginator(AutoScalingClient, DescribeLaunchConfigurationsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeLoadBalancers = createPaginator(AutoScalingClient, DescribeLoadBalancersCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeLoadBalancerTargetGroups = createPaginator(AutoScalingClient, DescribeLoadBalancerTargetGroupsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeNotificationConfigurations = createPaginator(AutoScalingClient, DescribeNotificationConfigurationsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribePolicies = createPaginator(AutoScalingClient, DescribePoliciesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeScalingActivities = createPaginator(AutoScalingClient, DescribeScalingActivitiesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeScheduledActions = createPaginator(AutoScalingClient, DescribeScheduledActionsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeTags = createPaginator(AutoScalingClient, DescribeTagsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeTrafficSources = createPaginator(AutoScalingClient, DescribeTrafficSourcesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeWarmPool = createPaginator(AutoScalingClient, DescribeWarmPoolCommand, "NextToken", "NextToken", "MaxRecords");

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAutoScalingGroupsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return (result.AutoScalingGroups.length > 0);
            };
            if (returnComparator() == true) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return (result.AutoScalingGroups.length > 0);
            };
            if (returnComparator() == false) {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForGroupExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilGroupExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAutoScalingGroupsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.AutoScalingGroups);
                let projection_3 = flat_1.map((element_2) => {
                    let filterRes_5 = element_2.Instances.filter((element_4) => {
                        return (element_4.LifecycleState == "InService");
                    });
                    let result_6 = [];
                    result_6.push((filterRes_5.length >= element_2.MinSize));
                    element_2 = result_6;
                    return element_2;
                });
                let flat_7 = [].concat(...projection_3);
                return flat_7.includes(false);
            };
            if (returnComparator() == false) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.AutoScalingGroups);
                let projection_3 = flat_1.map((element_2) => {
                    let filterRes_5 = element_2.Instances.filter((element_4) => {
                        return (element_4.LifecycleState == "InService");
                    });
                    let result_6 = [];
                    result_6.push((filterRes_5.length >= element_2.MinSize));
                    element_2 = result_6;
                    return element_2;
                });
                let flat_7 = [].concat(...projection_3);
                return flat_7.includes(false);
            };
            if (returnComparator() == true) {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForGroupInService = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilGroupInService = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAutoScalingGroupsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return (result.AutoScalingGroups.length > 0);
            };
            if (returnComparator() == false) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return (result.AutoScalingGroups.length > 0);
            };
            if (returnComparator() == true) {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForGroupNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilGroupNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AttachInstancesCommand,
    AttachLoadBalancersCommand,
    AttachLoadBalancerTargetGroupsCommand,
    AttachTrafficSourcesCommand,
    BatchDeleteScheduledActionCommand,
    BatchPutScheduledUpdateGroupActionCommand,
    CancelInstanceRefreshCommand,
    CompleteLifecycleActionCommand,
    CreateAutoScalingGroupCommand,
    CreateLaunchConfigurationCommand,
    CreateOrUpdateTagsCommand,
    DeleteAutoScalingGroupCommand,
    DeleteLaunchConfigurationCommand,
    DeleteLifecycleHookCommand,
    DeleteNotificationConfigurationCommand,
    DeletePolicyCommand,
    DeleteScheduledActionCommand,
    DeleteTagsCommand,
    DeleteWarmPoolCommand,
    DescribeAccountLimitsCommand,
    DescribeAccountSettingsCommand,
    DescribeAdjustmentTypesCommand,
    DescribeAutoScalingGroupsCommand,
    DescribeAutoScalingInstancesCommand,
    DescribeAutoScalingNotificationTypesCommand,
    DescribeInstanceRefreshesCommand,
    DescribeLaunchConfigurationsCommand,
    DescribeLifecycleHooksCommand,
    DescribeLifecycleHookTypesCommand,
    DescribeLoadBalancersCommand,
    DescribeLoadBalancerTargetGroupsCommand,
    DescribeMetricCollectionTypesCommand,
    DescribeNotificationConfigurationsCommand,
    DescribePoliciesCommand,
    DescribeScalingActivitiesCommand,
    DescribeScalingProcessTypesCommand,
    DescribeScheduledActionsCommand,
    DescribeTagsCommand,
    DescribeTerminationPolicyTypesCommand,
    DescribeTrafficSourcesCommand,
    DescribeWarmPoolCommand,
    DetachInstancesCommand,
    DetachLoadBalancersCommand,
    DetachLoadBalancerTargetGroupsCommand,
    DetachTrafficSourcesCommand,
    DisableMetricsCollectionCommand,
    EnableMetricsCollectionCommand,
    EnterStandbyCommand,
    ExecutePolicyCommand,
    ExitStandbyCommand,
    GetPredictiveScalingForecastCommand,
    LaunchInstancesCommand,
    PutAccountSettingCommand,
    PutLifecycleHookCommand,
    PutNotificationConfigurationCommand,
    PutScalingPolicyCommand,
    PutScheduledUpdateGroupActionCommand,
    PutWarmPoolCommand,
    RecordLifecycleActionHeartbeatCommand,
    ResumeProcessesCommand,
    RollbackInstanceRefreshCommand,
    SetDesiredCapacityCommand,
    SetInstanceHealthCommand,
    SetInstanceProtectionCommand,
    StartInstanceRefreshCommand,
    SuspendProcessesCommand,
    TerminateInstanceInAutoScalingGroupCommand,
    UpdateAutoScalingGroupCommand,
};
const paginators = {
    paginateDescribeAutoScalingGroups,
    paginateDescribeAutoScalingInstances,
    paginateDescribeInstanceRefreshes,
    paginateDescribeLaunchConfigurations,
    paginateDescribeLoadBalancers,
    paginateDescribeLoadBalancerTargetGroups,
    paginateDescribeNotificationConfigurations,
    paginateDescribePolicies,
    paginateDescribeScalingActivities,
    paginateDescribeScheduledActions,
    paginateDescribeTags,
    paginateDescribeTrafficSources,
    paginateDescribeWarmPool,
};
const waiters = {
    waitUntilGroupExists,
    waitUntilGroupInService,
    waitUntilGroupNotExists,
};
class AutoScaling extends AutoScalingClient {
}
createAggregatedClient(commands, AutoScaling, { paginators, waiters });

const AcceleratorManufacturer = {
    AMAZON_WEB_SERVICES: "amazon-web-services",
    AMD: "amd",
    NVIDIA: "nvidia",
    XILINX: "xilinx",
};
const AcceleratorName = {
    A100: "a100",
    K80: "k80",
    M60: "m60",
    RADEON_PRO_V520: "radeon-pro-v520",
    T4: "t4",
    V100: "v100",
    VU9P: "vu9p",
};
const AcceleratorType = {
    FPGA: "fpga",
    GPU: "gpu",
    INFERENCE: "inference",
};
const ScalingActivityStatusCode = {
    Cancelled: "Cancelled",
    Failed: "Failed",
    InPlaceUpdateInProgress: "InPlaceUpdateInProgress",
    InProgress: "InProgress",
    MidLifecycleAction: "MidLifecycleAction",
    PendingSpotBidPlacement: "PendingSpotBidPlacement",
    PreInService: "PreInService",
    Successful: "Successful",
    WaitingForConnectionDraining: "WaitingForConnectionDraining",
    WaitingForELBConnectionDraining: "WaitingForELBConnectionDraining",
    WaitingForInPlaceUpdateToFinalize: "WaitingForInPlaceUpdateToFinalize",
    WaitingForInPlaceUpdateToStart: "WaitingForInPlaceUpdateToStart",
    WaitingForInstanceId: "WaitingForInstanceId",
    WaitingForInstanceWarmup: "WaitingForInstanceWarmup",
    WaitingForSpotInstanceId: "WaitingForSpotInstanceId",
    WaitingForSpotInstanceRequestId: "WaitingForSpotInstanceRequestId",
};
const CapacityDistributionStrategy = {
    BALANCED_BEST_EFFORT: "balanced-best-effort",
    BALANCED_ONLY: "balanced-only",
    RESERVATIONS_THEN_BALANCED: "reservations-then-balanced",
};
const ImpairedZoneHealthCheckBehavior = {
    IgnoreUnhealthy: "IgnoreUnhealthy",
    ReplaceUnhealthy: "ReplaceUnhealthy",
};
const CapacityReservationPreference = {
    CapacityReservationsFirst: "capacity-reservations-first",
    CapacityReservationsOnly: "capacity-reservations-only",
    Default: "default",
    None: "none",
};
const DeletionProtection = {
    None: "none",
    PreventAllDeletion: "prevent-all-deletion",
    PreventForceDeletion: "prevent-force-deletion",
};
const RetentionAction = {
    Retain: "retain",
    Terminate: "terminate",
};
const TargetCapacityType = {
    CAPACITY_BLOCK: "capacity-block",
    INTERRUPTIBLE_CAPACITY_RESERVATION: "interruptible-capacity-reservation",
    ON_DEMAND: "on-demand",
    ON_DEMAND_CAPACITY_RESERVATION: "on-demand-capacity-reservation",
};
const BareMetal = {
    EXCLUDED: "excluded",
    INCLUDED: "included",
    REQUIRED: "required",
};
const BurstablePerformance = {
    EXCLUDED: "excluded",
    INCLUDED: "included",
    REQUIRED: "required",
};
const CpuManufacturer = {
    AMAZON_WEB_SERVICES: "amazon-web-services",
    AMD: "amd",
    APPLE: "apple",
    INTEL: "intel",
};
const InstanceGeneration = {
    CURRENT: "current",
    PREVIOUS: "previous",
};
const LocalStorage = {
    EXCLUDED: "excluded",
    INCLUDED: "included",
    REQUIRED: "required",
};
const LocalStorageType = {
    HDD: "hdd",
    SSD: "ssd",
};
const InstanceMetadataEndpointState = {
    Disabled: "disabled",
    Enabled: "enabled",
};
const InstanceMetadataHttpTokensState = {
    Optional: "optional",
    Required: "required",
};
const LifecycleState = {
    DETACHED: "Detached",
    DETACHING: "Detaching",
    ENTERING_STANDBY: "EnteringStandby",
    IN_SERVICE: "InService",
    PENDING: "Pending",
    PENDING_PROCEED: "Pending:Proceed",
    PENDING_WAIT: "Pending:Wait",
    QUARANTINED: "Quarantined",
    REPLACING_ROOT_VOLUME: "ReplacingRootVolume",
    REPLACING_ROOT_VOLUME_PROCEED: "ReplacingRootVolume:Proceed",
    REPLACING_ROOT_VOLUME_WAIT: "ReplacingRootVolume:Wait",
    ROOT_VOLUME_REPLACED: "RootVolumeReplaced",
    STANDBY: "Standby",
    TERMINATED: "Terminated",
    TERMINATING: "Terminating",
    TERMINATING_PROCEED: "Terminating:Proceed",
    TERMINATING_RETAINED: "Terminating:Retained",
    TERMINATING_WAIT: "Terminating:Wait",
    WARMED_HIBERNATED: "Warmed:Hibernated",
    WARMED_PENDING: "Warmed:Pending",
    WARMED_PENDING_PROCEED: "Warmed:Pending:Proceed",
    WARMED_PENDING_RETAINED: "Warmed:Pending:Retained",
    WARMED_PENDING_WAIT: "Warmed:Pending:Wait",
    WARMED_RUNNING: "Warmed:Running",
    WARMED_STOPPED: "Warmed:Stopped",
    WARMED_TERMINATED: "Warmed:Terminated",
    WARMED_TERMINATING: "Warmed:Terminating",
    WARMED_TERMINATING_PROCEED: "Warmed:Terminating:Proceed",
    WARMED_TERMINATING_RETAINED: "Warmed:Terminating:Retained",
    WARMED_TERMINATING_WAIT: "Warmed:Terminating:Wait",
};
const WarmPoolState = {
    Hibernated: "Hibernated",
    Running: "Running",
    Stopped: "Stopped",
};
const WarmPoolStatus = {
    PendingDelete: "PendingDelete",
};
const ScaleInProtectedInstances = {
    Ignore: "Ignore",
    Refresh: "Refresh",
    Wait: "Wait",
};
const StandbyInstances = {
    Ignore: "Ignore",
    Terminate: "Terminate",
    Wait: "Wait",
};
const InstanceRefreshStatus = {
    Baking: "Baking",
    Cancelled: "Cancelled",
    Cancelling: "Cancelling",
    Failed: "Failed",
    InProgress: "InProgress",
    Pending: "Pending",
    RollbackFailed: "RollbackFailed",
    RollbackInProgress: "RollbackInProgress",
    RollbackSuccessful: "RollbackSuccessful",
    Successful: "Successful",
};
const RefreshStrategy = {
    ReplaceRootVolume: "ReplaceRootVolume",
    Rolling: "Rolling",
};
const PredictiveScalingMaxCapacityBreachBehavior = {
    HonorMaxCapacity: "HonorMaxCapacity",
    IncreaseMaxCapacity: "IncreaseMaxCapacity",
};
const PredefinedLoadMetricType = {
    ALBTargetGroupRequestCount: "ALBTargetGroupRequestCount",
    ASGTotalCPUUtilization: "ASGTotalCPUUtilization",
    ASGTotalNetworkIn: "ASGTotalNetworkIn",
    ASGTotalNetworkOut: "ASGTotalNetworkOut",
};
const PredefinedMetricPairType = {
    ALBRequestCount: "ALBRequestCount",
    ASGCPUUtilization: "ASGCPUUtilization",
    ASGNetworkIn: "ASGNetworkIn",
    ASGNetworkOut: "ASGNetworkOut",
};
const PredefinedScalingMetricType = {
    ALBRequestCountPerTarget: "ALBRequestCountPerTarget",
    ASGAverageCPUUtilization: "ASGAverageCPUUtilization",
    ASGAverageNetworkIn: "ASGAverageNetworkIn",
    ASGAverageNetworkOut: "ASGAverageNetworkOut",
};
const PredictiveScalingMode = {
    ForecastAndScale: "ForecastAndScale",
    ForecastOnly: "ForecastOnly",
};
const MetricStatistic = {
    Average: "Average",
    Maximum: "Maximum",
    Minimum: "Minimum",
    SampleCount: "SampleCount",
    Sum: "Sum",
};
const MetricType = {
    ALBRequestCountPerTarget: "ALBRequestCountPerTarget",
    ASGAverageCPUUtilization: "ASGAverageCPUUtilization",
    ASGAverageNetworkIn: "ASGAverageNetworkIn",
    ASGAverageNetworkOut: "ASGAverageNetworkOut",
};
const RetryStrategy = {
    NONE: "none",
    RETRY_WITH_GROUP_CONFIGURATION: "retry-with-group-configuration",
};

export { AcceleratorManufacturer, AcceleratorName, AcceleratorType, AttachInstances$, AttachInstancesCommand, AttachLoadBalancerTargetGroups$, AttachLoadBalancerTargetGroupsCommand, AttachLoadBalancers$, AttachLoadBalancersCommand, AttachTrafficSources$, AttachTrafficSourcesCommand, AutoScaling, AutoScalingClient, BareMetal, BatchDeleteScheduledAction$, BatchDeleteScheduledActionCommand, BatchPutScheduledUpdateGroupAction$, BatchPutScheduledUpdateGroupActionCommand, BurstablePerformance, CancelInstanceRefresh$, CancelInstanceRefreshCommand, CapacityDistributionStrategy, CapacityReservationPreference, CompleteLifecycleAction$, CompleteLifecycleActionCommand, CpuManufacturer, CreateAutoScalingGroup$, CreateAutoScalingGroupCommand, CreateLaunchConfiguration$, CreateLaunchConfigurationCommand, CreateOrUpdateTags$, CreateOrUpdateTagsCommand, DeleteAutoScalingGroup$, DeleteAutoScalingGroupCommand, DeleteLaunchConfiguration$, DeleteLaunchConfigurationCommand, DeleteLifecycleHook$, DeleteLifecycleHookCommand, DeleteNotificationConfiguration$, DeleteNotificationConfigurationCommand, DeletePolicy$, DeletePolicyCommand, DeleteScheduledAction$, DeleteScheduledActionCommand, DeleteTags$, DeleteTagsCommand, DeleteWarmPool$, DeleteWarmPoolCommand, DeletionProtection, DescribeAccountLimits$, DescribeAccountLimitsCommand, DescribeAccountSettings$, DescribeAccountSettingsCommand, DescribeAdjustmentTypes$, DescribeAdjustmentTypesCommand, DescribeAutoScalingGroups$, DescribeAutoScalingGroupsCommand, DescribeAutoScalingInstancesCommand, DescribeAutoScalingNotificationTypes$, DescribeAutoScalingNotificationTypesCommand, DescribeInstanceRefreshes$, DescribeInstanceRefreshesCommand, DescribeLaunchConfigurations$, DescribeLaunchConfigurationsCommand, DescribeLifecycleHookTypes$, DescribeLifecycleHookTypesCommand, DescribeLifecycleHooks$, DescribeLifecycleHooksCommand, DescribeLoadBalancerTargetGroups$, DescribeLoadBalancerTargetGroupsCommand, DescribeLoadBalancers$, DescribeLoadBalancersCommand, DescribeMetricCollectionTypes$, DescribeMetricCollectionTypesCommand, DescribeNotificationConfigurations$, DescribeNotificationConfigurationsCommand, DescribePolicies$, DescribePoliciesCommand, DescribeScalingActivities$, DescribeScalingActivitiesCommand, DescribeScalingProcessTypes$, DescribeScalingProcessTypesCommand, DescribeScheduledActions$, DescribeScheduledActionsCommand, DescribeTags$, DescribeTagsCommand, DescribeTerminationPolicyTypes$, DescribeTerminationPolicyTypesCommand, DescribeTrafficSources$, DescribeTrafficSourcesCommand, DescribeWarmPool$, DescribeWarmPoolCommand, DetachInstances$, DetachInstancesCommand, DetachLoadBalancerTargetGroups$, DetachLoadBalancerTargetGroupsCommand, DetachLoadBalancers$, DetachLoadBalancersCommand, DetachTrafficSources$, DetachTrafficSourcesCommand, DisableMetricsCollection$, DisableMetricsCollectionCommand, EnableMetricsCollection$, EnableMetricsCollectionCommand, EnterStandby$, EnterStandbyCommand, ExecutePolicy$, ExecutePolicyCommand, ExitStandby$, ExitStandbyCommand, GetPredictiveScalingForecast$, GetPredictiveScalingForecastCommand, ImpairedZoneHealthCheckBehavior, InstanceGeneration, InstanceMetadataEndpointState, InstanceMetadataHttpTokensState, InstanceRefreshStatus, LaunchInstances$, LaunchInstancesCommand, LifecycleState, LocalStorage, LocalStorageType, MetricStatistic, MetricType, PredefinedLoadMetricType, PredefinedMetricPairType, PredefinedScalingMetricType, PredictiveScalingMaxCapacityBreachBehavior, PredictiveScalingMode, PutAccountSetting$, PutAccountSettingCommand, PutLifecycleHook$, PutLifecycleHookCommand, PutNotificationConfiguration$, PutNotificationConfigurationCommand, PutScalingPolicy$, PutScalingPolicyCommand, PutScheduledUpdateGroupAction$, PutScheduledUpdateGroupActionCommand, PutWarmPool$, PutWarmPoolCommand, RecordLifecycleActionHeartbeat$, RecordLifecycleActionHeartbeatCommand, RefreshStrategy, ResumeProcesses$, ResumeProcessesCommand, RetentionAction, RetryStrategy, RollbackInstanceRefresh$, RollbackInstanceRefreshCommand, ScaleInProtectedInstances, ScalingActivityStatusCode, SetDesiredCapacity$, SetDesiredCapacityCommand, SetInstanceHealth$, SetInstanceHealthCommand, SetInstanceProtection$, SetInstanceProtectionCommand, StandbyInstances, StartInstanceRefresh$, StartInstanceRefreshCommand, SuspendProcesses$, SuspendProcessesCommand, TargetCapacityType, TerminateInstanceInAutoScalingGroup$, TerminateInstanceInAutoScalingGroupCommand, UpdateAutoScalingGroup$, UpdateAutoScalingGroupCommand, WarmPoolState, WarmPoolStatus, Client as __Client, errorTypeRegistries, paginateDescribeAutoScalingGroups, paginateDescribeAutoScalingInstances, paginateDescribeInstanceRefreshes, paginateDescribeLaunchConfigurations, paginateDescribeLoadBalancerTargetGroups, paginateDescribeLoadBalancers, paginateDescribeNotificationConfigurations, paginateDescribePolicies, paginateDescribeScalingActivities, paginateDescribeScheduledActions, paginateDescribeTags, paginateDescribeTrafficSources, paginateDescribeWarmPool, waitForGroupExists, waitForGroupInService, waitForGroupNotExists, waitUntilGroupExists, waitUntilGroupInService, waitUntilGroupNotExists };
