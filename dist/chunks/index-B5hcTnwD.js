import { n as normalizeProvider, h as getSmithyContext, i as parseUrl, j as loadConfig, k as resolveEndpointConfig } from './index-Dve_F8QV.js';
export { q as $Command } from './index-Dve_F8QV.js';
import { r as resolveAwsSdkSigV4Config, B as BinaryDecisionDiagram, q as EndpointCache, u as decideEndpoint, v as awsEndpointFunctions, w as customEndpointFunctions, t as toUtf8, x as Sha256Node, y as NoOpLogger, A as AwsSdkSigV4Signer, m as toBase64, i as fromBase64, z as emitWarningIfUnsupportedVersion, C as resolveDefaultsModeConfig, D as emitWarningIfUnsupportedVersion$1, F as defaultProvider, G as calculateBodyLength, I as NODE_APP_ID_CONFIG_OPTIONS, J as NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, K as NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, M as NODE_RETRY_MODE_CONFIG_OPTIONS, O as DEFAULT_RETRY_MODE, Q as NODE_REGION_CONFIG_FILE_OPTIONS, R as NODE_REGION_CONFIG_OPTIONS, T as NODE_MAX_ATTEMPT_CONFIG_OPTIONS, U as createDefaultUserAgentProvider, V as NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, W as loadConfigsForDefaultMode, X as getAwsRegionExtensionConfiguration, Y as getDefaultExtensionConfiguration, Z as getHttpHandlerExtensionConfiguration, _ as resolveAwsRegionExtensionConfiguration, $ as resolveDefaultRuntimeConfig, a0 as resolveHttpHandlerRuntimeConfig, a1 as Client, a2 as resolveUserAgentConfig, a3 as resolveRetryConfig, a4 as resolveRegionConfig, a5 as getSchemaSerdePlugin, a6 as getUserAgentPlugin, a7 as getRetryPlugin, a8 as getContentLengthPlugin, a9 as getHostHeaderPlugin, aa as getLoggerPlugin, ab as getRecursionDetectionPlugin, ac as getHttpAuthSchemeEndpointRuleSetPlugin, ad as DefaultIdentityProviderConfig, ae as getHttpSigningPlugin, af as resolveHostHeaderConfig } from './ProtocolLib-xg-5KSLQ.js';
import { e as errorTypeRegistries, r as resolveClientEndpointParameters, c as command, A as AssociateGatewayWithCluster$, _ as _mw0, b as _ep0, C as ContinueServiceDeployment$, d as CreateCapacityProvider$, f as CreateCluster$, g as CreateDaemon$, h as CreateExpressGatewayService$, i as CreateGateway$, j as CreateService$, k as CreateTaskSet$, l as DeleteAccountSetting$, m as DeleteAttributes$, n as DeleteCapacityProvider$, o as DeleteCluster$, p as DeleteDaemon$, q as DeleteDaemonTaskDefinition$, s as DeleteExpressGatewayService$, t as DeleteGateway$, u as DeleteService$, v as DeleteTaskDefinitions$, w as DeleteTaskSet$, x as DeregisterContainerInstance$, y as DeregisterTaskDefinition$, z as DescribeCapacityProviders$, B as DescribeClusters$, E as DescribeContainerInstances$, F as DescribeDaemon$, G as DescribeDaemonDeployments$, H as DescribeDaemonRevisions$, I as DescribeDaemonTaskDefinition$, J as DescribeExpressGatewayService$, K as DescribeGateway$, L as DescribeGatewayResources$, M as DescribeGatewayRoute$, N as DescribeServiceDeployments$, O as DescribeServiceRevisions$, P as DescribeTasks$, Q as DescribeTaskSets$, R as DisassociateGatewayFromCluster$, S as DiscoverPollEndpoint$, T as ExecuteCommand$, U as GetTaskProtection$, V as ListAccountSettings$, W as ListAttributes$, X as ListClusters$, Y as ListContainerInstances$, Z as ListDaemonDeployments$, $ as ListDaemons$, a0 as ListDaemonTaskDefinitions$, a1 as ListGatewayClusterAssociations$, a2 as ListGatewayRoutes$, a3 as ListGateways$, a4 as ListServiceDeployments$, a5 as ListServicesByNamespace$, a6 as ListServices$, a7 as ListTagsForResource$, a8 as ListTaskDefinitionFamilies$, a9 as ListTaskDefinitions$, aa as ListTasks$, ab as PutAccountSetting$, ac as PutAccountSettingDefault$, ad as PutAttributes$, ae as PutClusterCapacityProviders$, af as RegisterContainerInstance$, ag as RegisterDaemonTaskDefinition$, ah as RegisterTaskDefinition$, ai as RunTask$, aj as StartTask$, ak as StopServiceDeployment$, al as StopTask$, am as SubmitAttachmentStateChanges$, an as SubmitContainerStateChange$, ao as SubmitTaskStateChange$, ap as TagResource$, aq as UntagResource$, ar as UpdateCapacityProvider$, as as UpdateCluster$, at as UpdateClusterSettings$, au as UpdateContainerAgent$, av as UpdateContainerInstancesState$, aw as UpdateDaemon$, ax as UpdateExpressGatewayService$, ay as UpdateGateway$, az as UpdateService$, aA as UpdateServicePrimaryTaskSet$, aB as UpdateTaskProtection$, aC as UpdateTaskSet$, a as DescribeServicesCommand, D as DescribeTaskDefinitionCommand } from './DescribeTaskDefinitionCommand-Dse4B2Tx.js';
export { aD as AcceleratorCountRequest$, aE as AcceleratorTotalMemoryMiBRequest$, aF as AccessDeniedException, aG as AccessDeniedException$, aH as AdvancedConfiguration$, aI as AssociateGatewayWithClusterRequest$, aJ as AssociateGatewayWithClusterResponse$, aK as Attachment$, aL as AttachmentStateChange$, aM as Attribute$, aN as AttributeLimitExceededException, aO as AttributeLimitExceededException$, aP as AutoRepairConfiguration$, aQ as AutoScalingGroupProvider$, aR as AutoScalingGroupProviderUpdate$, aS as AwsVpcConfiguration$, aT as BaselineEbsBandwidthMbpsRequest$, aU as BlockedException, aV as BlockedException$, aW as CanaryConfiguration$, aX as CapacityProvider$, aY as CapacityProviderStrategyItem$, aZ as CapacityReservationRequest$, a_ as ClientException, a$ as ClientException$, b0 as Cluster$, b1 as ClusterConfiguration$, b2 as ClusterContainsCapacityProviderException, b3 as ClusterContainsCapacityProviderException$, b4 as ClusterContainsContainerInstancesException, b5 as ClusterContainsContainerInstancesException$, b6 as ClusterContainsServicesException, b7 as ClusterContainsServicesException$, b8 as ClusterContainsTasksException, b9 as ClusterContainsTasksException$, ba as ClusterNotFoundException, bb as ClusterNotFoundException$, bc as ClusterServiceConnectDefaults$, bd as ClusterServiceConnectDefaultsRequest$, be as ClusterSetting$, bf as ConflictException, bg as ConflictException$, bh as Container$, bi as ContainerDefinition$, bj as ContainerDependency$, bk as ContainerImage$, bl as ContainerInstance$, bm as ContainerInstanceHealthStatus$, bn as ContainerOverride$, bo as ContainerRestartPolicy$, bp as ContainerStateChange$, bq as ContinueServiceDeploymentRequest$, br as ContinueServiceDeploymentResponse$, bs as CreateCapacityProviderRequest$, bt as CreateCapacityProviderResponse$, bu as CreateClusterRequest$, bv as CreateClusterResponse$, bw as CreateDaemonRequest$, bx as CreateDaemonResponse$, by as CreateExpressGatewayServiceRequest$, bz as CreateExpressGatewayServiceResponse$, bA as CreateGatewayRequest$, bB as CreateGatewayResponse$, bC as CreateManagedInstancesProviderConfiguration$, bD as CreateServiceRequest$, bE as CreateServiceResponse$, bF as CreateTaskSetRequest$, bG as CreateTaskSetResponse$, bH as CreatedAt$, bI as DaemonAlarmConfiguration$, bJ as DaemonCapacityProvider$, bK as DaemonCircuitBreaker$, bL as DaemonContainerDefinition$, bM as DaemonContainerImage$, bN as DaemonDeployment$, bO as DaemonDeploymentAlarms$, bP as DaemonDeploymentCapacityProvider$, bQ as DaemonDeploymentConfiguration$, bR as DaemonDeploymentRevisionDetail$, bS as DaemonDeploymentSummary$, bT as DaemonDetail$, bU as DaemonLinuxParameters$, bV as DaemonNotActiveException, bW as DaemonNotActiveException$, bX as DaemonNotFoundException, bY as DaemonNotFoundException$, bZ as DaemonRevision$, b_ as DaemonRevisionDetail$, b$ as DaemonRollback$, c0 as DaemonSummary$, c1 as DaemonTaskDefinition$, c2 as DaemonTaskDefinitionSummary$, c3 as DaemonVolume$, c4 as DeleteAccountSettingRequest$, c5 as DeleteAccountSettingResponse$, c6 as DeleteAttributesRequest$, c7 as DeleteAttributesResponse$, c8 as DeleteCapacityProviderRequest$, c9 as DeleteCapacityProviderResponse$, ca as DeleteClusterRequest$, cb as DeleteClusterResponse$, cc as DeleteDaemonRequest$, cd as DeleteDaemonResponse$, ce as DeleteDaemonTaskDefinitionRequest$, cf as DeleteDaemonTaskDefinitionResponse$, cg as DeleteExpressGatewayServiceRequest$, ch as DeleteExpressGatewayServiceResponse$, ci as DeleteGatewayRequest$, cj as DeleteGatewayResponse$, ck as DeleteServiceRequest$, cl as DeleteServiceResponse$, cm as DeleteTaskDefinitionsRequest$, cn as DeleteTaskDefinitionsResponse$, co as DeleteTaskSetRequest$, cp as DeleteTaskSetResponse$, cq as Deployment$, cr as DeploymentAlarms$, cs as DeploymentCircuitBreaker$, ct as DeploymentConfiguration$, cu as DeploymentController$, cv as DeploymentEarlySuccessCriteria$, cw as DeploymentEphemeralStorage$, cx as DeploymentLifecycleHook$, cy as DeploymentLifecycleHookDetail$, cz as DeploymentLifecycleHookTimeoutConfiguration$, cA as DeregisterContainerInstanceRequest$, cB as DeregisterContainerInstanceResponse$, cC as DeregisterTaskDefinitionRequest$, cD as DeregisterTaskDefinitionResponse$, cE as DescribeCapacityProvidersRequest$, cF as DescribeCapacityProvidersResponse$, cG as DescribeClustersRequest$, cH as DescribeClustersResponse$, cI as DescribeContainerInstancesRequest$, cJ as DescribeContainerInstancesResponse$, cK as DescribeDaemonDeploymentsRequest$, cL as DescribeDaemonDeploymentsResponse$, cM as DescribeDaemonRequest$, cN as DescribeDaemonResponse$, cO as DescribeDaemonRevisionsRequest$, cP as DescribeDaemonRevisionsResponse$, cQ as DescribeDaemonTaskDefinitionRequest$, cR as DescribeDaemonTaskDefinitionResponse$, cS as DescribeExpressGatewayServiceRequest$, cT as DescribeExpressGatewayServiceResponse$, cU as DescribeGatewayAlbConfiguration$, cV as DescribeGatewayConfiguration$, cW as DescribeGatewayRequest$, cX as DescribeGatewayResourcesRequest$, cY as DescribeGatewayResourcesResponse$, cZ as DescribeGatewayResponse$, c_ as DescribeGatewayRouteRequest$, c$ as DescribeGatewayRouteResponse$, d0 as DescribeServiceDeploymentsRequest$, d1 as DescribeServiceDeploymentsResponse$, d2 as DescribeServiceRevisionsRequest$, d3 as DescribeServiceRevisionsResponse$, d4 as DescribeServices$, d5 as DescribeServicesRequest$, d6 as DescribeServicesResponse$, d7 as DescribeTaskDefinition$, d8 as DescribeTaskDefinitionRequest$, d9 as DescribeTaskDefinitionResponse$, da as DescribeTaskSetsRequest$, db as DescribeTaskSetsResponse$, dc as DescribeTasksRequest$, dd as DescribeTasksResponse$, de as Device$, df as DisassociateGatewayFromClusterRequest$, dg as DisassociateGatewayFromClusterResponse$, dh as DiscoverPollEndpointRequest$, di as DiscoverPollEndpointResponse$, dj as DockerVolumeConfiguration$, dk as EBSTagSpecification$, dl as ECSExpressGatewayService$, dm as ECSManagedResources$, dn as ECSServiceException, dp as ECSServiceException$, dq as EFSAuthorizationConfig$, dr as EFSVolumeConfiguration$, ds as ElbGatewayResources$, dt as EnvironmentFile$, du as EphemeralStorage$, dv as ExecuteCommandConfiguration$, dw as ExecuteCommandLogConfiguration$, dx as ExecuteCommandRequest$, dy as ExecuteCommandResponse$, dz as ExpressGatewayContainer$, dA as ExpressGatewayRepositoryCredentials$, dB as ExpressGatewayScalingTarget$, dC as ExpressGatewayServiceAwsLogsConfiguration$, dD as ExpressGatewayServiceConfiguration$, dE as ExpressGatewayServiceNetworkConfiguration$, dF as ExpressGatewayServiceStatus$, dG as FSxWindowsFileServerAuthorizationConfig$, dH as FSxWindowsFileServerVolumeConfiguration$, dI as Failure$, dJ as FirelensConfiguration$, dK as Gateway$, dL as GatewayAlbTestTrafficRules$, dM as GatewayClusterAssociationSummary$, dN as GatewayConfiguration$, dO as GatewayConnection$, dP as GatewayConnectionAlbResources$, dQ as GatewayConnectionResources$, dR as GatewayConnector$, dS as GatewayConnectorFilters$, dT as GatewayConnectorHealthCheck$, dU as GatewayConnectorHealthCheckMatcher$, dV as GatewayElbAccessLogConfiguration$, dW as GatewayElbAccessLogDestination$, dX as GatewayElbAccessLogS3Destination$, dY as GatewayElbNetworkConfiguration$, dZ as GatewayInfrastructureResources$, d_ as GatewayNotFoundException, d$ as GatewayNotFoundException$, e0 as GatewayOperationError$, e1 as GatewayResourceFailure$, e2 as GatewayResources$, e3 as GatewayRoute$, e4 as GatewayRouteAlbResources$, e5 as GatewayRouteLoadBalancerSecurityGroup$, e6 as GatewayRouteResources$, e7 as GatewayRouteSummary$, e8 as GatewaySummary$, e9 as GatewayTestTrafficHeader$, ea as GetTaskProtectionRequest$, eb as GetTaskProtectionResponse$, ec as GpuDevice$, ed as HealthCheck$, ee as HostEntry$, ef as HostSharedAlbConfiguration$, eg as HostVolumeProperties$, eh as InferenceAccelerator$, ei as InferenceAcceleratorOverride$, ej as InfrastructureOptimization$, ek as IngressPathSummary$, el as InstanceHealthCheckResult$, em as InstanceLaunchTemplate$, en as InstanceLaunchTemplateUpdate$, eo as InstanceRequirementsRequest$, ep as InvalidParameterException, eq as InvalidParameterException$, er as KernelCapabilities$, es as KeyValuePair$, et as LimitExceededException, eu as LimitExceededException$, ev as LinearConfiguration$, ew as LinuxParameters$, ex as ListAccountSettingsRequest$, ey as ListAccountSettingsResponse$, ez as ListAttributesRequest$, eA as ListAttributesResponse$, eB as ListClustersRequest$, eC as ListClustersResponse$, eD as ListContainerInstancesRequest$, eE as ListContainerInstancesResponse$, eF as ListDaemonDeploymentsRequest$, eG as ListDaemonDeploymentsResponse$, eH as ListDaemonTaskDefinitionsRequest$, eI as ListDaemonTaskDefinitionsResponse$, eJ as ListDaemonsRequest$, eK as ListDaemonsResponse$, eL as ListGatewayClusterAssociationsRequest$, eM as ListGatewayClusterAssociationsResponse$, eN as ListGatewayRoutesRequest$, eO as ListGatewayRoutesResponse$, eP as ListGatewaysRequest$, eQ as ListGatewaysResponse$, eR as ListServiceDeploymentsRequest$, eS as ListServiceDeploymentsResponse$, eT as ListServicesByNamespaceRequest$, eU as ListServicesByNamespaceResponse$, eV as ListServicesRequest$, eW as ListServicesResponse$, eX as ListTagsForResourceRequest$, eY as ListTagsForResourceResponse$, eZ as ListTaskDefinitionFamiliesRequest$, e_ as ListTaskDefinitionFamiliesResponse$, e$ as ListTaskDefinitionsRequest$, f0 as ListTaskDefinitionsResponse$, f1 as ListTasksRequest$, f2 as ListTasksResponse$, f3 as LoadBalancer$, f4 as LogConfiguration$, f5 as LogDriverVolumeConfiguration$, f6 as ManagedAgent$, f7 as ManagedAgentStateChange$, f8 as ManagedApplicationAutoScalingPolicy$, f9 as ManagedAutoScaling$, fa as ManagedCertificate$, fb as ManagedIngressPath$, fc as ManagedInstancesLocalStorageConfiguration$, fd as ManagedInstancesNetworkConfiguration$, fe as ManagedInstancesProvider$, ff as ManagedInstancesStorageConfiguration$, fg as ManagedListener$, fh as ManagedListenerRule$, fi as ManagedLoadBalancer$, fj as ManagedLogGroup$, fk as ManagedMetricAlarm$, fl as ManagedScalableTarget$, fm as ManagedScaling$, fn as ManagedSecurityGroup$, fo as ManagedStorageConfiguration$, fp as ManagedTargetGroup$, fq as MemoryGiBPerVCpuRequest$, fr as MemoryMiBRequest$, fs as MetricConfiguration$, ft as MissingVersionException, fu as MissingVersionException$, fv as MonitoringConfiguration$, fw as MountPoint$, fx as NamespaceNotFoundException, fy as NamespaceNotFoundException$, fz as NetworkBandwidthGbpsRequest$, fA as NetworkBinding$, fB as NetworkConfiguration$, fC as NetworkInterface$, fD as NetworkInterfaceCountRequest$, fE as NoUpdateAvailableException, fF as NoUpdateAvailableException$, fG as NvidiaMpsAllocation$, fH as PlacementConstraint$, fI as PlacementStrategy$, fJ as PlatformDevice$, fK as PlatformTaskDefinitionIncompatibilityException, fL as PlatformTaskDefinitionIncompatibilityException$, fM as PlatformUnknownException, fN as PlatformUnknownException$, fO as PortMapping$, fP as ProtectedTask$, fQ as ProxyConfiguration$, fR as PutAccountSettingDefaultRequest$, fS as PutAccountSettingDefaultResponse$, fT as PutAccountSettingRequest$, fU as PutAccountSettingResponse$, fV as PutAttributesRequest$, fW as PutAttributesResponse$, fX as PutClusterCapacityProvidersRequest$, fY as PutClusterCapacityProvidersResponse$, fZ as RegisterContainerInstanceRequest$, f_ as RegisterContainerInstanceResponse$, f$ as RegisterDaemonTaskDefinitionRequest$, g0 as RegisterDaemonTaskDefinitionResponse$, g1 as RegisterTaskDefinitionRequest$, g2 as RegisterTaskDefinitionResponse$, g3 as RepositoryCredentials$, g4 as ResolvedConfiguration$, g5 as Resource$, g6 as ResourceInUseException, g7 as ResourceInUseException$, g8 as ResourceNotFoundException, g9 as ResourceNotFoundException$, ga as ResourceRequirement$, gb as Rollback$, gc as RunTaskRequest$, gd as RunTaskResponse$, ge as RuntimePlatform$, gf as RuntimePlatformOverride$, gg as S3FilesVolumeConfiguration$, gh as Scale$, gi as Secret$, gj as ServerException, gk as ServerException$, gl as Service$, gm as ServiceConnectAccessLogConfiguration$, gn as ServiceConnectClientAlias$, go as ServiceConnectConfiguration$, gp as ServiceConnectContainerConfiguration$, gq as ServiceConnectService$, gr as ServiceConnectServiceResource$, gs as ServiceConnectTestTrafficHeaderMatchRules$, gt as ServiceConnectTestTrafficHeaderRules$, gu as ServiceConnectTestTrafficRules$, gv as ServiceConnectTlsCertificateAuthority$, gw as ServiceConnectTlsConfiguration$, gx as ServiceCurrentRevisionSummary$, gy as ServiceDeployment$, gz as ServiceDeploymentAlarms$, gA as ServiceDeploymentBrief$, gB as ServiceDeploymentCircuitBreaker$, gC as ServiceDeploymentNotFoundException, gD as ServiceDeploymentNotFoundException$, gE as ServiceEvent$, gF as ServiceManagedEBSVolumeConfiguration$, gG as ServiceNotActiveException, gH as ServiceNotActiveException$, gI as ServiceNotFoundException, gJ as ServiceNotFoundException$, gK as ServiceRegistry$, gL as ServiceRevision$, gM as ServiceRevisionLoadBalancer$, gN as ServiceRevisionOverrides$, gO as ServiceRevisionSummary$, gP as ServiceRevisionVpcLatticeConfiguration$, gQ as ServiceVolumeConfiguration$, gR as Session$, gS as Setting$, gT as SharingStrategy$, gU as StartTaskRequest$, gV as StartTaskResponse$, gW as StopServiceDeploymentRequest$, gX as StopServiceDeploymentResponse$, gY as StopTaskRequest$, gZ as StopTaskResponse$, g_ as SubmitAttachmentStateChangesRequest$, g$ as SubmitAttachmentStateChangesResponse$, h0 as SubmitContainerStateChangeRequest$, h1 as SubmitContainerStateChangeResponse$, h2 as SubmitTaskStateChangeRequest$, h3 as SubmitTaskStateChangeResponse$, h4 as SystemControl$, h5 as Tag$, h6 as TagResourceRequest$, h7 as TagResourceResponse$, h8 as TargetNotConnectedException, h9 as TargetNotConnectedException$, ha as TargetNotFoundException, hb as TargetNotFoundException$, hc as Task$, hd as TaskDefinition$, he as TaskDefinitionPlacementConstraint$, hf as TaskEphemeralStorage$, hg as TaskManagedEBSVolumeConfiguration$, hh as TaskManagedEBSVolumeTerminationPolicy$, hi as TaskOverride$, hj as TaskSet$, hk as TaskSetNotFoundException, hl as TaskSetNotFoundException$, hm as TaskVolumeConfiguration$, hn as ThresholdConfiguration$, ho as TimeoutConfiguration$, hp as Tmpfs$, hq as TotalLocalStorageGBRequest$, hr as Ulimit$, hs as UnsupportedFeatureException, ht as UnsupportedFeatureException$, hu as UntagResourceRequest$, hv as UntagResourceResponse$, hw as UpdateCapacityProviderRequest$, hx as UpdateCapacityProviderResponse$, hy as UpdateClusterRequest$, hz as UpdateClusterResponse$, hA as UpdateClusterSettingsRequest$, hB as UpdateClusterSettingsResponse$, hC as UpdateContainerAgentRequest$, hD as UpdateContainerAgentResponse$, hE as UpdateContainerInstancesStateRequest$, hF as UpdateContainerInstancesStateResponse$, hG as UpdateDaemonRequest$, hH as UpdateDaemonResponse$, hI as UpdateExpressGatewayServiceRequest$, hJ as UpdateExpressGatewayServiceResponse$, hK as UpdateGatewayAlbConfiguration$, hL as UpdateGatewayConfiguration$, hM as UpdateGatewayNetworkConfiguration$, hN as UpdateGatewayRequest$, hO as UpdateGatewayResponse$, hP as UpdateInProgressException, hQ as UpdateInProgressException$, hR as UpdateManagedInstancesProviderConfiguration$, hS as UpdateServicePrimaryTaskSetRequest$, hT as UpdateServicePrimaryTaskSetResponse$, hU as UpdateServiceRequest$, hV as UpdateServiceResponse$, hW as UpdateTaskProtectionRequest$, hX as UpdateTaskProtectionResponse$, hY as UpdateTaskSetRequest$, hZ as UpdateTaskSetResponse$, h_ as UpdatedExpressGatewayService$, h$ as VCpuCountRangeRequest$, i0 as VersionInfo$, i1 as Volume$, i2 as VolumeFrom$, i3 as VpcLatticeAdvancedConfiguration$, i4 as VpcLatticeConfiguration$ } from './DescribeTaskDefinitionCommand-Dse4B2Tx.js';
import 'node:crypto';
import { f as fromUtf8 } from './toUint8Array-6d8rgJ2N.js';
import { A as AwsJson1_1Protocol } from './AwsJson1_1Protocol-C8sIEmPP.js';
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
import './AwsJsonRpcProtocol-BPEFBNSc.js';
import './RpcProtocol-BTxjZwLM.js';
import './JsonCodec2-DRq7UHOR.js';
import 'node:https';

const defaultECSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "ecs",
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
const defaultECSHttpAuthSchemeProvider = (authParameters) => {
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
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://ecs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://ecs-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://ecs.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://ecs.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
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
        apiVersion: "2014-11-13",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultECSHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.ecs",
            errorTypeRegistries,
            xmlNamespace: "http://ecs.amazonaws.com/doc/2014-11-13/",
            version: "2014-11-13",
            serviceTarget: "AmazonEC2ContainerServiceV20141113",
        },
        serviceId: config?.serviceId ?? "ECS",
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

class ECSClient extends Client {
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
            httpAuthSchemeParametersProvider: defaultECSHttpAuthSchemeParametersProvider,
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

class AssociateGatewayWithClusterCommand extends command(_ep0, _mw0, "AssociateGatewayWithCluster", AssociateGatewayWithCluster$) {
}

class ContinueServiceDeploymentCommand extends command(_ep0, _mw0, "ContinueServiceDeployment", ContinueServiceDeployment$) {
}

class CreateCapacityProviderCommand extends command(_ep0, _mw0, "CreateCapacityProvider", CreateCapacityProvider$) {
}

class CreateClusterCommand extends command(_ep0, _mw0, "CreateCluster", CreateCluster$) {
}

class CreateDaemonCommand extends command(_ep0, _mw0, "CreateDaemon", CreateDaemon$) {
}

class CreateExpressGatewayServiceCommand extends command(_ep0, _mw0, "CreateExpressGatewayService", CreateExpressGatewayService$) {
}

class CreateGatewayCommand extends command(_ep0, _mw0, "CreateGateway", CreateGateway$) {
}

class CreateServiceCommand extends command(_ep0, _mw0, "CreateService", CreateService$) {
}

class CreateTaskSetCommand extends command(_ep0, _mw0, "CreateTaskSet", CreateTaskSet$) {
}

class DeleteAccountSettingCommand extends command(_ep0, _mw0, "DeleteAccountSetting", DeleteAccountSetting$) {
}

class DeleteAttributesCommand extends command(_ep0, _mw0, "DeleteAttributes", DeleteAttributes$) {
}

class DeleteCapacityProviderCommand extends command(_ep0, _mw0, "DeleteCapacityProvider", DeleteCapacityProvider$) {
}

class DeleteClusterCommand extends command(_ep0, _mw0, "DeleteCluster", DeleteCluster$) {
}

class DeleteDaemonCommand extends command(_ep0, _mw0, "DeleteDaemon", DeleteDaemon$) {
}

class DeleteDaemonTaskDefinitionCommand extends command(_ep0, _mw0, "DeleteDaemonTaskDefinition", DeleteDaemonTaskDefinition$) {
}

class DeleteExpressGatewayServiceCommand extends command(_ep0, _mw0, "DeleteExpressGatewayService", DeleteExpressGatewayService$) {
}

class DeleteGatewayCommand extends command(_ep0, _mw0, "DeleteGateway", DeleteGateway$) {
}

class DeleteServiceCommand extends command(_ep0, _mw0, "DeleteService", DeleteService$) {
}

class DeleteTaskDefinitionsCommand extends command(_ep0, _mw0, "DeleteTaskDefinitions", DeleteTaskDefinitions$) {
}

class DeleteTaskSetCommand extends command(_ep0, _mw0, "DeleteTaskSet", DeleteTaskSet$) {
}

class DeregisterContainerInstanceCommand extends command(_ep0, _mw0, "DeregisterContainerInstance", DeregisterContainerInstance$) {
}

class DeregisterTaskDefinitionCommand extends command(_ep0, _mw0, "DeregisterTaskDefinition", DeregisterTaskDefinition$) {
}

class DescribeCapacityProvidersCommand extends command(_ep0, _mw0, "DescribeCapacityProviders", DescribeCapacityProviders$) {
}

class DescribeClustersCommand extends command(_ep0, _mw0, "DescribeClusters", DescribeClusters$) {
}

class DescribeContainerInstancesCommand extends command(_ep0, _mw0, "DescribeContainerInstances", DescribeContainerInstances$) {
}

class DescribeDaemonCommand extends command(_ep0, _mw0, "DescribeDaemon", DescribeDaemon$) {
}

class DescribeDaemonDeploymentsCommand extends command(_ep0, _mw0, "DescribeDaemonDeployments", DescribeDaemonDeployments$) {
}

class DescribeDaemonRevisionsCommand extends command(_ep0, _mw0, "DescribeDaemonRevisions", DescribeDaemonRevisions$) {
}

class DescribeDaemonTaskDefinitionCommand extends command(_ep0, _mw0, "DescribeDaemonTaskDefinition", DescribeDaemonTaskDefinition$) {
}

class DescribeExpressGatewayServiceCommand extends command(_ep0, _mw0, "DescribeExpressGatewayService", DescribeExpressGatewayService$) {
}

class DescribeGatewayCommand extends command(_ep0, _mw0, "DescribeGateway", DescribeGateway$) {
}

class DescribeGatewayResourcesCommand extends command(_ep0, _mw0, "DescribeGatewayResources", DescribeGatewayResources$) {
}

class DescribeGatewayRouteCommand extends command(_ep0, _mw0, "DescribeGatewayRoute", DescribeGatewayRoute$) {
}

class DescribeServiceDeploymentsCommand extends command(_ep0, _mw0, "DescribeServiceDeployments", DescribeServiceDeployments$) {
}

class DescribeServiceRevisionsCommand extends command(_ep0, _mw0, "DescribeServiceRevisions", DescribeServiceRevisions$) {
}

class DescribeTasksCommand extends command(_ep0, _mw0, "DescribeTasks", DescribeTasks$) {
}

class DescribeTaskSetsCommand extends command(_ep0, _mw0, "DescribeTaskSets", DescribeTaskSets$) {
}

class DisassociateGatewayFromClusterCommand extends command(_ep0, _mw0, "DisassociateGatewayFromCluster", DisassociateGatewayFromCluster$) {
}

class DiscoverPollEndpointCommand extends command(_ep0, _mw0, "DiscoverPollEndpoint", DiscoverPollEndpoint$) {
}

class ExecuteCommandCommand extends command(_ep0, _mw0, "ExecuteCommand", ExecuteCommand$) {
}

class GetTaskProtectionCommand extends command(_ep0, _mw0, "GetTaskProtection", GetTaskProtection$) {
}

class ListAccountSettingsCommand extends command(_ep0, _mw0, "ListAccountSettings", ListAccountSettings$) {
}

class ListAttributesCommand extends command(_ep0, _mw0, "ListAttributes", ListAttributes$) {
}

class ListClustersCommand extends command(_ep0, _mw0, "ListClusters", ListClusters$) {
}

class ListContainerInstancesCommand extends command(_ep0, _mw0, "ListContainerInstances", ListContainerInstances$) {
}

class ListDaemonDeploymentsCommand extends command(_ep0, _mw0, "ListDaemonDeployments", ListDaemonDeployments$) {
}

class ListDaemonsCommand extends command(_ep0, _mw0, "ListDaemons", ListDaemons$) {
}

class ListDaemonTaskDefinitionsCommand extends command(_ep0, _mw0, "ListDaemonTaskDefinitions", ListDaemonTaskDefinitions$) {
}

class ListGatewayClusterAssociationsCommand extends command(_ep0, _mw0, "ListGatewayClusterAssociations", ListGatewayClusterAssociations$) {
}

class ListGatewayRoutesCommand extends command(_ep0, _mw0, "ListGatewayRoutes", ListGatewayRoutes$) {
}

class ListGatewaysCommand extends command(_ep0, _mw0, "ListGateways", ListGateways$) {
}

class ListServiceDeploymentsCommand extends command(_ep0, _mw0, "ListServiceDeployments", ListServiceDeployments$) {
}

class ListServicesByNamespaceCommand extends command(_ep0, _mw0, "ListServicesByNamespace", ListServicesByNamespace$) {
}

class ListServicesCommand extends command(_ep0, _mw0, "ListServices", ListServices$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListTaskDefinitionFamiliesCommand extends command(_ep0, _mw0, "ListTaskDefinitionFamilies", ListTaskDefinitionFamilies$) {
}

class ListTaskDefinitionsCommand extends command(_ep0, _mw0, "ListTaskDefinitions", ListTaskDefinitions$) {
}

class ListTasksCommand extends command(_ep0, _mw0, "ListTasks", ListTasks$) {
}

class PutAccountSettingCommand extends command(_ep0, _mw0, "PutAccountSetting", PutAccountSetting$) {
}

class PutAccountSettingDefaultCommand extends command(_ep0, _mw0, "PutAccountSettingDefault", PutAccountSettingDefault$) {
}

class PutAttributesCommand extends command(_ep0, _mw0, "PutAttributes", PutAttributes$) {
}

class PutClusterCapacityProvidersCommand extends command(_ep0, _mw0, "PutClusterCapacityProviders", PutClusterCapacityProviders$) {
}

class RegisterContainerInstanceCommand extends command(_ep0, _mw0, "RegisterContainerInstance", RegisterContainerInstance$) {
}

class RegisterDaemonTaskDefinitionCommand extends command(_ep0, _mw0, "RegisterDaemonTaskDefinition", RegisterDaemonTaskDefinition$) {
}

class RegisterTaskDefinitionCommand extends command(_ep0, _mw0, "RegisterTaskDefinition", RegisterTaskDefinition$) {
}

class RunTaskCommand extends command(_ep0, _mw0, "RunTask", RunTask$) {
}

class StartTaskCommand extends command(_ep0, _mw0, "StartTask", StartTask$) {
}

class StopServiceDeploymentCommand extends command(_ep0, _mw0, "StopServiceDeployment", StopServiceDeployment$) {
}

class StopTaskCommand extends command(_ep0, _mw0, "StopTask", StopTask$) {
}

class SubmitAttachmentStateChangesCommand extends command(_ep0, _mw0, "SubmitAttachmentStateChanges", SubmitAttachmentStateChanges$) {
}

class SubmitContainerStateChangeCommand extends command(_ep0, _mw0, "SubmitContainerStateChange", SubmitContainerStateChange$) {
}

class SubmitTaskStateChangeCommand extends command(_ep0, _mw0, "SubmitTaskStateChange", SubmitTaskStateChange$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateCapacityProviderCommand extends command(_ep0, _mw0, "UpdateCapacityProvider", UpdateCapacityProvider$) {
}

class UpdateClusterCommand extends command(_ep0, _mw0, "UpdateCluster", UpdateCluster$) {
}

class UpdateClusterSettingsCommand extends command(_ep0, _mw0, "UpdateClusterSettings", UpdateClusterSettings$) {
}

class UpdateContainerAgentCommand extends command(_ep0, _mw0, "UpdateContainerAgent", UpdateContainerAgent$) {
}

class UpdateContainerInstancesStateCommand extends command(_ep0, _mw0, "UpdateContainerInstancesState", UpdateContainerInstancesState$) {
}

class UpdateDaemonCommand extends command(_ep0, _mw0, "UpdateDaemon", UpdateDaemon$) {
}

class UpdateExpressGatewayServiceCommand extends command(_ep0, _mw0, "UpdateExpressGatewayService", UpdateExpressGatewayService$) {
}

class UpdateGatewayCommand extends command(_ep0, _mw0, "UpdateGateway", UpdateGateway$) {
}

class UpdateServiceCommand extends command(_ep0, _mw0, "UpdateService", UpdateService$) {
}

class UpdateServicePrimaryTaskSetCommand extends command(_ep0, _mw0, "UpdateServicePrimaryTaskSet", UpdateServicePrimaryTaskSet$) {
}

class UpdateTaskProtectionCommand extends command(_ep0, _mw0, "UpdateTaskProtection", UpdateTaskProtection$) {
}

class UpdateTaskSetCommand extends command(_ep0, _mw0, "UpdateTaskSet", UpdateTaskSet$) {
}

const paginateListAccountSettings = createPaginator(ECSClient, ListAccountSettingsCommand, "nextToken", "nextToken", "maxResults");

const paginateListAttributes = createPaginator(ECSClient, ListAttributesCommand, "nextToken", "nextToken", "maxResults");

const paginateListClusters = createPaginator(ECSClient, ListClustersCommand, "nextToken", "nextToken", "maxResults");

const paginateListContainerInstances = createPaginator(ECSClient, ListContainerInstancesCommand, "nextToken", "nextToken", "maxResults");

const paginateListGatewayClusterAssociations = createPaginator(ECSClient, ListGatewayClusterAssociationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListGatewayRoutes = createPaginator(ECSClient, ListGatewayRoutesCommand, "nextToken", "nextToken", "maxResults");

const paginateListGateways = createPaginator(ECSClient, ListGatewaysCommand, "nextToken", "nextToken", "maxResults");

const paginateListServicesByNamespace = createPaginator(ECSClient, ListServicesByNamespaceCommand, "nextToken", "nextToken", "maxResults");

const paginateListServices = createPaginator(ECSClient, ListServicesCommand, "nextToken", "nextToken", "maxResults");

const paginateListTaskDefinitionFamilies = createPaginator(ECSClient, ListTaskDefinitionFamiliesCommand, "nextToken", "nextToken", "maxResults");

const paginateListTaskDefinitions = createPaginator(ECSClient, ListTaskDefinitionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListTasks = createPaginator(ECSClient, ListTasksCommand, "nextToken", "nextToken", "maxResults");

const checkState$8 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeDaemonCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.daemon.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.daemon.status;
            };
            if (returnComparator() === "DELETE_IN_PROGRESS") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForDaemonActive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
};
const waitUntilDaemonActive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
    return checkExceptions(result);
};

const checkState$7 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeDaemonDeploymentsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.daemonDeployments);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "STOPPED");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.failures);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.reason;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "MISSING") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForDaemonDeploymentStopped = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
};
const waitUntilDaemonDeploymentStopped = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
    return checkExceptions(result);
};

const checkState$6 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeDaemonDeploymentsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.daemonDeployments);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "SUCCESSFUL");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.daemonDeployments);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "STOPPED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.daemonDeployments);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ROLLBACK_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.daemonDeployments);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ROLLBACK_SUCCESSFUL") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.failures);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.reason;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "MISSING") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForDaemonDeploymentSuccessful = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
};
const waitUntilDaemonDeploymentSuccessful = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
    return checkExceptions(result);
};

const checkState$5 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeDaemonTaskDefinitionCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.daemonTaskDefinition.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.daemonTaskDefinition.status;
            };
            if (returnComparator() === "DELETE_IN_PROGRESS") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.daemonTaskDefinition.status;
            };
            if (returnComparator() === "DELETED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForDaemonTaskDefinitionActive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
};
const waitUntilDaemonTaskDefinitionActive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
    return checkExceptions(result);
};

const checkState$4 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeDaemonTaskDefinitionCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.daemonTaskDefinition.status;
            };
            if (returnComparator() === "DELETED") {
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
const waitForDaemonTaskDefinitionDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
};
const waitUntilDaemonTaskDefinitionDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
    return checkExceptions(result);
};

const checkState$3 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeServicesCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.failures);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.reason;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "MISSING") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.services);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "INACTIVE") {
                    return { state: WaiterState.SUCCESS, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForServicesInactive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 600 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
};
const waitUntilServicesInactive = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 600 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    return checkExceptions(result);
};

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeServicesCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.failures);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.reason;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "MISSING") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.services);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "DRAINING") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.services);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "INACTIVE") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let filterRes_2 = result.services.filter((element_1) => {
                    return (!((element_1.deployments.length == 1) && (element_1.runningCount == element_1.desiredCount)));
                });
                return (filterRes_2.length == 0);
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
const waitForServicesStable = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 600 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilServicesStable = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 600 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeTasksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.tasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.lastStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "STOPPED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.failures);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.reason;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "MISSING") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.tasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.lastStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "RUNNING");
            }
            if (allStringEq_5) {
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
const waitForTasksRunning = async (params, input) => {
    const serviceDefaults = { minDelay: 6, maxDelay: 600 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilTasksRunning = async (params, input) => {
    const serviceDefaults = { minDelay: 6, maxDelay: 600 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeTasksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.tasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.lastStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "STOPPED");
            }
            if (allStringEq_5) {
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
const waitForTasksStopped = async (params, input) => {
    const serviceDefaults = { minDelay: 6, maxDelay: 600 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilTasksStopped = async (params, input) => {
    const serviceDefaults = { minDelay: 6, maxDelay: 600 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AssociateGatewayWithClusterCommand,
    ContinueServiceDeploymentCommand,
    CreateCapacityProviderCommand,
    CreateClusterCommand,
    CreateDaemonCommand,
    CreateExpressGatewayServiceCommand,
    CreateGatewayCommand,
    CreateServiceCommand,
    CreateTaskSetCommand,
    DeleteAccountSettingCommand,
    DeleteAttributesCommand,
    DeleteCapacityProviderCommand,
    DeleteClusterCommand,
    DeleteDaemonCommand,
    DeleteDaemonTaskDefinitionCommand,
    DeleteExpressGatewayServiceCommand,
    DeleteGatewayCommand,
    DeleteServiceCommand,
    DeleteTaskDefinitionsCommand,
    DeleteTaskSetCommand,
    DeregisterContainerInstanceCommand,
    DeregisterTaskDefinitionCommand,
    DescribeCapacityProvidersCommand,
    DescribeClustersCommand,
    DescribeContainerInstancesCommand,
    DescribeDaemonCommand,
    DescribeDaemonDeploymentsCommand,
    DescribeDaemonRevisionsCommand,
    DescribeDaemonTaskDefinitionCommand,
    DescribeExpressGatewayServiceCommand,
    DescribeGatewayCommand,
    DescribeGatewayResourcesCommand,
    DescribeGatewayRouteCommand,
    DescribeServiceDeploymentsCommand,
    DescribeServiceRevisionsCommand,
    DescribeServicesCommand,
    DescribeTaskDefinitionCommand,
    DescribeTasksCommand,
    DescribeTaskSetsCommand,
    DisassociateGatewayFromClusterCommand,
    DiscoverPollEndpointCommand,
    ExecuteCommandCommand,
    GetTaskProtectionCommand,
    ListAccountSettingsCommand,
    ListAttributesCommand,
    ListClustersCommand,
    ListContainerInstancesCommand,
    ListDaemonDeploymentsCommand,
    ListDaemonsCommand,
    ListDaemonTaskDefinitionsCommand,
    ListGatewayClusterAssociationsCommand,
    ListGatewayRoutesCommand,
    ListGatewaysCommand,
    ListServiceDeploymentsCommand,
    ListServicesCommand,
    ListServicesByNamespaceCommand,
    ListTagsForResourceCommand,
    ListTaskDefinitionFamiliesCommand,
    ListTaskDefinitionsCommand,
    ListTasksCommand,
    PutAccountSettingCommand,
    PutAccountSettingDefaultCommand,
    PutAttributesCommand,
    PutClusterCapacityProvidersCommand,
    RegisterContainerInstanceCommand,
    RegisterDaemonTaskDefinitionCommand,
    RegisterTaskDefinitionCommand,
    RunTaskCommand,
    StartTaskCommand,
    StopServiceDeploymentCommand,
    StopTaskCommand,
    SubmitAttachmentStateChangesCommand,
    SubmitContainerStateChangeCommand,
    SubmitTaskStateChangeCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateCapacityProviderCommand,
    UpdateClusterCommand,
    UpdateClusterSettingsCommand,
    UpdateContainerAgentCommand,
    UpdateContainerInstancesStateCommand,
    UpdateDaemonCommand,
    UpdateExpressGatewayServiceCommand,
    UpdateGatewayCommand,
    UpdateServiceCommand,
    UpdateServicePrimaryTaskSetCommand,
    UpdateTaskProtectionCommand,
    UpdateTaskSetCommand,
};
const paginators = {
    paginateListAccountSettings,
    paginateListAttributes,
    paginateListClusters,
    paginateListContainerInstances,
    paginateListGatewayClusterAssociations,
    paginateListGatewayRoutes,
    paginateListGateways,
    paginateListServices,
    paginateListServicesByNamespace,
    paginateListTaskDefinitionFamilies,
    paginateListTaskDefinitions,
    paginateListTasks,
};
const waiters = {
    waitUntilDaemonActive,
    waitUntilDaemonDeploymentSuccessful,
    waitUntilDaemonDeploymentStopped,
    waitUntilDaemonTaskDefinitionActive,
    waitUntilDaemonTaskDefinitionDeleted,
    waitUntilServicesInactive,
    waitUntilServicesStable,
    waitUntilTasksRunning,
    waitUntilTasksStopped,
};
class ECS extends ECSClient {
}
createAggregatedClient(commands, ECS, { paginators, waiters });

const AcceleratorManufacturer = {
    AMAZON_WEB_SERVICES: "amazon-web-services",
    AMD: "amd",
    HABANA: "habana",
    NVIDIA: "nvidia",
    XILINX: "xilinx",
};
const AcceleratorName = {
    A100: "a100",
    A10G: "a10g",
    H100: "h100",
    INFERENTIA: "inferentia",
    K520: "k520",
    K80: "k80",
    M60: "m60",
    RADEON_PRO_V520: "radeon-pro-v520",
    T4: "t4",
    T4G: "t4g",
    V100: "v100",
    VU9P: "vu9p",
};
const AcceleratorType = {
    FPGA: "fpga",
    GPU: "gpu",
    INFERENCE: "inference",
};
const AccessType = {
    PRIVATE: "PRIVATE",
    PUBLIC: "PUBLIC",
};
const AgentUpdateStatus = {
    FAILED: "FAILED",
    PENDING: "PENDING",
    STAGED: "STAGED",
    STAGING: "STAGING",
    UPDATED: "UPDATED",
    UPDATING: "UPDATING",
};
const ManagedDraining = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ManagedScalingStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ManagedTerminationProtection = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const AutoRepairActionsStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const CapacityOptionType = {
    ON_DEMAND: "ON_DEMAND",
    RESERVED: "RESERVED",
    SPOT: "SPOT",
};
const CapacityReservationPreference = {
    RESERVATIONS_EXCLUDED: "RESERVATIONS_EXCLUDED",
    RESERVATIONS_FIRST: "RESERVATIONS_FIRST",
    RESERVATIONS_ONLY: "RESERVATIONS_ONLY",
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
const ManagedInstancesMonitoringOptions = {
    BASIC: "BASIC",
    DETAILED: "DETAILED",
};
const PropagateMITags = {
    CAPACITY_PROVIDER: "CAPACITY_PROVIDER",
    NONE: "NONE",
};
const CapacityProviderStatus = {
    ACTIVE: "ACTIVE",
    DEPROVISIONING: "DEPROVISIONING",
    INACTIVE: "INACTIVE",
    PROVISIONING: "PROVISIONING",
};
const CapacityProviderType = {
    EC2_AUTOSCALING: "EC2_AUTOSCALING",
    FARGATE: "FARGATE",
    FARGATE_SPOT: "FARGATE_SPOT",
    MANAGED_INSTANCES: "MANAGED_INSTANCES",
};
const CapacityProviderUpdateStatus = {
    CREATE_COMPLETE: "CREATE_COMPLETE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_COMPLETE: "DELETE_COMPLETE",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    UPDATE_COMPLETE: "UPDATE_COMPLETE",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const CapacityProviderField = {
    TAGS: "TAGS",
};
const ExecuteCommandLogging = {
    DEFAULT: "DEFAULT",
    NONE: "NONE",
    OVERRIDE: "OVERRIDE",
};
const ClusterSettingName = {
    CONTAINER_INSIGHTS: "containerInsights",
};
const TargetType = {
    CONTAINER_INSTANCE: "container-instance",
};
const GpuSharingMode = {
    DEDICATED: "DEDICATED",
    IDLE: "IDLE",
    NVIDIA_MPS: "NVIDIA_MPS",
};
const InstanceHealthCheckState = {
    IMPAIRED: "IMPAIRED",
    INITIALIZING: "INITIALIZING",
    INSUFFICIENT_DATA: "INSUFFICIENT_DATA",
    OK: "OK",
};
const InstanceHealthCheckType = {
    ACCELERATED_COMPUTE: "ACCELERATED_COMPUTE",
    AGENT_CONNECTIVITY: "AGENT_CONNECTIVITY",
    CONTAINER_RUNTIME: "CONTAINER_RUNTIME",
    DAEMON: "DAEMON",
};
const ClusterField = {
    ATTACHMENTS: "ATTACHMENTS",
    CONFIGURATIONS: "CONFIGURATIONS",
    SETTINGS: "SETTINGS",
    STATISTICS: "STATISTICS",
    TAGS: "TAGS",
};
const ContainerInstanceStatus = {
    ACTIVE: "ACTIVE",
    DEREGISTERING: "DEREGISTERING",
    DRAINING: "DRAINING",
    REGISTERING: "REGISTERING",
    REGISTRATION_FAILED: "REGISTRATION_FAILED",
};
const TransportProtocol = {
    TCP: "tcp",
    UDP: "udp",
};
const ManagedAgentName = {
    ExecuteCommandAgent: "ExecuteCommandAgent",
};
const ContainerInstanceField = {
    CONTAINER_INSTANCE_HEALTH: "CONTAINER_INSTANCE_HEALTH",
    TAGS: "TAGS",
};
const DesiredStatus = {
    PENDING: "PENDING",
    RUNNING: "RUNNING",
    STOPPED: "STOPPED",
};
const LaunchType = {
    EC2: "EC2",
    EXTERNAL: "EXTERNAL",
    FARGATE: "FARGATE",
    MANAGED_INSTANCES: "MANAGED_INSTANCES",
};
const PlatformDeviceType = {
    GPU: "GPU",
    NEURON_DEVICE: "NEURON_DEVICE",
};
const DeploymentLifecycleHookAction = {
    CONTINUE: "CONTINUE",
    ROLLBACK: "ROLLBACK",
};
const DaemonDeploymentRollbackMonitorsStatus = {
    DISABLED: "DISABLED",
    MONITORING: "MONITORING",
    MONITORING_COMPLETE: "MONITORING_COMPLETE",
    TRIGGERED: "TRIGGERED",
};
const DaemonDeploymentStatus = {
    IN_PROGRESS: "IN_PROGRESS",
    PENDING: "PENDING",
    ROLLBACK_FAILED: "ROLLBACK_FAILED",
    ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
    ROLLBACK_SUCCESSFUL: "ROLLBACK_SUCCESSFUL",
    STOPPED: "STOPPED",
    STOP_REQUESTED: "STOP_REQUESTED",
    SUCCESSFUL: "SUCCESSFUL",
};
const DaemonPropagateTags = {
    DAEMON: "DAEMON",
    NONE: "NONE",
};
const DaemonStatus = {
    ACTIVE: "ACTIVE",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const ContainerCondition = {
    COMPLETE: "COMPLETE",
    HEALTHY: "HEALTHY",
    START: "START",
    SUCCESS: "SUCCESS",
};
const EnvironmentFileType = {
    S3: "s3",
};
const FirelensConfigurationType = {
    FLUENTBIT: "fluentbit",
    FLUENTD: "fluentd",
};
const DeviceCgroupPermission = {
    MKNOD: "mknod",
    READ: "read",
    WRITE: "write",
};
const LogDriver = {
    AWSFIRELENS: "awsfirelens",
    AWSLOGS: "awslogs",
    FLUENTD: "fluentd",
    GELF: "gelf",
    JOURNALD: "journald",
    JSON_FILE: "json-file",
    SPLUNK: "splunk",
    SYSLOG: "syslog",
};
const UlimitName = {
    CORE: "core",
    CPU: "cpu",
    DATA: "data",
    FSIZE: "fsize",
    LOCKS: "locks",
    MEMLOCK: "memlock",
    MSGQUEUE: "msgqueue",
    NICE: "nice",
    NOFILE: "nofile",
    NPROC: "nproc",
    RSS: "rss",
    RTPRIO: "rtprio",
    RTTIME: "rttime",
    SIGPENDING: "sigpending",
    STACK: "stack",
};
const DaemonIpcMode = {
    NONE: "none",
    SHARED: "shared",
};
const DaemonPidMode = {
    NONE: "none",
    SHARED: "shared",
};
const DaemonTaskDefinitionStatus = {
    ACTIVE: "ACTIVE",
    DELETED: "DELETED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const DaemonTaskDefinitionRevisionFilter = {
    LAST_REGISTERED: "LAST_REGISTERED",
};
const SortOrder = {
    ASC: "ASC",
    DESC: "DESC",
};
const DaemonTaskDefinitionStatusFilter = {
    ACTIVE: "ACTIVE",
    ALL: "ALL",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const SettingName = {
    AWSVPC_TRUNKING: "awsvpcTrunking",
    CONTAINER_INSIGHTS: "containerInsights",
    CONTAINER_INSTANCE_LONG_ARN_FORMAT: "containerInstanceLongArnFormat",
    DEFAULT_LOG_DRIVER_MODE: "defaultLogDriverMode",
    FARGATE_EVENT_WINDOWS: "fargateEventWindows",
    FARGATE_FIPS_MODE: "fargateFIPSMode",
    FARGATE_TASK_RETIREMENT_WAIT_PERIOD: "fargateTaskRetirementWaitPeriod",
    GUARD_DUTY_ACTIVATE: "guardDutyActivate",
    SERVICE_LONG_ARN_FORMAT: "serviceLongArnFormat",
    TAG_RESOURCE_AUTHORIZATION: "tagResourceAuthorization",
    TASK_LONG_ARN_FORMAT: "taskLongArnFormat",
};
const SettingType = {
    AWS_MANAGED: "aws_managed",
    USER: "user",
};
const Compatibility = {
    EC2: "EC2",
    EXTERNAL: "EXTERNAL",
    FARGATE: "FARGATE",
    MANAGED_INSTANCES: "MANAGED_INSTANCES",
};
const ApplicationProtocol = {
    GRPC: "grpc",
    HTTP: "http",
    HTTP2: "http2",
};
const ResourceType = {
    GPU: "GPU",
    INFERENCE_ACCELERATOR: "InferenceAccelerator",
    NEURON_DEVICE: "NeuronDevice",
};
const VersionConsistency = {
    DISABLED: "disabled",
    ENABLED: "enabled",
};
const IpcMode = {
    HOST: "host",
    NONE: "none",
    TASK: "task",
};
const NetworkMode = {
    AWSVPC: "awsvpc",
    BRIDGE: "bridge",
    HOST: "host",
    NONE: "none",
};
const PidMode = {
    HOST: "host",
    TASK: "task",
};
const TaskDefinitionPlacementConstraintType = {
    MEMBER_OF: "memberOf",
};
const ProxyConfigurationType = {
    APPMESH: "APPMESH",
};
const CPUArchitecture = {
    ARM64: "ARM64",
    X86_64: "X86_64",
};
const OSFamily = {
    LINUX: "LINUX",
    WINDOWS_SERVER_2004_CORE: "WINDOWS_SERVER_2004_CORE",
    WINDOWS_SERVER_2016_FULL: "WINDOWS_SERVER_2016_FULL",
    WINDOWS_SERVER_2019_CORE: "WINDOWS_SERVER_2019_CORE",
    WINDOWS_SERVER_2019_FULL: "WINDOWS_SERVER_2019_FULL",
    WINDOWS_SERVER_2022_CORE: "WINDOWS_SERVER_2022_CORE",
    WINDOWS_SERVER_2022_FULL: "WINDOWS_SERVER_2022_FULL",
    WINDOWS_SERVER_2025_CORE: "WINDOWS_SERVER_2025_CORE",
    WINDOWS_SERVER_2025_FULL: "WINDOWS_SERVER_2025_FULL",
    WINDOWS_SERVER_20H2_CORE: "WINDOWS_SERVER_20H2_CORE",
};
const TaskDefinitionStatus = {
    ACTIVE: "ACTIVE",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    INACTIVE: "INACTIVE",
};
const Scope = {
    SHARED: "shared",
    TASK: "task",
};
const EFSAuthorizationConfigIAM = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const EFSTransitEncryption = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const TaskDefinitionField = {
    TAGS: "TAGS",
};
const GatewayClusterAssociationStatus = {
    ACTIVE: "ACTIVE",
    DISASSOCIATING: "DISASSOCIATING",
    INACTIVE: "INACTIVE",
};
const GatewayAlbDesyncMitigationMode = {
    DEFENSIVE: "defensive",
    MONITOR: "monitor",
    STRICTEST: "strictest",
};
const GatewayElbIpAddressType = {
    DUALSTACK: "dualstack",
    DUALSTACK_WITHOUT_PUBLIC_IPV4: "dualstack-without-public-ipv4",
    IPV4: "ipv4",
};
const GatewayAlbProtocol = {
    HTTP: "HTTP",
    HTTPS: "HTTPS",
};
const GatewayElbScheme = {
    INTERNAL: "internal",
    INTERNET_FACING: "internet-facing",
};
const PropagateGatewayTags = {
    GATEWAY: "GATEWAY",
    NONE: "NONE",
};
const GatewayStatus = {
    ACTIVE: "ACTIVE",
    DELETED: "DELETED",
    UPDATE_COMPLETE: "UPDATE_COMPLETE",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const GatewayRouteStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const TaskDefinitionFamilyStatus = {
    ACTIVE: "ACTIVE",
    ALL: "ALL",
    INACTIVE: "INACTIVE",
};
const ServiceDeploymentRollbackMonitorsStatus = {
    DISABLED: "DISABLED",
    MONITORING: "MONITORING",
    MONITORING_COMPLETE: "MONITORING_COMPLETE",
    TRIGGERED: "TRIGGERED",
};
const ThresholdType = {
    BOUNDED_PERCENT: "BOUNDED_PERCENT",
    COUNT: "COUNT",
    UNBOUNDED_PERCENT: "UNBOUNDED_PERCENT",
};
const ServiceRevisionCleanup = {
    BLOCKING: "BLOCKING",
    DEFERRED: "DEFERRED",
};
const DeploymentLifecycleHookStage = {
    POST_PRODUCTION_TRAFFIC_SHIFT: "POST_PRODUCTION_TRAFFIC_SHIFT",
    POST_SCALE_UP: "POST_SCALE_UP",
    POST_TEST_TRAFFIC_SHIFT: "POST_TEST_TRAFFIC_SHIFT",
    PRE_PRODUCTION_TRAFFIC_SHIFT: "PRE_PRODUCTION_TRAFFIC_SHIFT",
    PRE_SCALE_UP: "PRE_SCALE_UP",
    PRODUCTION_TRAFFIC_SHIFT: "PRODUCTION_TRAFFIC_SHIFT",
    RECONCILE_SERVICE: "RECONCILE_SERVICE",
    TEST_TRAFFIC_SHIFT: "TEST_TRAFFIC_SHIFT",
};
const DeploymentLifecycleHookTargetType = {
    AWS_LAMBDA: "AWS_LAMBDA",
    PAUSE: "PAUSE",
};
const DeploymentStrategy = {
    BLUE_GREEN: "BLUE_GREEN",
    CANARY: "CANARY",
    LINEAR: "LINEAR",
    ROLLING: "ROLLING",
};
const DeploymentLifecycleHookStatus = {
    AWAITING_ACTION: "AWAITING_ACTION",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
    TIMED_OUT: "TIMED_OUT",
};
const ServiceDeploymentLifecycleStage = {
    BAKE_TIME: "BAKE_TIME",
    CLEAN_UP: "CLEAN_UP",
    POST_PRODUCTION_TRAFFIC_SHIFT: "POST_PRODUCTION_TRAFFIC_SHIFT",
    POST_SCALE_UP: "POST_SCALE_UP",
    POST_TEST_TRAFFIC_SHIFT: "POST_TEST_TRAFFIC_SHIFT",
    PRE_SCALE_UP: "PRE_SCALE_UP",
    PRODUCTION_TRAFFIC_SHIFT: "PRODUCTION_TRAFFIC_SHIFT",
    RECONCILE_SERVICE: "RECONCILE_SERVICE",
    SCALE_UP: "SCALE_UP",
    TEST_TRAFFIC_SHIFT: "TEST_TRAFFIC_SHIFT",
};
const ServiceDeploymentStatus = {
    IN_PROGRESS: "IN_PROGRESS",
    PENDING: "PENDING",
    ROLLBACK_FAILED: "ROLLBACK_FAILED",
    ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
    ROLLBACK_REQUESTED: "ROLLBACK_REQUESTED",
    ROLLBACK_SUCCESSFUL: "ROLLBACK_SUCCESSFUL",
    STOPPED: "STOPPED",
    STOP_REQUESTED: "STOP_REQUESTED",
    SUCCESSFUL: "SUCCESSFUL",
};
const ExpressCpuArchitecture = {
    ARM64: "ARM64",
    X86_64: "X86_64",
};
const ExpressGatewayServiceScalingMetric = {
    AverageCPUUtilization: "AVERAGE_CPU",
    AverageMemoryUtilization: "AVERAGE_MEMORY",
    RequestCountPerTarget: "REQUEST_COUNT_PER_TARGET",
};
const ExpressGatewayServiceStatusCode = {
    ACTIVE: "ACTIVE",
    DRAINING: "DRAINING",
    INACTIVE: "INACTIVE",
};
const AvailabilityZoneRebalancing = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const DeploymentControllerType = {
    CODE_DEPLOY: "CODE_DEPLOY",
    ECS: "ECS",
    EXTERNAL: "EXTERNAL",
};
const GatewayConnectorHealthCheckProtocol = {
    HTTP: "HTTP",
    HTTPS: "HTTPS",
};
const AssignPublicIp = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const PlacementConstraintType = {
    DISTINCT_INSTANCE: "distinctInstance",
    MEMBER_OF: "memberOf",
};
const PlacementStrategyType = {
    BINPACK: "binpack",
    RANDOM: "random",
    SPREAD: "spread",
};
const PropagateTags = {
    NONE: "NONE",
    SERVICE: "SERVICE",
    TASK_DEFINITION: "TASK_DEFINITION",
};
const SchedulingStrategy = {
    DAEMON: "DAEMON",
    REPLICA: "REPLICA",
};
const ServiceConnectAccessLoggingFormat = {
    JSON: "JSON",
    TEXT: "TEXT",
};
const ServiceConnectIncludeQueryParameters = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ServiceConnectContainerLogLevel = {
    DEBUG: "debug",
    INFO: "info",
};
const TaskFilesystemType = {
    EXT3: "ext3",
    EXT4: "ext4",
    NTFS: "ntfs",
    XFS: "xfs",
};
const EBSResourceType = {
    VOLUME: "volume",
};
const DeploymentRolloutState = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const ResourceManagementType = {
    CUSTOMER: "CUSTOMER",
    ECS: "ECS",
};
const ScaleUnit = {
    PERCENT: "PERCENT",
};
const StabilityStatus = {
    STABILIZING: "STABILIZING",
    STEADY_STATE: "STEADY_STATE",
};
const ExpressGatewayServiceInclude = {
    TAGS: "TAGS",
};
const ServiceField = {
    TAGS: "TAGS",
};
const StopServiceDeploymentStopType = {
    ABORT: "ABORT",
    ROLLBACK: "ROLLBACK",
};
const ManagedResourceStatus = {
    ACTIVE: "ACTIVE",
    DELETED: "DELETED",
    DEPROVISIONING: "DEPROVISIONING",
    FAILED: "FAILED",
    PROVISIONING: "PROVISIONING",
};
const TaskField = {
    TAGS: "TAGS",
};
const Connectivity = {
    CONNECTED: "CONNECTED",
    DISCONNECTED: "DISCONNECTED",
};
const HealthStatus = {
    HEALTHY: "HEALTHY",
    UNHEALTHY: "UNHEALTHY",
    UNKNOWN: "UNKNOWN",
};
const TaskStopCode = {
    ESSENTIAL_CONTAINER_EXITED: "EssentialContainerExited",
    INFRASTRUCTURE_HEALTH: "InfrastructureHealth",
    SERVICE_SCHEDULER_INITIATED: "ServiceSchedulerInitiated",
    SPOT_INTERRUPTION: "SpotInterruption",
    TASK_FAILED_TO_START: "TaskFailedToStart",
    TERMINATION_NOTICE: "TerminationNotice",
    USER_INITIATED: "UserInitiated",
};
const TaskSetField = {
    TAGS: "TAGS",
};

export { AcceleratorManufacturer, AcceleratorName, AcceleratorType, AccessType, AgentUpdateStatus, ApplicationProtocol, AssignPublicIp, AssociateGatewayWithCluster$, AssociateGatewayWithClusterCommand, AutoRepairActionsStatus, AvailabilityZoneRebalancing, BareMetal, BurstablePerformance, CPUArchitecture, CapacityOptionType, CapacityProviderField, CapacityProviderStatus, CapacityProviderType, CapacityProviderUpdateStatus, CapacityReservationPreference, ClusterField, ClusterSettingName, Compatibility, Connectivity, ContainerCondition, ContainerInstanceField, ContainerInstanceStatus, ContinueServiceDeployment$, ContinueServiceDeploymentCommand, CpuManufacturer, CreateCapacityProvider$, CreateCapacityProviderCommand, CreateCluster$, CreateClusterCommand, CreateDaemon$, CreateDaemonCommand, CreateExpressGatewayService$, CreateExpressGatewayServiceCommand, CreateGateway$, CreateGatewayCommand, CreateService$, CreateServiceCommand, CreateTaskSet$, CreateTaskSetCommand, DaemonDeploymentRollbackMonitorsStatus, DaemonDeploymentStatus, DaemonIpcMode, DaemonPidMode, DaemonPropagateTags, DaemonStatus, DaemonTaskDefinitionRevisionFilter, DaemonTaskDefinitionStatus, DaemonTaskDefinitionStatusFilter, DeleteAccountSetting$, DeleteAccountSettingCommand, DeleteAttributes$, DeleteAttributesCommand, DeleteCapacityProvider$, DeleteCapacityProviderCommand, DeleteCluster$, DeleteClusterCommand, DeleteDaemon$, DeleteDaemonCommand, DeleteDaemonTaskDefinition$, DeleteDaemonTaskDefinitionCommand, DeleteExpressGatewayService$, DeleteExpressGatewayServiceCommand, DeleteGateway$, DeleteGatewayCommand, DeleteService$, DeleteServiceCommand, DeleteTaskDefinitions$, DeleteTaskDefinitionsCommand, DeleteTaskSet$, DeleteTaskSetCommand, DeploymentControllerType, DeploymentLifecycleHookAction, DeploymentLifecycleHookStage, DeploymentLifecycleHookStatus, DeploymentLifecycleHookTargetType, DeploymentRolloutState, DeploymentStrategy, DeregisterContainerInstance$, DeregisterContainerInstanceCommand, DeregisterTaskDefinition$, DeregisterTaskDefinitionCommand, DescribeCapacityProviders$, DescribeCapacityProvidersCommand, DescribeClusters$, DescribeClustersCommand, DescribeContainerInstances$, DescribeContainerInstancesCommand, DescribeDaemon$, DescribeDaemonCommand, DescribeDaemonDeployments$, DescribeDaemonDeploymentsCommand, DescribeDaemonRevisions$, DescribeDaemonRevisionsCommand, DescribeDaemonTaskDefinition$, DescribeDaemonTaskDefinitionCommand, DescribeExpressGatewayService$, DescribeExpressGatewayServiceCommand, DescribeGateway$, DescribeGatewayCommand, DescribeGatewayResources$, DescribeGatewayResourcesCommand, DescribeGatewayRoute$, DescribeGatewayRouteCommand, DescribeServiceDeployments$, DescribeServiceDeploymentsCommand, DescribeServiceRevisions$, DescribeServiceRevisionsCommand, DescribeServicesCommand, DescribeTaskDefinitionCommand, DescribeTaskSets$, DescribeTaskSetsCommand, DescribeTasks$, DescribeTasksCommand, DesiredStatus, DeviceCgroupPermission, DisassociateGatewayFromCluster$, DisassociateGatewayFromClusterCommand, DiscoverPollEndpoint$, DiscoverPollEndpointCommand, EBSResourceType, ECS, ECSClient, EFSAuthorizationConfigIAM, EFSTransitEncryption, EnvironmentFileType, ExecuteCommand$, ExecuteCommandCommand, ExecuteCommandLogging, ExpressCpuArchitecture, ExpressGatewayServiceInclude, ExpressGatewayServiceScalingMetric, ExpressGatewayServiceStatusCode, FirelensConfigurationType, GatewayAlbDesyncMitigationMode, GatewayAlbProtocol, GatewayClusterAssociationStatus, GatewayConnectorHealthCheckProtocol, GatewayElbIpAddressType, GatewayElbScheme, GatewayRouteStatus, GatewayStatus, GetTaskProtection$, GetTaskProtectionCommand, GpuSharingMode, HealthStatus, InstanceGeneration, InstanceHealthCheckState, InstanceHealthCheckType, IpcMode, LaunchType, ListAccountSettings$, ListAccountSettingsCommand, ListAttributes$, ListAttributesCommand, ListClusters$, ListClustersCommand, ListContainerInstances$, ListContainerInstancesCommand, ListDaemonDeployments$, ListDaemonDeploymentsCommand, ListDaemonTaskDefinitions$, ListDaemonTaskDefinitionsCommand, ListDaemons$, ListDaemonsCommand, ListGatewayClusterAssociations$, ListGatewayClusterAssociationsCommand, ListGatewayRoutes$, ListGatewayRoutesCommand, ListGateways$, ListGatewaysCommand, ListServiceDeployments$, ListServiceDeploymentsCommand, ListServices$, ListServicesByNamespace$, ListServicesByNamespaceCommand, ListServicesCommand, ListTagsForResource$, ListTagsForResourceCommand, ListTaskDefinitionFamilies$, ListTaskDefinitionFamiliesCommand, ListTaskDefinitions$, ListTaskDefinitionsCommand, ListTasks$, ListTasksCommand, LocalStorage, LocalStorageType, LogDriver, ManagedAgentName, ManagedDraining, ManagedInstancesMonitoringOptions, ManagedResourceStatus, ManagedScalingStatus, ManagedTerminationProtection, NetworkMode, OSFamily, PidMode, PlacementConstraintType, PlacementStrategyType, PlatformDeviceType, PropagateGatewayTags, PropagateMITags, PropagateTags, ProxyConfigurationType, PutAccountSetting$, PutAccountSettingCommand, PutAccountSettingDefault$, PutAccountSettingDefaultCommand, PutAttributes$, PutAttributesCommand, PutClusterCapacityProviders$, PutClusterCapacityProvidersCommand, RegisterContainerInstance$, RegisterContainerInstanceCommand, RegisterDaemonTaskDefinition$, RegisterDaemonTaskDefinitionCommand, RegisterTaskDefinition$, RegisterTaskDefinitionCommand, ResourceManagementType, ResourceType, RunTask$, RunTaskCommand, ScaleUnit, SchedulingStrategy, Scope, ServiceConnectAccessLoggingFormat, ServiceConnectContainerLogLevel, ServiceConnectIncludeQueryParameters, ServiceDeploymentLifecycleStage, ServiceDeploymentRollbackMonitorsStatus, ServiceDeploymentStatus, ServiceField, ServiceRevisionCleanup, SettingName, SettingType, SortOrder, StabilityStatus, StartTask$, StartTaskCommand, StopServiceDeployment$, StopServiceDeploymentCommand, StopServiceDeploymentStopType, StopTask$, StopTaskCommand, SubmitAttachmentStateChanges$, SubmitAttachmentStateChangesCommand, SubmitContainerStateChange$, SubmitContainerStateChangeCommand, SubmitTaskStateChange$, SubmitTaskStateChangeCommand, TagResource$, TagResourceCommand, TargetType, TaskDefinitionFamilyStatus, TaskDefinitionField, TaskDefinitionPlacementConstraintType, TaskDefinitionStatus, TaskField, TaskFilesystemType, TaskSetField, TaskStopCode, ThresholdType, TransportProtocol, UlimitName, UntagResource$, UntagResourceCommand, UpdateCapacityProvider$, UpdateCapacityProviderCommand, UpdateCluster$, UpdateClusterCommand, UpdateClusterSettings$, UpdateClusterSettingsCommand, UpdateContainerAgent$, UpdateContainerAgentCommand, UpdateContainerInstancesState$, UpdateContainerInstancesStateCommand, UpdateDaemon$, UpdateDaemonCommand, UpdateExpressGatewayService$, UpdateExpressGatewayServiceCommand, UpdateGateway$, UpdateGatewayCommand, UpdateService$, UpdateServiceCommand, UpdateServicePrimaryTaskSet$, UpdateServicePrimaryTaskSetCommand, UpdateTaskProtection$, UpdateTaskProtectionCommand, UpdateTaskSet$, UpdateTaskSetCommand, VersionConsistency, Client as __Client, errorTypeRegistries, paginateListAccountSettings, paginateListAttributes, paginateListClusters, paginateListContainerInstances, paginateListGatewayClusterAssociations, paginateListGatewayRoutes, paginateListGateways, paginateListServices, paginateListServicesByNamespace, paginateListTaskDefinitionFamilies, paginateListTaskDefinitions, paginateListTasks, waitForDaemonActive, waitForDaemonDeploymentStopped, waitForDaemonDeploymentSuccessful, waitForDaemonTaskDefinitionActive, waitForDaemonTaskDefinitionDeleted, waitForServicesInactive, waitForServicesStable, waitForTasksRunning, waitForTasksStopped, waitUntilDaemonActive, waitUntilDaemonDeploymentStopped, waitUntilDaemonDeploymentSuccessful, waitUntilDaemonTaskDefinitionActive, waitUntilDaemonTaskDefinitionDeleted, waitUntilServicesInactive, waitUntilServicesStable, waitUntilTasksRunning, waitUntilTasksStopped };
