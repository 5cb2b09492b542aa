import { S as SSMClient, L as ListCommandsCommand, G as GetAutomationExecutionCommand, D as DescribeAutomationExecutionsCommand } from './ListCommandsCommand-BU4D04SK.js';
import { c as command, A as AddTagsToResource$, _ as _mw0, a as _ep0, l as AssociateOpsItemRelatedItem$, m as CancelMaintenanceWindowExecution$, n as CreateActivation$, o as CreateAssociationBatch$, p as CreateAssociation$, q as CreateCloudConnector$, s as CreateMaintenanceWindow$, t as CreateOpsItem$, u as CreateOpsMetadata$, v as CreatePatchBaseline$, w as CreateResourceDataSync$, x as DeleteActivation$, y as DeleteAssociation$, z as DeleteCloudConnector$, B as DeleteDocument$, E as DeleteInventory$, F as DeleteMaintenanceWindow$, H as DeleteOpsItem$, I as DeleteOpsMetadata$, J as DeleteParameter$, K as DeleteParameters$, M as DeletePatchBaseline$, N as DeleteResourceDataSync$, O as DeleteResourcePolicy$, P as DeregisterDefaultHostManagementConfiguration$, Q as DeregisterManagedInstance$, R as DeregisterPatchBaselineForPatchGroup$, T as DeregisterTargetFromMaintenanceWindow$, V as DeregisterTaskFromMaintenanceWindow$, W as DescribeActivations$, X as DescribeAssociation$, Y as DescribeAssociationExecutions$, Z as DescribeAssociationExecutionTargets$, $ as DescribeAutomationStepExecutions$, a0 as DescribeAvailablePatches$, a1 as DescribeDocumentPermission$, a2 as DescribeEffectiveInstanceAssociations$, a3 as DescribeEffectivePatchesForPatchBaseline$, a4 as DescribeInstanceAssociationsStatus$, a5 as DescribeInstancePatches$, a6 as DescribeInstancePatchStates$, a7 as DescribeInstancePatchStatesForPatchGroup$, a8 as DescribeInstanceProperties$, a9 as DescribeInventoryDeletions$, aa as DescribeMaintenanceWindowExecutions$, ab as DescribeMaintenanceWindowExecutionTaskInvocations$, ac as DescribeMaintenanceWindowExecutionTasks$, ad as DescribeMaintenanceWindowSchedule$, ae as DescribeMaintenanceWindows$, af as DescribeMaintenanceWindowsForTarget$, ag as DescribeMaintenanceWindowTargets$, ah as DescribeMaintenanceWindowTasks$, ai as DescribeOpsItems$, aj as DescribeParameters$, ak as DescribePatchBaselines$, al as DescribePatchGroups$, am as DescribePatchGroupState$, an as DescribePatchProperties$, ao as DescribeSessions$, ap as DisassociateOpsItemRelatedItem$, aq as GetAccessToken$, ar as GetCalendarState$, as as GetCloudConnector$, at as GetConnectionStatus$, au as GetDefaultPatchBaseline$, av as GetDeployablePatchSnapshotForInstance$, aw as GetDocument$, ax as GetExecutionPreview$, ay as GetInventory$, az as GetInventorySchema$, aA as GetMaintenanceWindow$, aB as GetMaintenanceWindowExecution$, aC as GetMaintenanceWindowExecutionTask$, aD as GetMaintenanceWindowExecutionTaskInvocation$, aE as GetMaintenanceWindowTask$, aF as GetOpsItem$, aG as GetOpsMetadata$, aH as GetOpsSummary$, aI as GetParameter$, aJ as GetParameterHistory$, aK as GetParametersByPath$, aL as GetParameters$, aM as GetPatchBaseline$, aN as GetPatchBaselineForPatchGroup$, aO as GetResourcePolicies$, aP as GetServiceSetting$, aQ as LabelParameterVersion$, aR as ListAssociations$, aS as ListAssociationVersions$, aT as ListCloudConnectors$, aU as ListComplianceItems$, aV as ListComplianceSummaries$, aW as ListDocumentMetadataHistory$, aX as ListDocuments$, aY as ListDocumentVersions$, aZ as ListInventoryEntries$, a_ as ListNodes$, a$ as ListNodesSummary$, b0 as ListOpsItemEvents$, b1 as ListOpsItemRelatedItems$, b2 as ListOpsMetadata$, b3 as ListResourceComplianceSummaries$, b4 as ListResourceDataSync$, b5 as ListTagsForResource$, b6 as ModifyDocumentPermission$, b7 as PutComplianceItems$, b8 as PutInventory$, b9 as PutParameter$, ba as PutResourcePolicy$, bb as RegisterDefaultHostManagementConfiguration$, bc as RegisterDefaultPatchBaseline$, bd as RegisterPatchBaselineForPatchGroup$, be as RegisterTargetWithMaintenanceWindow$, bf as RegisterTaskWithMaintenanceWindow$, bg as RemoveTagsFromResource$, bh as ResetServiceSetting$, bi as ResumeSession$, bj as SendAutomationSignal$, bk as StartAccessRequest$, bl as StartAssociationsOnce$, bm as StartChangeRequestExecution$, bn as StartExecutionPreview$, bo as StartSession$, bp as TerminateSession$, bq as UnlabelParameterVersion$, br as UpdateAssociation$, bs as UpdateAssociationStatus$, bt as UpdateCloudConnector$, bu as UpdateDocumentMetadata$, bv as UpdateMaintenanceWindow$, bw as UpdateMaintenanceWindowTarget$, bx as UpdateMaintenanceWindowTask$, by as UpdateManagedInstanceRole$, bz as UpdateOpsItem$, bA as UpdateOpsMetadata$, bB as UpdatePatchBaseline$, bC as UpdateResourceDataSync$, bD as UpdateServiceSetting$, bE as ValidateCloudConnector$ } from './commandBuilder-RS78BTiN.js';
export { bF as AccessDeniedException, bG as AccessDeniedException$, bH as AccountSharingInfo$, bI as Activation$, bJ as AddTagsToResourceRequest$, bK as AddTagsToResourceResult$, bL as Alarm$, bM as AlarmConfiguration$, bN as AlarmStateInformation$, bO as AlreadyExistsException, bP as AlreadyExistsException$, bQ as AssociateOpsItemRelatedItemRequest$, bR as AssociateOpsItemRelatedItemResponse$, bS as AssociatedInstances, bT as AssociatedInstances$, bU as Association$, bV as AssociationAlreadyExists, bW as AssociationAlreadyExists$, bX as AssociationDescription$, bY as AssociationDoesNotExist, bZ as AssociationDoesNotExist$, b_ as AssociationExecution$, b$ as AssociationExecutionDoesNotExist, c0 as AssociationExecutionDoesNotExist$, c1 as AssociationExecutionFilter$, c2 as AssociationExecutionTarget$, c3 as AssociationExecutionTargetsFilter$, c4 as AssociationFilter$, c5 as AssociationLimitExceeded, c6 as AssociationLimitExceeded$, c7 as AssociationOverview$, c8 as AssociationStatus$, c9 as AssociationVersionInfo$, ca as AssociationVersionLimitExceeded, cb as AssociationVersionLimitExceeded$, cc as AttachmentContent$, cd as AttachmentInformation$, ce as AttachmentsSource$, cf as AutomationDefinitionNotApprovedException, cg as AutomationDefinitionNotApprovedException$, ch as AutomationDefinitionNotFoundException, ci as AutomationDefinitionNotFoundException$, cj as AutomationDefinitionVersionNotFoundException, ck as AutomationDefinitionVersionNotFoundException$, cl as AutomationExecution$, cm as AutomationExecutionFilter$, cn as AutomationExecutionInputs$, co as AutomationExecutionLimitExceededException, cp as AutomationExecutionLimitExceededException$, cq as AutomationExecutionMetadata$, cr as AutomationExecutionNotFoundException, cs as AutomationExecutionNotFoundException$, ct as AutomationExecutionPreview$, cu as AutomationStepNotFoundException, cv as AutomationStepNotFoundException$, cw as AzureConfiguration$, cx as AzureSubscription$, cy as BaselineOverride$, e as CancelCommand$, cz as CancelCommandRequest$, cA as CancelCommandResult$, cB as CancelMaintenanceWindowExecutionRequest$, cC as CancelMaintenanceWindowExecutionResult$, cD as CloudConnectorConfiguration$, cE as CloudConnectorFilter$, cF as CloudConnectorSummary$, cG as CloudWatchOutputConfig$, cH as Command$, cI as CommandFilter$, cJ as CommandInvocation$, cK as CommandPlugin$, cL as ComplianceExecutionSummary$, cM as ComplianceItem$, cN as ComplianceItemEntry$, cO as ComplianceStringFilter$, cP as ComplianceSummaryItem$, cQ as ComplianceTypeCountLimitExceededException, cR as ComplianceTypeCountLimitExceededException$, cS as CompliantSummary$, cT as ConfigurationTargets$, cU as ConflictException, cV as ConflictException$, cW as CreateActivationRequest$, cX as CreateActivationResult$, cY as CreateAssociationBatchRequest$, cZ as CreateAssociationBatchRequestEntry$, c_ as CreateAssociationBatchResult$, c$ as CreateAssociationRequest$, d0 as CreateAssociationResult$, d1 as CreateCloudConnectorRequest$, d2 as CreateCloudConnectorResult$, C as CreateDocument$, d3 as CreateDocumentRequest$, d4 as CreateDocumentResult$, d5 as CreateMaintenanceWindowRequest$, d6 as CreateMaintenanceWindowResult$, d7 as CreateOpsItemRequest$, d8 as CreateOpsItemResponse$, d9 as CreateOpsMetadataRequest$, da as CreateOpsMetadataResult$, db as CreatePatchBaselineRequest$, dc as CreatePatchBaselineResult$, dd as CreateResourceDataSyncRequest$, de as CreateResourceDataSyncResult$, df as Credentials$, dg as CustomSchemaCountLimitExceededException, dh as CustomSchemaCountLimitExceededException$, di as DeleteActivationRequest$, dj as DeleteActivationResult$, dk as DeleteAssociationRequest$, dl as DeleteAssociationResult$, dm as DeleteCloudConnectorRequest$, dn as DeleteCloudConnectorResult$, dp as DeleteDocumentRequest$, dq as DeleteDocumentResult$, dr as DeleteInventoryRequest$, ds as DeleteInventoryResult$, dt as DeleteMaintenanceWindowRequest$, du as DeleteMaintenanceWindowResult$, dv as DeleteOpsItemRequest$, dw as DeleteOpsItemResponse$, dx as DeleteOpsMetadataRequest$, dy as DeleteOpsMetadataResult$, dz as DeleteParameterRequest$, dA as DeleteParameterResult$, dB as DeleteParametersRequest$, dC as DeleteParametersResult$, dD as DeletePatchBaselineRequest$, dE as DeletePatchBaselineResult$, dF as DeleteResourceDataSyncRequest$, dG as DeleteResourceDataSyncResult$, dH as DeleteResourcePolicyRequest$, dI as DeleteResourcePolicyResponse$, dJ as DeregisterDefaultHostManagementConfigurationRequest$, dK as DeregisterDefaultHostManagementConfigurationResult$, dL as DeregisterManagedInstanceRequest$, dM as DeregisterManagedInstanceResult$, dN as DeregisterPatchBaselineForPatchGroupRequest$, dO as DeregisterPatchBaselineForPatchGroupResult$, dP as DeregisterTargetFromMaintenanceWindowRequest$, dQ as DeregisterTargetFromMaintenanceWindowResult$, dR as DeregisterTaskFromMaintenanceWindowRequest$, dS as DeregisterTaskFromMaintenanceWindowResult$, dT as DescribeActivationsFilter$, dU as DescribeActivationsRequest$, dV as DescribeActivationsResult$, dW as DescribeAssociationExecutionTargetsRequest$, dX as DescribeAssociationExecutionTargetsResult$, dY as DescribeAssociationExecutionsRequest$, dZ as DescribeAssociationExecutionsResult$, d_ as DescribeAssociationRequest$, d$ as DescribeAssociationResult$, i as DescribeAutomationExecutions$, e0 as DescribeAutomationExecutionsRequest$, e1 as DescribeAutomationExecutionsResult$, e2 as DescribeAutomationStepExecutionsRequest$, e3 as DescribeAutomationStepExecutionsResult$, e4 as DescribeAvailablePatchesRequest$, e5 as DescribeAvailablePatchesResult$, b as DescribeDocument$, e6 as DescribeDocumentPermissionRequest$, e7 as DescribeDocumentPermissionResponse$, e8 as DescribeDocumentRequest$, e9 as DescribeDocumentResult$, ea as DescribeEffectiveInstanceAssociationsRequest$, eb as DescribeEffectiveInstanceAssociationsResult$, ec as DescribeEffectivePatchesForPatchBaselineRequest$, ed as DescribeEffectivePatchesForPatchBaselineResult$, ee as DescribeInstanceAssociationsStatusRequest$, ef as DescribeInstanceAssociationsStatusResult$, D as DescribeInstanceInformation$, eg as DescribeInstanceInformationRequest$, eh as DescribeInstanceInformationResult$, ei as DescribeInstancePatchStatesForPatchGroupRequest$, ej as DescribeInstancePatchStatesForPatchGroupResult$, ek as DescribeInstancePatchStatesRequest$, el as DescribeInstancePatchStatesResult$, em as DescribeInstancePatchesRequest$, en as DescribeInstancePatchesResult$, eo as DescribeInstancePropertiesRequest$, ep as DescribeInstancePropertiesResult$, eq as DescribeInventoryDeletionsRequest$, er as DescribeInventoryDeletionsResult$, es as DescribeMaintenanceWindowExecutionTaskInvocationsRequest$, et as DescribeMaintenanceWindowExecutionTaskInvocationsResult$, eu as DescribeMaintenanceWindowExecutionTasksRequest$, ev as DescribeMaintenanceWindowExecutionTasksResult$, ew as DescribeMaintenanceWindowExecutionsRequest$, ex as DescribeMaintenanceWindowExecutionsResult$, ey as DescribeMaintenanceWindowScheduleRequest$, ez as DescribeMaintenanceWindowScheduleResult$, eA as DescribeMaintenanceWindowTargetsRequest$, eB as DescribeMaintenanceWindowTargetsResult$, eC as DescribeMaintenanceWindowTasksRequest$, eD as DescribeMaintenanceWindowTasksResult$, eE as DescribeMaintenanceWindowsForTargetRequest$, eF as DescribeMaintenanceWindowsForTargetResult$, eG as DescribeMaintenanceWindowsRequest$, eH as DescribeMaintenanceWindowsResult$, eI as DescribeOpsItemsRequest$, eJ as DescribeOpsItemsResponse$, eK as DescribeParametersRequest$, eL as DescribeParametersResult$, eM as DescribePatchBaselinesRequest$, eN as DescribePatchBaselinesResult$, eO as DescribePatchGroupStateRequest$, eP as DescribePatchGroupStateResult$, eQ as DescribePatchGroupsRequest$, eR as DescribePatchGroupsResult$, eS as DescribePatchPropertiesRequest$, eT as DescribePatchPropertiesResult$, eU as DescribeSessionsRequest$, eV as DescribeSessionsResponse$, eW as DisassociateOpsItemRelatedItemRequest$, eX as DisassociateOpsItemRelatedItemResponse$, eY as DocumentAlreadyExists, eZ as DocumentAlreadyExists$, e_ as DocumentDefaultVersionDescription$, e$ as DocumentDescription$, f0 as DocumentFilter$, f1 as DocumentIdentifier$, f2 as DocumentKeyValuesFilter$, f3 as DocumentLimitExceeded, f4 as DocumentLimitExceeded$, f5 as DocumentMetadataResponseInfo$, f6 as DocumentParameter$, f7 as DocumentPermissionLimit, f8 as DocumentPermissionLimit$, f9 as DocumentRequires$, fa as DocumentReviewCommentSource$, fb as DocumentReviewerResponseSource$, fc as DocumentReviews$, fd as DocumentVersionInfo$, fe as DocumentVersionLimitExceeded, ff as DocumentVersionLimitExceeded$, fg as DoesNotExistException, fh as DoesNotExistException$, fi as DuplicateDocumentContent, fj as DuplicateDocumentContent$, fk as DuplicateDocumentVersionName, fl as DuplicateDocumentVersionName$, fm as DuplicateInstanceId, fn as DuplicateInstanceId$, fo as EffectivePatch$, fp as ExecutionInputs$, fq as ExecutionPreview$, fr as FailedCreateAssociation$, fs as FailureDetails$, ft as FeatureNotAvailableException, fu as FeatureNotAvailableException$, fv as GetAccessTokenRequest$, fw as GetAccessTokenResponse$, j as GetAutomationExecution$, fx as GetAutomationExecutionRequest$, fy as GetAutomationExecutionResult$, fz as GetCalendarStateRequest$, fA as GetCalendarStateResponse$, fB as GetCloudConnectorRequest$, fC as GetCloudConnectorResult$, G as GetCommandInvocation$, fD as GetCommandInvocationRequest$, fE as GetCommandInvocationResult$, fF as GetConnectionStatusRequest$, fG as GetConnectionStatusResponse$, fH as GetDefaultPatchBaselineRequest$, fI as GetDefaultPatchBaselineResult$, fJ as GetDeployablePatchSnapshotForInstanceRequest$, fK as GetDeployablePatchSnapshotForInstanceResult$, fL as GetDocumentRequest$, fM as GetDocumentResult$, fN as GetExecutionPreviewRequest$, fO as GetExecutionPreviewResponse$, fP as GetInventoryRequest$, fQ as GetInventoryResult$, fR as GetInventorySchemaRequest$, fS as GetInventorySchemaResult$, fT as GetMaintenanceWindowExecutionRequest$, fU as GetMaintenanceWindowExecutionResult$, fV as GetMaintenanceWindowExecutionTaskInvocationRequest$, fW as GetMaintenanceWindowExecutionTaskInvocationResult$, fX as GetMaintenanceWindowExecutionTaskRequest$, fY as GetMaintenanceWindowExecutionTaskResult$, fZ as GetMaintenanceWindowRequest$, f_ as GetMaintenanceWindowResult$, f$ as GetMaintenanceWindowTaskRequest$, g0 as GetMaintenanceWindowTaskResult$, g1 as GetOpsItemRequest$, g2 as GetOpsItemResponse$, g3 as GetOpsMetadataRequest$, g4 as GetOpsMetadataResult$, g5 as GetOpsSummaryRequest$, g6 as GetOpsSummaryResult$, g7 as GetParameterHistoryRequest$, g8 as GetParameterHistoryResult$, g9 as GetParameterRequest$, ga as GetParameterResult$, gb as GetParametersByPathRequest$, gc as GetParametersByPathResult$, gd as GetParametersRequest$, ge as GetParametersResult$, gf as GetPatchBaselineForPatchGroupRequest$, gg as GetPatchBaselineForPatchGroupResult$, gh as GetPatchBaselineRequest$, gi as GetPatchBaselineResult$, gj as GetResourcePoliciesRequest$, gk as GetResourcePoliciesResponse$, gl as GetResourcePoliciesResponseEntry$, gm as GetServiceSettingRequest$, gn as GetServiceSettingResult$, go as HierarchyLevelLimitExceededException, gp as HierarchyLevelLimitExceededException$, gq as HierarchyTypeMismatchException, gr as HierarchyTypeMismatchException$, gs as IdempotentParameterMismatch, gt as IdempotentParameterMismatch$, gu as IncompatiblePolicyException, gv as IncompatiblePolicyException$, gw as InstanceAggregatedAssociationOverview$, gx as InstanceAssociation$, gy as InstanceAssociationOutputLocation$, gz as InstanceAssociationOutputUrl$, gA as InstanceAssociationStatusInfo$, gB as InstanceInfo$, gC as InstanceInformation$, gD as InstanceInformationFilter$, gE as InstanceInformationStringFilter$, gF as InstancePatchState$, gG as InstancePatchStateFilter$, gH as InstanceProperty$, gI as InstancePropertyFilter$, gJ as InstancePropertyStringFilter$, gK as InternalServerError, gL as InternalServerError$, gM as InvalidActivation, gN as InvalidActivation$, gO as InvalidActivationId, gP as InvalidActivationId$, gQ as InvalidAggregatorException, gR as InvalidAggregatorException$, gS as InvalidAllowedPatternException, gT as InvalidAllowedPatternException$, gU as InvalidAssociation, gV as InvalidAssociation$, gW as InvalidAssociationVersion, gX as InvalidAssociationVersion$, gY as InvalidAutomationExecutionParametersException, gZ as InvalidAutomationExecutionParametersException$, g_ as InvalidAutomationSignalException, g$ as InvalidAutomationSignalException$, h0 as InvalidAutomationStatusUpdateException, h1 as InvalidAutomationStatusUpdateException$, h2 as InvalidCommandId, h3 as InvalidCommandId$, h4 as InvalidDeleteInventoryParametersException, h5 as InvalidDeleteInventoryParametersException$, h6 as InvalidDeletionIdException, h7 as InvalidDeletionIdException$, h8 as InvalidDocument, h9 as InvalidDocument$, ha as InvalidDocumentContent, hb as InvalidDocumentContent$, hc as InvalidDocumentOperation, hd as InvalidDocumentOperation$, he as InvalidDocumentSchemaVersion, hf as InvalidDocumentSchemaVersion$, hg as InvalidDocumentType, hh as InvalidDocumentType$, hi as InvalidDocumentVersion, hj as InvalidDocumentVersion$, hk as InvalidFilter, hl as InvalidFilter$, hm as InvalidFilterKey, hn as InvalidFilterKey$, ho as InvalidFilterOption, hp as InvalidFilterOption$, hq as InvalidFilterValue, hr as InvalidFilterValue$, hs as InvalidInstanceId, ht as InvalidInstanceId$, hu as InvalidInstanceInformationFilterValue, hv as InvalidInstanceInformationFilterValue$, hw as InvalidInstancePropertyFilterValue, hx as InvalidInstancePropertyFilterValue$, hy as InvalidInventoryGroupException, hz as InvalidInventoryGroupException$, hA as InvalidInventoryItemContextException, hB as InvalidInventoryItemContextException$, hC as InvalidInventoryRequestException, hD as InvalidInventoryRequestException$, hE as InvalidItemContentException, hF as InvalidItemContentException$, hG as InvalidKeyId, hH as InvalidKeyId$, hI as InvalidNextToken, hJ as InvalidNextToken$, hK as InvalidNotificationConfig, hL as InvalidNotificationConfig$, hM as InvalidOptionException, hN as InvalidOptionException$, hO as InvalidOutputFolder, hP as InvalidOutputFolder$, hQ as InvalidOutputLocation, hR as InvalidOutputLocation$, hS as InvalidParameters, hT as InvalidParameters$, hU as InvalidPermissionType, hV as InvalidPermissionType$, hW as InvalidPluginName, hX as InvalidPluginName$, hY as InvalidPolicyAttributeException, hZ as InvalidPolicyAttributeException$, h_ as InvalidPolicyTypeException, h$ as InvalidPolicyTypeException$, i0 as InvalidResourceId, i1 as InvalidResourceId$, i2 as InvalidResourceType, i3 as InvalidResourceType$, i4 as InvalidResultAttributeException, i5 as InvalidResultAttributeException$, i6 as InvalidRole, i7 as InvalidRole$, i8 as InvalidSchedule, i9 as InvalidSchedule$, ia as InvalidTag, ib as InvalidTag$, ic as InvalidTarget, id as InvalidTarget$, ie as InvalidTargetMaps, ig as InvalidTargetMaps$, ih as InvalidTypeNameException, ii as InvalidTypeNameException$, ij as InvalidUpdate, ik as InvalidUpdate$, il as InventoryAggregator$, im as InventoryDeletionStatusItem$, io as InventoryDeletionSummary$, ip as InventoryDeletionSummaryItem$, iq as InventoryFilter$, ir as InventoryGroup$, is as InventoryItem$, it as InventoryItemAttribute$, iu as InventoryItemSchema$, iv as InventoryResultEntity$, iw as InventoryResultItem$, ix as InvocationDoesNotExist, iy as InvocationDoesNotExist$, iz as ItemContentMismatchException, iA as ItemContentMismatchException$, iB as ItemSizeLimitExceededException, iC as ItemSizeLimitExceededException$, iD as LabelParameterVersionRequest$, iE as LabelParameterVersionResult$, iF as ListAssociationVersionsRequest$, iG as ListAssociationVersionsResult$, iH as ListAssociationsRequest$, iI as ListAssociationsResult$, iJ as ListCloudConnectorsRequest$, iK as ListCloudConnectorsResult$, L as ListCommandInvocations$, iL as ListCommandInvocationsRequest$, iM as ListCommandInvocationsResult$, k as ListCommands$, iN as ListCommandsRequest$, iO as ListCommandsResult$, iP as ListComplianceItemsRequest$, iQ as ListComplianceItemsResult$, iR as ListComplianceSummariesRequest$, iS as ListComplianceSummariesResult$, iT as ListDocumentMetadataHistoryRequest$, iU as ListDocumentMetadataHistoryResponse$, iV as ListDocumentVersionsRequest$, iW as ListDocumentVersionsResult$, iX as ListDocumentsRequest$, iY as ListDocumentsResult$, iZ as ListInventoryEntriesRequest$, i_ as ListInventoryEntriesResult$, i$ as ListNodesRequest$, j0 as ListNodesResult$, j1 as ListNodesSummaryRequest$, j2 as ListNodesSummaryResult$, j3 as ListOpsItemEventsRequest$, j4 as ListOpsItemEventsResponse$, j5 as ListOpsItemRelatedItemsRequest$, j6 as ListOpsItemRelatedItemsResponse$, j7 as ListOpsMetadataRequest$, j8 as ListOpsMetadataResult$, j9 as ListResourceComplianceSummariesRequest$, ja as ListResourceComplianceSummariesResult$, jb as ListResourceDataSyncRequest$, jc as ListResourceDataSyncResult$, jd as ListTagsForResourceRequest$, je as ListTagsForResourceResult$, jf as LoggingInfo$, jg as MaintenanceWindowAutomationParameters$, jh as MaintenanceWindowExecution$, ji as MaintenanceWindowExecutionTaskIdentity$, jj as MaintenanceWindowExecutionTaskInvocationIdentity$, jk as MaintenanceWindowFilter$, jl as MaintenanceWindowIdentity$, jm as MaintenanceWindowIdentityForTarget$, jn as MaintenanceWindowLambdaParameters$, jo as MaintenanceWindowRunCommandParameters$, jp as MaintenanceWindowStepFunctionsParameters$, jq as MaintenanceWindowTarget$, jr as MaintenanceWindowTask$, js as MaintenanceWindowTaskInvocationParameters$, jt as MaintenanceWindowTaskParameterValueExpression$, ju as MalformedResourcePolicyDocumentException, jv as MalformedResourcePolicyDocumentException$, jw as MaxDocumentSizeExceeded, jx as MaxDocumentSizeExceeded$, jy as MetadataValue$, jz as ModifyDocumentPermissionRequest$, jA as ModifyDocumentPermissionResponse$, jB as NoLongerSupportedException, jC as NoLongerSupportedException$, jD as Node$, jE as NodeAggregator$, jF as NodeFilter$, jG as NodeOwnerInfo$, jH as NodeType$, jI as NonCompliantSummary$, jJ as NotificationConfig$, jK as OpsAggregator$, jL as OpsEntity$, jM as OpsEntityItem$, jN as OpsFilter$, jO as OpsItem$, jP as OpsItemAccessDeniedException, jQ as OpsItemAccessDeniedException$, jR as OpsItemAlreadyExistsException, jS as OpsItemAlreadyExistsException$, jT as OpsItemConflictException, jU as OpsItemConflictException$, jV as OpsItemDataValue$, jW as OpsItemEventFilter$, jX as OpsItemEventSummary$, jY as OpsItemFilter$, jZ as OpsItemIdentity$, j_ as OpsItemInvalidParameterException, j$ as OpsItemInvalidParameterException$, k0 as OpsItemLimitExceededException, k1 as OpsItemLimitExceededException$, k2 as OpsItemNotFoundException, k3 as OpsItemNotFoundException$, k4 as OpsItemNotification$, k5 as OpsItemRelatedItemAlreadyExistsException, k6 as OpsItemRelatedItemAlreadyExistsException$, k7 as OpsItemRelatedItemAssociationNotFoundException, k8 as OpsItemRelatedItemAssociationNotFoundException$, k9 as OpsItemRelatedItemSummary$, ka as OpsItemRelatedItemsFilter$, kb as OpsItemSummary$, kc as OpsMetadata$, kd as OpsMetadataAlreadyExistsException, ke as OpsMetadataAlreadyExistsException$, kf as OpsMetadataFilter$, kg as OpsMetadataInvalidArgumentException, kh as OpsMetadataInvalidArgumentException$, ki as OpsMetadataKeyLimitExceededException, kj as OpsMetadataKeyLimitExceededException$, kk as OpsMetadataLimitExceededException, kl as OpsMetadataLimitExceededException$, km as OpsMetadataNotFoundException, kn as OpsMetadataNotFoundException$, ko as OpsMetadataTooManyUpdatesException, kp as OpsMetadataTooManyUpdatesException$, kq as OpsResultAttribute$, kr as OutputSource$, ks as Parameter$, kt as ParameterAlreadyExists, ku as ParameterAlreadyExists$, kv as ParameterHistory$, kw as ParameterInlinePolicy$, kx as ParameterLimitExceeded, ky as ParameterLimitExceeded$, kz as ParameterMaxVersionLimitExceeded, kA as ParameterMaxVersionLimitExceeded$, kB as ParameterMetadata$, kC as ParameterNotFound, kD as ParameterNotFound$, kE as ParameterPatternMismatchException, kF as ParameterPatternMismatchException$, kG as ParameterStringFilter$, kH as ParameterVersionLabelLimitExceeded, kI as ParameterVersionLabelLimitExceeded$, kJ as ParameterVersionNotFound, kK as ParameterVersionNotFound$, kL as ParametersFilter$, kM as ParentStepDetails$, kN as Patch$, kO as PatchBaselineIdentity$, kP as PatchComplianceData$, kQ as PatchFilter$, kR as PatchFilterGroup$, kS as PatchGroupPatchBaselineMapping$, kT as PatchOrchestratorFilter$, kU as PatchRule$, kV as PatchRuleGroup$, kW as PatchSource$, kX as PatchStatus$, kY as PoliciesLimitExceededException, kZ as PoliciesLimitExceededException$, k_ as ProgressCounters$, k$ as PutComplianceItemsRequest$, l0 as PutComplianceItemsResult$, l1 as PutInventoryRequest$, l2 as PutInventoryResult$, l3 as PutParameterRequest$, l4 as PutParameterResult$, l5 as PutResourcePolicyRequest$, l6 as PutResourcePolicyResponse$, l7 as RegisterDefaultHostManagementConfigurationRequest$, l8 as RegisterDefaultHostManagementConfigurationResult$, l9 as RegisterDefaultPatchBaselineRequest$, la as RegisterDefaultPatchBaselineResult$, lb as RegisterPatchBaselineForPatchGroupRequest$, lc as RegisterPatchBaselineForPatchGroupResult$, ld as RegisterTargetWithMaintenanceWindowRequest$, le as RegisterTargetWithMaintenanceWindowResult$, lf as RegisterTaskWithMaintenanceWindowRequest$, lg as RegisterTaskWithMaintenanceWindowResult$, lh as RegistrationMetadataItem$, li as RelatedOpsItem$, lj as RemoveTagsFromResourceRequest$, lk as RemoveTagsFromResourceResult$, ll as ResetServiceSettingRequest$, lm as ResetServiceSettingResult$, ln as ResolvedTargets$, lo as ResourceComplianceSummaryItem$, lp as ResourceDataSyncAlreadyExistsException, lq as ResourceDataSyncAlreadyExistsException$, lr as ResourceDataSyncAwsOrganizationsSource$, ls as ResourceDataSyncConflictException, lt as ResourceDataSyncConflictException$, lu as ResourceDataSyncCountExceededException, lv as ResourceDataSyncCountExceededException$, lw as ResourceDataSyncDestinationDataSharing$, lx as ResourceDataSyncInvalidConfigurationException, ly as ResourceDataSyncInvalidConfigurationException$, lz as ResourceDataSyncItem$, lA as ResourceDataSyncNotFoundException, lB as ResourceDataSyncNotFoundException$, lC as ResourceDataSyncOrganizationalUnit$, lD as ResourceDataSyncS3Destination$, lE as ResourceDataSyncSource$, lF as ResourceDataSyncSourceWithState$, lG as ResourceInUseException, lH as ResourceInUseException$, lI as ResourceLimitExceededException, lJ as ResourceLimitExceededException$, lK as ResourceNotFoundException, lL as ResourceNotFoundException$, lM as ResourcePolicyConflictException, lN as ResourcePolicyConflictException$, lO as ResourcePolicyInvalidParameterException, lP as ResourcePolicyInvalidParameterException$, lQ as ResourcePolicyLimitExceededException, lR as ResourcePolicyLimitExceededException$, lS as ResourcePolicyNotFoundException, lT as ResourcePolicyNotFoundException$, lU as ResultAttribute$, lV as ResumeSessionRequest$, lW as ResumeSessionResponse$, lX as ReviewInformation$, lY as Runbook$, lZ as S3OutputLocation$, l_ as S3OutputUrl$, l$ as SSMServiceException, m0 as SSMServiceException$, m1 as ScheduledWindowExecution$, m2 as SendAutomationSignalRequest$, m3 as SendAutomationSignalResult$, S as SendCommand$, m4 as SendCommandRequest$, m5 as SendCommandResult$, m6 as ServiceQuotaExceededException, m7 as ServiceQuotaExceededException$, m8 as ServiceSetting$, m9 as ServiceSettingNotFound, ma as ServiceSettingNotFound$, mb as Session$, mc as SessionFilter$, md as SessionManagerOutputUrl$, me as SeveritySummary$, mf as StartAccessRequestRequest$, mg as StartAccessRequestResponse$, mh as StartAssociationsOnceRequest$, mi as StartAssociationsOnceResult$, f as StartAutomationExecution$, mj as StartAutomationExecutionRequest$, mk as StartAutomationExecutionResult$, ml as StartChangeRequestExecutionRequest$, mm as StartChangeRequestExecutionResult$, mn as StartExecutionPreviewRequest$, mo as StartExecutionPreviewResponse$, mp as StartSessionRequest$, mq as StartSessionResponse$, mr as StatusUnchanged, ms as StatusUnchanged$, mt as StepExecution$, mu as StepExecutionFilter$, g as StopAutomationExecution$, mv as StopAutomationExecutionRequest$, mw as StopAutomationExecutionResult$, mx as SubTypeCountLimitExceededException, my as SubTypeCountLimitExceededException$, mz as Tag$, mA as Target$, mB as TargetInUseException, mC as TargetInUseException$, mD as TargetLocation$, mE as TargetNotConnected, mF as TargetNotConnected$, mG as TargetPreview$, mH as TerminateSessionRequest$, mI as TerminateSessionResponse$, mJ as ThrottlingException, mK as ThrottlingException$, mL as TooManyTagsError, mM as TooManyTagsError$, mN as TooManyUpdates, mO as TooManyUpdates$, mP as TotalSizeLimitExceededException, mQ as TotalSizeLimitExceededException$, mR as UnlabelParameterVersionRequest$, mS as UnlabelParameterVersionResult$, mT as UnsupportedCalendarException, mU as UnsupportedCalendarException$, mV as UnsupportedFeatureRequiredException, mW as UnsupportedFeatureRequiredException$, mX as UnsupportedInventoryItemContextException, mY as UnsupportedInventoryItemContextException$, mZ as UnsupportedInventorySchemaVersionException, m_ as UnsupportedInventorySchemaVersionException$, m$ as UnsupportedOperatingSystem, n0 as UnsupportedOperatingSystem$, n1 as UnsupportedOperationException, n2 as UnsupportedOperationException$, n3 as UnsupportedParameterType, n4 as UnsupportedParameterType$, n5 as UnsupportedPlatformType, n6 as UnsupportedPlatformType$, n7 as UpdateAssociationRequest$, n8 as UpdateAssociationResult$, n9 as UpdateAssociationStatusRequest$, na as UpdateAssociationStatusResult$, nb as UpdateCloudConnectorRequest$, nc as UpdateCloudConnectorResult$, U as UpdateDocument$, d as UpdateDocumentDefaultVersion$, nd as UpdateDocumentDefaultVersionRequest$, ne as UpdateDocumentDefaultVersionResult$, nf as UpdateDocumentMetadataRequest$, ng as UpdateDocumentMetadataResponse$, nh as UpdateDocumentRequest$, ni as UpdateDocumentResult$, nj as UpdateMaintenanceWindowRequest$, nk as UpdateMaintenanceWindowResult$, nl as UpdateMaintenanceWindowTargetRequest$, nm as UpdateMaintenanceWindowTargetResult$, nn as UpdateMaintenanceWindowTaskRequest$, no as UpdateMaintenanceWindowTaskResult$, np as UpdateManagedInstanceRoleRequest$, nq as UpdateManagedInstanceRoleResult$, nr as UpdateOpsItemRequest$, ns as UpdateOpsItemResponse$, nt as UpdateOpsMetadataRequest$, nu as UpdateOpsMetadataResult$, nv as UpdatePatchBaselineRequest$, nw as UpdatePatchBaselineResult$, nx as UpdateResourceDataSyncRequest$, ny as UpdateResourceDataSyncResult$, nz as UpdateServiceSettingRequest$, nA as UpdateServiceSettingResult$, nB as ValidateCloudConnectorRequest$, nC as ValidateCloudConnectorResult$, nD as ValidationException, nE as ValidationException$, nF as ValidationFinding$, nG as ValidationFindingScope$, h as errorTypeRegistries } from './commandBuilder-RS78BTiN.js';
import { G as GetCommandInvocationCommand, p as paginateListCommandInvocations, S as StopAutomationExecutionCommand, b as StartAutomationExecutionCommand, a as SendCommandCommand, L as ListCommandInvocationsCommand, C as CancelCommandCommand } from './ListCommandInvocationsPaginator-BcAySnKo.js';
import { U as UpdateDocumentDefaultVersionCommand, a as UpdateDocumentCommand, D as DescribeDocumentCommand, C as CreateDocumentCommand } from './UpdateDocumentDefaultVersionCommand-CacUNFDX.js';
import { D as DescribeInstanceInformationCommand } from './DescribeInstanceInformationCommand-CSjkqi0v.js';
import { c as createPaginator } from './createPaginator-DU2FIZFW.js';
import { p as paginateListCommands, a as paginateDescribeAutomationExecutions } from './ListCommandsPaginator-Dl04gWPQ.js';
import { c as createWaiter, a as checkExceptions, W as WaiterState } from './createWaiter-oGrz_7lj.js';
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
import './getDefaultSocketTimeout-DL-CUiQe.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import 'node:fs';
import 'node:process';

class AddTagsToResourceCommand extends command(_ep0, _mw0, "AddTagsToResource", AddTagsToResource$) {
}

class AssociateOpsItemRelatedItemCommand extends command(_ep0, _mw0, "AssociateOpsItemRelatedItem", AssociateOpsItemRelatedItem$) {
}

class CancelMaintenanceWindowExecutionCommand extends command(_ep0, _mw0, "CancelMaintenanceWindowExecution", CancelMaintenanceWindowExecution$) {
}

class CreateActivationCommand extends command(_ep0, _mw0, "CreateActivation", CreateActivation$) {
}

class CreateAssociationBatchCommand extends command(_ep0, _mw0, "CreateAssociationBatch", CreateAssociationBatch$) {
}

class CreateAssociationCommand extends command(_ep0, _mw0, "CreateAssociation", CreateAssociation$) {
}

class CreateCloudConnectorCommand extends command(_ep0, _mw0, "CreateCloudConnector", CreateCloudConnector$) {
}

class CreateMaintenanceWindowCommand extends command(_ep0, _mw0, "CreateMaintenanceWindow", CreateMaintenanceWindow$) {
}

class CreateOpsItemCommand extends command(_ep0, _mw0, "CreateOpsItem", CreateOpsItem$) {
}

class CreateOpsMetadataCommand extends command(_ep0, _mw0, "CreateOpsMetadata", CreateOpsMetadata$) {
}

class CreatePatchBaselineCommand extends command(_ep0, _mw0, "CreatePatchBaseline", CreatePatchBaseline$) {
}

class CreateResourceDataSyncCommand extends command(_ep0, _mw0, "CreateResourceDataSync", CreateResourceDataSync$) {
}

class DeleteActivationCommand extends command(_ep0, _mw0, "DeleteActivation", DeleteActivation$) {
}

class DeleteAssociationCommand extends command(_ep0, _mw0, "DeleteAssociation", DeleteAssociation$) {
}

class DeleteCloudConnectorCommand extends command(_ep0, _mw0, "DeleteCloudConnector", DeleteCloudConnector$) {
}

class DeleteDocumentCommand extends command(_ep0, _mw0, "DeleteDocument", DeleteDocument$) {
}

class DeleteInventoryCommand extends command(_ep0, _mw0, "DeleteInventory", DeleteInventory$) {
}

class DeleteMaintenanceWindowCommand extends command(_ep0, _mw0, "DeleteMaintenanceWindow", DeleteMaintenanceWindow$) {
}

class DeleteOpsItemCommand extends command(_ep0, _mw0, "DeleteOpsItem", DeleteOpsItem$) {
}

class DeleteOpsMetadataCommand extends command(_ep0, _mw0, "DeleteOpsMetadata", DeleteOpsMetadata$) {
}

class DeleteParameterCommand extends command(_ep0, _mw0, "DeleteParameter", DeleteParameter$) {
}

class DeleteParametersCommand extends command(_ep0, _mw0, "DeleteParameters", DeleteParameters$) {
}

class DeletePatchBaselineCommand extends command(_ep0, _mw0, "DeletePatchBaseline", DeletePatchBaseline$) {
}

class DeleteResourceDataSyncCommand extends command(_ep0, _mw0, "DeleteResourceDataSync", DeleteResourceDataSync$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DeregisterDefaultHostManagementConfigurationCommand extends command(_ep0, _mw0, "DeregisterDefaultHostManagementConfiguration", DeregisterDefaultHostManagementConfiguration$) {
}

class DeregisterManagedInstanceCommand extends command(_ep0, _mw0, "DeregisterManagedInstance", DeregisterManagedInstance$) {
}

class DeregisterPatchBaselineForPatchGroupCommand extends command(_ep0, _mw0, "DeregisterPatchBaselineForPatchGroup", DeregisterPatchBaselineForPatchGroup$) {
}

class DeregisterTargetFromMaintenanceWindowCommand extends command(_ep0, _mw0, "DeregisterTargetFromMaintenanceWindow", DeregisterTargetFromMaintenanceWindow$) {
}

class DeregisterTaskFromMaintenanceWindowCommand extends command(_ep0, _mw0, "DeregisterTaskFromMaintenanceWindow", DeregisterTaskFromMaintenanceWindow$) {
}

class DescribeActivationsCommand extends command(_ep0, _mw0, "DescribeActivations", DescribeActivations$) {
}

class DescribeAssociationCommand extends command(_ep0, _mw0, "DescribeAssociation", DescribeAssociation$) {
}

class DescribeAssociationExecutionsCommand extends command(_ep0, _mw0, "DescribeAssociationExecutions", DescribeAssociationExecutions$) {
}

class DescribeAssociationExecutionTargetsCommand extends command(_ep0, _mw0, "DescribeAssociationExecutionTargets", DescribeAssociationExecutionTargets$) {
}

class DescribeAutomationStepExecutionsCommand extends command(_ep0, _mw0, "DescribeAutomationStepExecutions", DescribeAutomationStepExecutions$) {
}

class DescribeAvailablePatchesCommand extends command(_ep0, _mw0, "DescribeAvailablePatches", DescribeAvailablePatches$) {
}

class DescribeDocumentPermissionCommand extends command(_ep0, _mw0, "DescribeDocumentPermission", DescribeDocumentPermission$) {
}

class DescribeEffectiveInstanceAssociationsCommand extends command(_ep0, _mw0, "DescribeEffectiveInstanceAssociations", DescribeEffectiveInstanceAssociations$) {
}

class DescribeEffectivePatchesForPatchBaselineCommand extends command(_ep0, _mw0, "DescribeEffectivePatchesForPatchBaseline", DescribeEffectivePatchesForPatchBaseline$) {
}

class DescribeInstanceAssociationsStatusCommand extends command(_ep0, _mw0, "DescribeInstanceAssociationsStatus", DescribeInstanceAssociationsStatus$) {
}

class DescribeInstancePatchesCommand extends command(_ep0, _mw0, "DescribeInstancePatches", DescribeInstancePatches$) {
}

class DescribeInstancePatchStatesCommand extends command(_ep0, _mw0, "DescribeInstancePatchStates", DescribeInstancePatchStates$) {
}

class DescribeInstancePatchStatesForPatchGroupCommand extends command(_ep0, _mw0, "DescribeInstancePatchStatesForPatchGroup", DescribeInstancePatchStatesForPatchGroup$) {
}

class DescribeInstancePropertiesCommand extends command(_ep0, _mw0, "DescribeInstanceProperties", DescribeInstanceProperties$) {
}

class DescribeInventoryDeletionsCommand extends command(_ep0, _mw0, "DescribeInventoryDeletions", DescribeInventoryDeletions$) {
}

class DescribeMaintenanceWindowExecutionsCommand extends command(_ep0, _mw0, "DescribeMaintenanceWindowExecutions", DescribeMaintenanceWindowExecutions$) {
}

class DescribeMaintenanceWindowExecutionTaskInvocationsCommand extends command(_ep0, _mw0, "DescribeMaintenanceWindowExecutionTaskInvocations", DescribeMaintenanceWindowExecutionTaskInvocations$) {
}

class DescribeMaintenanceWindowExecutionTasksCommand extends command(_ep0, _mw0, "DescribeMaintenanceWindowExecutionTasks", DescribeMaintenanceWindowExecutionTasks$) {
}

class DescribeMaintenanceWindowScheduleCommand extends command(_ep0, _mw0, "DescribeMaintenanceWindowSchedule", DescribeMaintenanceWindowSchedule$) {
}

class DescribeMaintenanceWindowsCommand extends command(_ep0, _mw0, "DescribeMaintenanceWindows", DescribeMaintenanceWindows$) {
}

class DescribeMaintenanceWindowsForTargetCommand extends command(_ep0, _mw0, "DescribeMaintenanceWindowsForTarget", DescribeMaintenanceWindowsForTarget$) {
}

class DescribeMaintenanceWindowTargetsCommand extends command(_ep0, _mw0, "DescribeMaintenanceWindowTargets", DescribeMaintenanceWindowTargets$) {
}

class DescribeMaintenanceWindowTasksCommand extends command(_ep0, _mw0, "DescribeMaintenanceWindowTasks", DescribeMaintenanceWindowTasks$) {
}

class DescribeOpsItemsCommand extends command(_ep0, _mw0, "DescribeOpsItems", DescribeOpsItems$) {
}

class DescribeParametersCommand extends command(_ep0, _mw0, "DescribeParameters", DescribeParameters$) {
}

class DescribePatchBaselinesCommand extends command(_ep0, _mw0, "DescribePatchBaselines", DescribePatchBaselines$) {
}

class DescribePatchGroupsCommand extends command(_ep0, _mw0, "DescribePatchGroups", DescribePatchGroups$) {
}

class DescribePatchGroupStateCommand extends command(_ep0, _mw0, "DescribePatchGroupState", DescribePatchGroupState$) {
}

class DescribePatchPropertiesCommand extends command(_ep0, _mw0, "DescribePatchProperties", DescribePatchProperties$) {
}

class DescribeSessionsCommand extends command(_ep0, _mw0, "DescribeSessions", DescribeSessions$) {
}

class DisassociateOpsItemRelatedItemCommand extends command(_ep0, _mw0, "DisassociateOpsItemRelatedItem", DisassociateOpsItemRelatedItem$) {
}

class GetAccessTokenCommand extends command(_ep0, _mw0, "GetAccessToken", GetAccessToken$) {
}

class GetCalendarStateCommand extends command(_ep0, _mw0, "GetCalendarState", GetCalendarState$) {
}

class GetCloudConnectorCommand extends command(_ep0, _mw0, "GetCloudConnector", GetCloudConnector$) {
}

class GetConnectionStatusCommand extends command(_ep0, _mw0, "GetConnectionStatus", GetConnectionStatus$) {
}

class GetDefaultPatchBaselineCommand extends command(_ep0, _mw0, "GetDefaultPatchBaseline", GetDefaultPatchBaseline$) {
}

class GetDeployablePatchSnapshotForInstanceCommand extends command(_ep0, _mw0, "GetDeployablePatchSnapshotForInstance", GetDeployablePatchSnapshotForInstance$) {
}

class GetDocumentCommand extends command(_ep0, _mw0, "GetDocument", GetDocument$) {
}

class GetExecutionPreviewCommand extends command(_ep0, _mw0, "GetExecutionPreview", GetExecutionPreview$) {
}

class GetInventoryCommand extends command(_ep0, _mw0, "GetInventory", GetInventory$) {
}

class GetInventorySchemaCommand extends command(_ep0, _mw0, "GetInventorySchema", GetInventorySchema$) {
}

class GetMaintenanceWindowCommand extends command(_ep0, _mw0, "GetMaintenanceWindow", GetMaintenanceWindow$) {
}

class GetMaintenanceWindowExecutionCommand extends command(_ep0, _mw0, "GetMaintenanceWindowExecution", GetMaintenanceWindowExecution$) {
}

class GetMaintenanceWindowExecutionTaskCommand extends command(_ep0, _mw0, "GetMaintenanceWindowExecutionTask", GetMaintenanceWindowExecutionTask$) {
}

class GetMaintenanceWindowExecutionTaskInvocationCommand extends command(_ep0, _mw0, "GetMaintenanceWindowExecutionTaskInvocation", GetMaintenanceWindowExecutionTaskInvocation$) {
}

class GetMaintenanceWindowTaskCommand extends command(_ep0, _mw0, "GetMaintenanceWindowTask", GetMaintenanceWindowTask$) {
}

class GetOpsItemCommand extends command(_ep0, _mw0, "GetOpsItem", GetOpsItem$) {
}

class GetOpsMetadataCommand extends command(_ep0, _mw0, "GetOpsMetadata", GetOpsMetadata$) {
}

class GetOpsSummaryCommand extends command(_ep0, _mw0, "GetOpsSummary", GetOpsSummary$) {
}

class GetParameterCommand extends command(_ep0, _mw0, "GetParameter", GetParameter$) {
}

class GetParameterHistoryCommand extends command(_ep0, _mw0, "GetParameterHistory", GetParameterHistory$) {
}

class GetParametersByPathCommand extends command(_ep0, _mw0, "GetParametersByPath", GetParametersByPath$) {
}

class GetParametersCommand extends command(_ep0, _mw0, "GetParameters", GetParameters$) {
}

class GetPatchBaselineCommand extends command(_ep0, _mw0, "GetPatchBaseline", GetPatchBaseline$) {
}

class GetPatchBaselineForPatchGroupCommand extends command(_ep0, _mw0, "GetPatchBaselineForPatchGroup", GetPatchBaselineForPatchGroup$) {
}

class GetResourcePoliciesCommand extends command(_ep0, _mw0, "GetResourcePolicies", GetResourcePolicies$) {
}

class GetServiceSettingCommand extends command(_ep0, _mw0, "GetServiceSetting", GetServiceSetting$) {
}

class LabelParameterVersionCommand extends command(_ep0, _mw0, "LabelParameterVersion", LabelParameterVersion$) {
}

class ListAssociationsCommand extends command(_ep0, _mw0, "ListAssociations", ListAssociations$) {
}

class ListAssociationVersionsCommand extends command(_ep0, _mw0, "ListAssociationVersions", ListAssociationVersions$) {
}

class ListCloudConnectorsCommand extends command(_ep0, _mw0, "ListCloudConnectors", ListCloudConnectors$) {
}

class ListComplianceItemsCommand extends command(_ep0, _mw0, "ListComplianceItems", ListComplianceItems$) {
}

class ListComplianceSummariesCommand extends command(_ep0, _mw0, "ListComplianceSummaries", ListComplianceSummaries$) {
}

class ListDocumentMetadataHistoryCommand extends command(_ep0, _mw0, "ListDocumentMetadataHistory", ListDocumentMetadataHistory$) {
}

class ListDocumentsCommand extends command(_ep0, _mw0, "ListDocuments", ListDocuments$) {
}

class ListDocumentVersionsCommand extends command(_ep0, _mw0, "ListDocumentVersions", ListDocumentVersions$) {
}

class ListInventoryEntriesCommand extends command(_ep0, _mw0, "ListInventoryEntries", ListInventoryEntries$) {
}

class ListNodesCommand extends command(_ep0, _mw0, "ListNodes", ListNodes$) {
}

class ListNodesSummaryCommand extends command(_ep0, _mw0, "ListNodesSummary", ListNodesSummary$) {
}

class ListOpsItemEventsCommand extends command(_ep0, _mw0, "ListOpsItemEvents", ListOpsItemEvents$) {
}

class ListOpsItemRelatedItemsCommand extends command(_ep0, _mw0, "ListOpsItemRelatedItems", ListOpsItemRelatedItems$) {
}

class ListOpsMetadataCommand extends command(_ep0, _mw0, "ListOpsMetadata", ListOpsMetadata$) {
}

class ListResourceComplianceSummariesCommand extends command(_ep0, _mw0, "ListResourceComplianceSummaries", ListResourceComplianceSummaries$) {
}

class ListResourceDataSyncCommand extends command(_ep0, _mw0, "ListResourceDataSync", ListResourceDataSync$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ModifyDocumentPermissionCommand extends command(_ep0, _mw0, "ModifyDocumentPermission", ModifyDocumentPermission$) {
}

class PutComplianceItemsCommand extends command(_ep0, _mw0, "PutComplianceItems", PutComplianceItems$) {
}

class PutInventoryCommand extends command(_ep0, _mw0, "PutInventory", PutInventory$) {
}

class PutParameterCommand extends command(_ep0, _mw0, "PutParameter", PutParameter$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class RegisterDefaultHostManagementConfigurationCommand extends command(_ep0, _mw0, "RegisterDefaultHostManagementConfiguration", RegisterDefaultHostManagementConfiguration$) {
}

class RegisterDefaultPatchBaselineCommand extends command(_ep0, _mw0, "RegisterDefaultPatchBaseline", RegisterDefaultPatchBaseline$) {
}

class RegisterPatchBaselineForPatchGroupCommand extends command(_ep0, _mw0, "RegisterPatchBaselineForPatchGroup", RegisterPatchBaselineForPatchGroup$) {
}

class RegisterTargetWithMaintenanceWindowCommand extends command(_ep0, _mw0, "RegisterTargetWithMaintenanceWindow", RegisterTargetWithMaintenanceWindow$) {
}

class RegisterTaskWithMaintenanceWindowCommand extends command(_ep0, _mw0, "RegisterTaskWithMaintenanceWindow", RegisterTaskWithMaintenanceWindow$) {
}

class RemoveTagsFromResourceCommand extends command(_ep0, _mw0, "RemoveTagsFromResource", RemoveTagsFromResource$) {
}

class ResetServiceSettingCommand extends command(_ep0, _mw0, "ResetServiceSetting", ResetServiceSetting$) {
}

class ResumeSessionCommand extends command(_ep0, _mw0, "ResumeSession", ResumeSession$) {
}

class SendAutomationSignalCommand extends command(_ep0, _mw0, "SendAutomationSignal", SendAutomationSignal$) {
}

class StartAccessRequestCommand extends command(_ep0, _mw0, "StartAccessRequest", StartAccessRequest$) {
}

class StartAssociationsOnceCommand extends command(_ep0, _mw0, "StartAssociationsOnce", StartAssociationsOnce$) {
}

class StartChangeRequestExecutionCommand extends command(_ep0, _mw0, "StartChangeRequestExecution", StartChangeRequestExecution$) {
}

class StartExecutionPreviewCommand extends command(_ep0, _mw0, "StartExecutionPreview", StartExecutionPreview$) {
}

class StartSessionCommand extends command(_ep0, _mw0, "StartSession", StartSession$) {
}

class TerminateSessionCommand extends command(_ep0, _mw0, "TerminateSession", TerminateSession$) {
}

class UnlabelParameterVersionCommand extends command(_ep0, _mw0, "UnlabelParameterVersion", UnlabelParameterVersion$) {
}

class UpdateAssociationCommand extends command(_ep0, _mw0, "UpdateAssociation", UpdateAssociation$) {
}

class UpdateAssociationStatusCommand extends command(_ep0, _mw0, "UpdateAssociationStatus", UpdateAssociationStatus$) {
}

class UpdateCloudConnectorCommand extends command(_ep0, _mw0, "UpdateCloudConnector", UpdateCloudConnector$) {
}

class UpdateDocumentMetadataCommand extends command(_ep0, _mw0, "UpdateDocumentMetadata", UpdateDocumentMetadata$) {
}

class UpdateMaintenanceWindowCommand extends command(_ep0, _mw0, "UpdateMaintenanceWindow", UpdateMaintenanceWindow$) {
}

class UpdateMaintenanceWindowTargetCommand extends command(_ep0, _mw0, "UpdateMaintenanceWindowTarget", UpdateMaintenanceWindowTarget$) {
}

class UpdateMaintenanceWindowTaskCommand extends command(_ep0, _mw0, "UpdateMaintenanceWindowTask", UpdateMaintenanceWindowTask$) {
}

class UpdateManagedInstanceRoleCommand extends command(_ep0, _mw0, "UpdateManagedInstanceRole", UpdateManagedInstanceRole$) {
}

class UpdateOpsItemCommand extends command(_ep0, _mw0, "UpdateOpsItem", UpdateOpsItem$) {
}

class UpdateOpsMetadataCommand extends command(_ep0, _mw0, "UpdateOpsMetadata", UpdateOpsMetadata$) {
}

class UpdatePatchBaselineCommand extends command(_ep0, _mw0, "UpdatePatchBaseline", UpdatePatchBaseline$) {
}

class UpdateResourceDataSyncCommand extends command(_ep0, _mw0, "UpdateResourceDataSync", UpdateResourceDataSync$) {
}

class UpdateServiceSettingCommand extends command(_ep0, _mw0, "UpdateServiceSetting", UpdateServiceSetting$) {
}

class ValidateCloudConnectorCommand extends command(_ep0, _mw0, "ValidateCloudConnector", ValidateCloudConnector$) {
}

const paginateDescribeActivations = createPaginator(SSMClient, DescribeActivationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeAssociationExecutions = createPaginator(SSMClient, DescribeAssociationExecutionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeAssociationExecutionTargets = createPaginator(SSMClient, DescribeAssociationExecutionTargetsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeAutomationStepExecutions = createPaginator(SSMClient, DescribeAutomationStepExecutionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeAvailablePatches = createPaginator(SSMClient, DescribeAvailablePatchesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeEffectiveInstanceAssociations = createPaginator(SSMClient, DescribeEffectiveInstanceAssociationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeEffectivePatchesForPatchBaseline = createPaginator(SSMClient, DescribeEffectivePatchesForPatchBaselineCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeInstanceAssociationsStatus = createPaginator(SSMClient, DescribeInstanceAssociationsStatusCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeInstanceInformation = createPaginator(SSMClient, DescribeInstanceInformationCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeInstancePatches = createPaginator(SSMClient, DescribeInstancePatchesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeInstancePatchStatesForPatchGroup = createPaginator(SSMClient, DescribeInstancePatchStatesForPatchGroupCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeInstancePatchStates = createPaginator(SSMClient, DescribeInstancePatchStatesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeInstanceProperties = createPaginator(SSMClient, DescribeInstancePropertiesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeInventoryDeletions = createPaginator(SSMClient, DescribeInventoryDeletionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeMaintenanceWindowExecutions = createPaginator(SSMClient, DescribeMaintenanceWindowExecutionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeMaintenanceWindowExecutionTaskInvocations = createPaginator(SSMClient, DescribeMaintenanceWindowExecutionTaskInvocationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeMaintenanceWindowExecutionTasks = createPaginator(SSMClient, DescribeMaintenanceWindowExecutionTasksCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeMaintenanceWindowSchedule = createPaginator(SSMClient, DescribeMaintenanceWindowScheduleCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeMaintenanceWindowsForTarget = createPaginator(SSMClient, DescribeMaintenanceWindowsForTargetCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeMaintenanceWindows = createPaginator(SSMClient, DescribeMaintenanceWindowsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeMaintenanceWindowTargets = createPaginator(SSMClient, DescribeMaintenanceWindowTargetsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeMaintenanceWindowTasks = createPaginator(SSMClient, DescribeMaintenanceWindowTasksCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeOpsItems = createPaginator(SSMClient, DescribeOpsItemsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeParameters = createPaginator(SSMClient, DescribeParametersCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribePatchBaselines = createPaginator(SSMClient, DescribePatchBaselinesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribePatchGroups = createPaginator(SSMClient, DescribePatchGroupsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribePatchProperties = createPaginator(SSMClient, DescribePatchPropertiesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeSessions = createPaginator(SSMClient, DescribeSessionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetInventory = createPaginator(SSMClient, GetInventoryCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetInventorySchema = createPaginator(SSMClient, GetInventorySchemaCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetOpsSummary = createPaginator(SSMClient, GetOpsSummaryCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetParameterHistory = createPaginator(SSMClient, GetParameterHistoryCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetParametersByPath = createPaginator(SSMClient, GetParametersByPathCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetResourcePolicies = createPaginator(SSMClient, GetResourcePoliciesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListAssociations = createPaginator(SSMClient, ListAssociationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListAssociationVersions = createPaginator(SSMClient, ListAssociationVersionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListCloudConnectors = createPaginator(SSMClient, ListCloudConnectorsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListComplianceItems = createPaginator(SSMClient, ListComplianceItemsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListComplianceSummaries = createPaginator(SSMClient, ListComplianceSummariesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDocuments = createPaginator(SSMClient, ListDocumentsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDocumentVersions = createPaginator(SSMClient, ListDocumentVersionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListNodes = createPaginator(SSMClient, ListNodesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListNodesSummary = createPaginator(SSMClient, ListNodesSummaryCommand, "NextToken", "NextToken", "MaxResults");

const paginateListOpsItemEvents = createPaginator(SSMClient, ListOpsItemEventsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListOpsItemRelatedItems = createPaginator(SSMClient, ListOpsItemRelatedItemsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListOpsMetadata = createPaginator(SSMClient, ListOpsMetadataCommand, "NextToken", "NextToken", "MaxResults");

const paginateListResourceComplianceSummaries = createPaginator(SSMClient, ListResourceComplianceSummariesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListResourceDataSync = createPaginator(SSMClient, ListResourceDataSyncCommand, "NextToken", "NextToken", "MaxResults");

const paginateValidateCloudConnector = createPaginator(SSMClient, ValidateCloudConnectorCommand, "NextToken", "NextToken", "MaxResults");

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetCommandInvocationCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Pending") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "InProgress") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Delayed") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Success") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Cancelled") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "TimedOut") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Failed") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "Cancelling") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "InvocationDoesNotExist") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForCommandExecuted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilCommandExecuted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AddTagsToResourceCommand,
    AssociateOpsItemRelatedItemCommand,
    CancelCommandCommand,
    CancelMaintenanceWindowExecutionCommand,
    CreateActivationCommand,
    CreateAssociationCommand,
    CreateAssociationBatchCommand,
    CreateCloudConnectorCommand,
    CreateDocumentCommand,
    CreateMaintenanceWindowCommand,
    CreateOpsItemCommand,
    CreateOpsMetadataCommand,
    CreatePatchBaselineCommand,
    CreateResourceDataSyncCommand,
    DeleteActivationCommand,
    DeleteAssociationCommand,
    DeleteCloudConnectorCommand,
    DeleteDocumentCommand,
    DeleteInventoryCommand,
    DeleteMaintenanceWindowCommand,
    DeleteOpsItemCommand,
    DeleteOpsMetadataCommand,
    DeleteParameterCommand,
    DeleteParametersCommand,
    DeletePatchBaselineCommand,
    DeleteResourceDataSyncCommand,
    DeleteResourcePolicyCommand,
    DeregisterDefaultHostManagementConfigurationCommand,
    DeregisterManagedInstanceCommand,
    DeregisterPatchBaselineForPatchGroupCommand,
    DeregisterTargetFromMaintenanceWindowCommand,
    DeregisterTaskFromMaintenanceWindowCommand,
    DescribeActivationsCommand,
    DescribeAssociationCommand,
    DescribeAssociationExecutionsCommand,
    DescribeAssociationExecutionTargetsCommand,
    DescribeAutomationExecutionsCommand,
    DescribeAutomationStepExecutionsCommand,
    DescribeAvailablePatchesCommand,
    DescribeDocumentCommand,
    DescribeDocumentPermissionCommand,
    DescribeEffectiveInstanceAssociationsCommand,
    DescribeEffectivePatchesForPatchBaselineCommand,
    DescribeInstanceAssociationsStatusCommand,
    DescribeInstanceInformationCommand,
    DescribeInstancePatchesCommand,
    DescribeInstancePatchStatesCommand,
    DescribeInstancePatchStatesForPatchGroupCommand,
    DescribeInstancePropertiesCommand,
    DescribeInventoryDeletionsCommand,
    DescribeMaintenanceWindowExecutionsCommand,
    DescribeMaintenanceWindowExecutionTaskInvocationsCommand,
    DescribeMaintenanceWindowExecutionTasksCommand,
    DescribeMaintenanceWindowsCommand,
    DescribeMaintenanceWindowScheduleCommand,
    DescribeMaintenanceWindowsForTargetCommand,
    DescribeMaintenanceWindowTargetsCommand,
    DescribeMaintenanceWindowTasksCommand,
    DescribeOpsItemsCommand,
    DescribeParametersCommand,
    DescribePatchBaselinesCommand,
    DescribePatchGroupsCommand,
    DescribePatchGroupStateCommand,
    DescribePatchPropertiesCommand,
    DescribeSessionsCommand,
    DisassociateOpsItemRelatedItemCommand,
    GetAccessTokenCommand,
    GetAutomationExecutionCommand,
    GetCalendarStateCommand,
    GetCloudConnectorCommand,
    GetCommandInvocationCommand,
    GetConnectionStatusCommand,
    GetDefaultPatchBaselineCommand,
    GetDeployablePatchSnapshotForInstanceCommand,
    GetDocumentCommand,
    GetExecutionPreviewCommand,
    GetInventoryCommand,
    GetInventorySchemaCommand,
    GetMaintenanceWindowCommand,
    GetMaintenanceWindowExecutionCommand,
    GetMaintenanceWindowExecutionTaskCommand,
    GetMaintenanceWindowExecutionTaskInvocationCommand,
    GetMaintenanceWindowTaskCommand,
    GetOpsItemCommand,
    GetOpsMetadataCommand,
    GetOpsSummaryCommand,
    GetParameterCommand,
    GetParameterHistoryCommand,
    GetParametersCommand,
    GetParametersByPathCommand,
    GetPatchBaselineCommand,
    GetPatchBaselineForPatchGroupCommand,
    GetResourcePoliciesCommand,
    GetServiceSettingCommand,
    LabelParameterVersionCommand,
    ListAssociationsCommand,
    ListAssociationVersionsCommand,
    ListCloudConnectorsCommand,
    ListCommandInvocationsCommand,
    ListCommandsCommand,
    ListComplianceItemsCommand,
    ListComplianceSummariesCommand,
    ListDocumentMetadataHistoryCommand,
    ListDocumentsCommand,
    ListDocumentVersionsCommand,
    ListInventoryEntriesCommand,
    ListNodesCommand,
    ListNodesSummaryCommand,
    ListOpsItemEventsCommand,
    ListOpsItemRelatedItemsCommand,
    ListOpsMetadataCommand,
    ListResourceComplianceSummariesCommand,
    ListResourceDataSyncCommand,
    ListTagsForResourceCommand,
    ModifyDocumentPermissionCommand,
    PutComplianceItemsCommand,
    PutInventoryCommand,
    PutParameterCommand,
    PutResourcePolicyCommand,
    RegisterDefaultHostManagementConfigurationCommand,
    RegisterDefaultPatchBaselineCommand,
    RegisterPatchBaselineForPatchGroupCommand,
    RegisterTargetWithMaintenanceWindowCommand,
    RegisterTaskWithMaintenanceWindowCommand,
    RemoveTagsFromResourceCommand,
    ResetServiceSettingCommand,
    ResumeSessionCommand,
    SendAutomationSignalCommand,
    SendCommandCommand,
    StartAccessRequestCommand,
    StartAssociationsOnceCommand,
    StartAutomationExecutionCommand,
    StartChangeRequestExecutionCommand,
    StartExecutionPreviewCommand,
    StartSessionCommand,
    StopAutomationExecutionCommand,
    TerminateSessionCommand,
    UnlabelParameterVersionCommand,
    UpdateAssociationCommand,
    UpdateAssociationStatusCommand,
    UpdateCloudConnectorCommand,
    UpdateDocumentCommand,
    UpdateDocumentDefaultVersionCommand,
    UpdateDocumentMetadataCommand,
    UpdateMaintenanceWindowCommand,
    UpdateMaintenanceWindowTargetCommand,
    UpdateMaintenanceWindowTaskCommand,
    UpdateManagedInstanceRoleCommand,
    UpdateOpsItemCommand,
    UpdateOpsMetadataCommand,
    UpdatePatchBaselineCommand,
    UpdateResourceDataSyncCommand,
    UpdateServiceSettingCommand,
    ValidateCloudConnectorCommand,
};
const paginators = {
    paginateDescribeActivations,
    paginateDescribeAssociationExecutions,
    paginateDescribeAssociationExecutionTargets,
    paginateDescribeAutomationExecutions,
    paginateDescribeAutomationStepExecutions,
    paginateDescribeAvailablePatches,
    paginateDescribeEffectiveInstanceAssociations,
    paginateDescribeEffectivePatchesForPatchBaseline,
    paginateDescribeInstanceAssociationsStatus,
    paginateDescribeInstanceInformation,
    paginateDescribeInstancePatches,
    paginateDescribeInstancePatchStates,
    paginateDescribeInstancePatchStatesForPatchGroup,
    paginateDescribeInstanceProperties,
    paginateDescribeInventoryDeletions,
    paginateDescribeMaintenanceWindowExecutions,
    paginateDescribeMaintenanceWindowExecutionTaskInvocations,
    paginateDescribeMaintenanceWindowExecutionTasks,
    paginateDescribeMaintenanceWindows,
    paginateDescribeMaintenanceWindowSchedule,
    paginateDescribeMaintenanceWindowsForTarget,
    paginateDescribeMaintenanceWindowTargets,
    paginateDescribeMaintenanceWindowTasks,
    paginateDescribeOpsItems,
    paginateDescribeParameters,
    paginateDescribePatchBaselines,
    paginateDescribePatchGroups,
    paginateDescribePatchProperties,
    paginateDescribeSessions,
    paginateGetInventory,
    paginateGetInventorySchema,
    paginateGetOpsSummary,
    paginateGetParameterHistory,
    paginateGetParametersByPath,
    paginateGetResourcePolicies,
    paginateListAssociations,
    paginateListAssociationVersions,
    paginateListCloudConnectors,
    paginateListCommandInvocations,
    paginateListCommands,
    paginateListComplianceItems,
    paginateListComplianceSummaries,
    paginateListDocuments,
    paginateListDocumentVersions,
    paginateListNodes,
    paginateListNodesSummary,
    paginateListOpsItemEvents,
    paginateListOpsItemRelatedItems,
    paginateListOpsMetadata,
    paginateListResourceComplianceSummaries,
    paginateListResourceDataSync,
    paginateValidateCloudConnector,
};
const waiters = {
    waitUntilCommandExecuted,
};
class SSM extends SSMClient {
}
createAggregatedClient(commands, SSM, { paginators, waiters });

const AccessRequestStatus = {
    APPROVED: "Approved",
    EXPIRED: "Expired",
    PENDING: "Pending",
    REJECTED: "Rejected",
    REVOKED: "Revoked",
};
const AccessType = {
    JUSTINTIME: "JustInTime",
    STANDARD: "Standard",
};
const ResourceTypeForTagging = {
    ASSOCIATION: "Association",
    AUTOMATION: "Automation",
    CLOUD_CONNECTOR: "CloudConnector",
    DOCUMENT: "Document",
    MAINTENANCE_WINDOW: "MaintenanceWindow",
    MANAGED_INSTANCE: "ManagedInstance",
    OPSMETADATA: "OpsMetadata",
    OPS_ITEM: "OpsItem",
    PARAMETER: "Parameter",
    PATCH_BASELINE: "PatchBaseline",
};
const ExternalAlarmState = {
    ALARM: "ALARM",
    UNKNOWN: "UNKNOWN",
};
const AssociationComplianceSeverity = {
    Critical: "CRITICAL",
    High: "HIGH",
    Low: "LOW",
    Medium: "MEDIUM",
    Unspecified: "UNSPECIFIED",
};
const AssociationSyncCompliance = {
    Auto: "AUTO",
    Manual: "MANUAL",
};
const AssociationStatusName = {
    Failed: "Failed",
    Pending: "Pending",
    Success: "Success",
};
const Fault = {
    Client: "Client",
    Server: "Server",
    Unknown: "Unknown",
};
const AttachmentsSourceKey = {
    AttachmentReference: "AttachmentReference",
    S3FileUrl: "S3FileUrl",
    SourceUrl: "SourceUrl",
};
const DocumentFormat = {
    JSON: "JSON",
    TEXT: "TEXT",
    YAML: "YAML",
};
const DocumentType = {
    ApplicationConfiguration: "ApplicationConfiguration",
    ApplicationConfigurationSchema: "ApplicationConfigurationSchema",
    AutoApprovalPolicy: "AutoApprovalPolicy",
    Automation: "Automation",
    ChangeCalendar: "ChangeCalendar",
    ChangeTemplate: "Automation.ChangeTemplate",
    CloudFormation: "CloudFormation",
    Command: "Command",
    ConformancePackTemplate: "ConformancePackTemplate",
    DeploymentStrategy: "DeploymentStrategy",
    ManualApprovalPolicy: "ManualApprovalPolicy",
    Package: "Package",
    Policy: "Policy",
    ProblemAnalysis: "ProblemAnalysis",
    ProblemAnalysisTemplate: "ProblemAnalysisTemplate",
    QuickSetup: "QuickSetup",
    Session: "Session",
};
const DocumentHashType = {
    SHA1: "Sha1",
    SHA256: "Sha256",
};
const DocumentParameterType = {
    String: "String",
    StringList: "StringList",
};
const PlatformType = {
    LINUX: "Linux",
    MACOS: "MacOS",
    WINDOWS: "Windows",
};
const ReviewStatus = {
    APPROVED: "APPROVED",
    NOT_REVIEWED: "NOT_REVIEWED",
    PENDING: "PENDING",
    REJECTED: "REJECTED",
};
const DocumentStatus = {
    Active: "Active",
    Creating: "Creating",
    Deleting: "Deleting",
    Failed: "Failed",
    Updating: "Updating",
};
const OpsItemDataType = {
    SEARCHABLE_STRING: "SearchableString",
    STRING: "String",
};
const PatchComplianceLevel = {
    Critical: "CRITICAL",
    High: "HIGH",
    Informational: "INFORMATIONAL",
    Low: "LOW",
    Medium: "MEDIUM",
    Unspecified: "UNSPECIFIED",
};
const PatchFilterKey = {
    AdvisoryId: "ADVISORY_ID",
    Arch: "ARCH",
    BugzillaId: "BUGZILLA_ID",
    CVEId: "CVE_ID",
    Classification: "CLASSIFICATION",
    Epoch: "EPOCH",
    MsrcSeverity: "MSRC_SEVERITY",
    Name: "NAME",
    PatchId: "PATCH_ID",
    PatchSet: "PATCH_SET",
    Priority: "PRIORITY",
    Product: "PRODUCT",
    ProductFamily: "PRODUCT_FAMILY",
    Release: "RELEASE",
    Repository: "REPOSITORY",
    Section: "SECTION",
    Security: "SECURITY",
    Severity: "SEVERITY",
    Version: "VERSION",
};
const PatchComplianceStatus = {
    Compliant: "COMPLIANT",
    NonCompliant: "NON_COMPLIANT",
};
const OperatingSystem = {
    AlmaLinux: "ALMA_LINUX",
    AmazonLinux: "AMAZON_LINUX",
    AmazonLinux2: "AMAZON_LINUX_2",
    AmazonLinux2022: "AMAZON_LINUX_2022",
    AmazonLinux2023: "AMAZON_LINUX_2023",
    CentOS: "CENTOS",
    Debian: "DEBIAN",
    MacOS: "MACOS",
    OracleLinux: "ORACLE_LINUX",
    Raspbian: "RASPBIAN",
    RedhatEnterpriseLinux: "REDHAT_ENTERPRISE_LINUX",
    Rocky_Linux: "ROCKY_LINUX",
    Suse: "SUSE",
    Ubuntu: "UBUNTU",
    Windows: "WINDOWS",
};
const PatchAction = {
    AllowAsDependency: "ALLOW_AS_DEPENDENCY",
    Block: "BLOCK",
};
const ResourceDataSyncS3Format = {
    JSON_SERDE: "JsonSerDe",
};
const InventorySchemaDeleteOption = {
    DELETE_SCHEMA: "DeleteSchema",
    DISABLE_SCHEMA: "DisableSchema",
};
const DeletionMode = {
    RemoveSharing: "RemoveSharing",
    RollbackMigration: "RollbackMigration",
};
const DescribeActivationsFilterKeys = {
    ACTIVATION_IDS: "ActivationIds",
    DEFAULT_INSTANCE_NAME: "DefaultInstanceName",
    IAM_ROLE: "IamRole",
};
const AssociationExecutionFilterKey = {
    CreatedTime: "CreatedTime",
    ExecutionId: "ExecutionId",
    Status: "Status",
};
const AssociationFilterOperatorType = {
    Equal: "EQUAL",
    GreaterThan: "GREATER_THAN",
    LessThan: "LESS_THAN",
};
const AssociationExecutionTargetsFilterKey = {
    ResourceId: "ResourceId",
    ResourceType: "ResourceType",
    Status: "Status",
};
const AutomationExecutionFilterKey = {
    AUTOMATION_SUBTYPE: "AutomationSubtype",
    AUTOMATION_TYPE: "AutomationType",
    CURRENT_ACTION: "CurrentAction",
    DOCUMENT_NAME_PREFIX: "DocumentNamePrefix",
    EXECUTION_ID: "ExecutionId",
    EXECUTION_STATUS: "ExecutionStatus",
    OPS_ITEM_ID: "OpsItemId",
    PARENT_EXECUTION_ID: "ParentExecutionId",
    START_TIME_AFTER: "StartTimeAfter",
    START_TIME_BEFORE: "StartTimeBefore",
    TAG_KEY: "TagKey",
    TARGET_RESOURCE_GROUP: "TargetResourceGroup",
};
const AutomationExecutionStatus = {
    APPROVED: "Approved",
    CANCELLED: "Cancelled",
    CANCELLING: "Cancelling",
    CHANGE_CALENDAR_OVERRIDE_APPROVED: "ChangeCalendarOverrideApproved",
    CHANGE_CALENDAR_OVERRIDE_REJECTED: "ChangeCalendarOverrideRejected",
    COMPLETED_WITH_FAILURE: "CompletedWithFailure",
    COMPLETED_WITH_SUCCESS: "CompletedWithSuccess",
    EXITED: "Exited",
    FAILED: "Failed",
    INPROGRESS: "InProgress",
    PENDING: "Pending",
    PENDING_APPROVAL: "PendingApproval",
    PENDING_CHANGE_CALENDAR_OVERRIDE: "PendingChangeCalendarOverride",
    REJECTED: "Rejected",
    RUNBOOK_INPROGRESS: "RunbookInProgress",
    SCHEDULED: "Scheduled",
    SUCCESS: "Success",
    TIMEDOUT: "TimedOut",
    WAITING: "Waiting",
};
const AutomationSubtype = {
    AccessRequest: "AccessRequest",
    ChangeRequest: "ChangeRequest",
};
const AutomationType = {
    CrossAccount: "CrossAccount",
    Local: "Local",
};
const ExecutionMode = {
    Auto: "Auto",
    Interactive: "Interactive",
};
const StepExecutionFilterKey = {
    ACTION: "Action",
    PARENT_STEP_EXECUTION_ID: "ParentStepExecutionId",
    PARENT_STEP_ITERATION: "ParentStepIteration",
    PARENT_STEP_ITERATOR_VALUE: "ParentStepIteratorValue",
    START_TIME_AFTER: "StartTimeAfter",
    START_TIME_BEFORE: "StartTimeBefore",
    STEP_EXECUTION_ID: "StepExecutionId",
    STEP_EXECUTION_STATUS: "StepExecutionStatus",
    STEP_NAME: "StepName",
};
const DocumentPermissionType = {
    SHARE: "Share",
};
const PatchDeploymentStatus = {
    Approved: "APPROVED",
    ExplicitApproved: "EXPLICIT_APPROVED",
    ExplicitRejected: "EXPLICIT_REJECTED",
    PendingApproval: "PENDING_APPROVAL",
};
const InstanceInformationFilterKey = {
    ACTIVATION_IDS: "ActivationIds",
    AGENT_VERSION: "AgentVersion",
    ASSOCIATION_STATUS: "AssociationStatus",
    IAM_ROLE: "IamRole",
    INSTANCE_IDS: "InstanceIds",
    PING_STATUS: "PingStatus",
    PLATFORM_TYPES: "PlatformTypes",
    RESOURCE_TYPE: "ResourceType",
};
const PingStatus = {
    CONNECTION_LOST: "ConnectionLost",
    INACTIVE: "Inactive",
    ONLINE: "Online",
};
const ResourceType = {
    EC2_INSTANCE: "EC2Instance",
    MANAGED_INSTANCE: "ManagedInstance",
};
const SourceType = {
    AWS_EC2_INSTANCE: "AWS::EC2::Instance",
    AWS_IOT_THING: "AWS::IoT::Thing",
    AWS_SSM_MANAGEDINSTANCE: "AWS::SSM::ManagedInstance",
    AZURE_INSTANCE: "Microsoft.Compute/virtualMachines",
};
const PatchComplianceDataState = {
    AvailableSecurityUpdate: "AVAILABLE_SECURITY_UPDATE",
    Failed: "FAILED",
    Installed: "INSTALLED",
    InstalledOther: "INSTALLED_OTHER",
    InstalledPendingReboot: "INSTALLED_PENDING_REBOOT",
    InstalledRejected: "INSTALLED_REJECTED",
    Missing: "MISSING",
    NotApplicable: "NOT_APPLICABLE",
};
const PatchOperationType = {
    INSTALL: "Install",
    SCAN: "Scan",
};
const RebootOption = {
    NO_REBOOT: "NoReboot",
    REBOOT_IF_NEEDED: "RebootIfNeeded",
};
const InstancePatchStateOperatorType = {
    EQUAL: "Equal",
    GREATER_THAN: "GreaterThan",
    LESS_THAN: "LessThan",
    NOT_EQUAL: "NotEqual",
};
const InstancePropertyFilterOperator = {
    BEGIN_WITH: "BeginWith",
    EQUAL: "Equal",
    GREATER_THAN: "GreaterThan",
    LESS_THAN: "LessThan",
    NOT_EQUAL: "NotEqual",
};
const InstancePropertyFilterKey = {
    ACTIVATION_IDS: "ActivationIds",
    AGENT_VERSION: "AgentVersion",
    ASSOCIATION_STATUS: "AssociationStatus",
    DOCUMENT_NAME: "DocumentName",
    IAM_ROLE: "IamRole",
    INSTANCE_IDS: "InstanceIds",
    PING_STATUS: "PingStatus",
    PLATFORM_TYPES: "PlatformTypes",
    RESOURCE_TYPE: "ResourceType",
};
const InventoryDeletionStatus = {
    COMPLETE: "Complete",
    IN_PROGRESS: "InProgress",
};
const MaintenanceWindowExecutionStatus = {
    Cancelled: "CANCELLED",
    Cancelling: "CANCELLING",
    Failed: "FAILED",
    InProgress: "IN_PROGRESS",
    Pending: "PENDING",
    SkippedOverlapping: "SKIPPED_OVERLAPPING",
    Success: "SUCCESS",
    TimedOut: "TIMED_OUT",
};
const MaintenanceWindowTaskType = {
    Automation: "AUTOMATION",
    Lambda: "LAMBDA",
    RunCommand: "RUN_COMMAND",
    StepFunctions: "STEP_FUNCTIONS",
};
const MaintenanceWindowResourceType = {
    Instance: "INSTANCE",
    ResourceGroup: "RESOURCE_GROUP",
};
const MaintenanceWindowTaskCutoffBehavior = {
    CancelTask: "CANCEL_TASK",
    ContinueTask: "CONTINUE_TASK",
};
const OpsItemFilterKey = {
    ACCESS_REQUEST_APPROVER_ARN: "AccessRequestByApproverArn",
    ACCESS_REQUEST_APPROVER_ID: "AccessRequestByApproverId",
    ACCESS_REQUEST_IS_REPLICA: "AccessRequestByIsReplica",
    ACCESS_REQUEST_REQUESTER_ARN: "AccessRequestByRequesterArn",
    ACCESS_REQUEST_REQUESTER_ID: "AccessRequestByRequesterId",
    ACCESS_REQUEST_SOURCE_ACCOUNT_ID: "AccessRequestBySourceAccountId",
    ACCESS_REQUEST_SOURCE_OPS_ITEM_ID: "AccessRequestBySourceOpsItemId",
    ACCESS_REQUEST_SOURCE_REGION: "AccessRequestBySourceRegion",
    ACCESS_REQUEST_TARGET_RESOURCE_ID: "AccessRequestByTargetResourceId",
    ACCOUNT_ID: "AccountId",
    ACTUAL_END_TIME: "ActualEndTime",
    ACTUAL_START_TIME: "ActualStartTime",
    AUTOMATION_ID: "AutomationId",
    CATEGORY: "Category",
    CHANGE_REQUEST_APPROVER_ARN: "ChangeRequestByApproverArn",
    CHANGE_REQUEST_APPROVER_NAME: "ChangeRequestByApproverName",
    CHANGE_REQUEST_REQUESTER_ARN: "ChangeRequestByRequesterArn",
    CHANGE_REQUEST_REQUESTER_NAME: "ChangeRequestByRequesterName",
    CHANGE_REQUEST_TARGETS_RESOURCE_GROUP: "ChangeRequestByTargetsResourceGroup",
    CHANGE_REQUEST_TEMPLATE: "ChangeRequestByTemplate",
    CREATED_BY: "CreatedBy",
    CREATED_TIME: "CreatedTime",
    INSIGHT_TYPE: "InsightByType",
    LAST_MODIFIED_TIME: "LastModifiedTime",
    OPERATIONAL_DATA: "OperationalData",
    OPERATIONAL_DATA_KEY: "OperationalDataKey",
    OPERATIONAL_DATA_VALUE: "OperationalDataValue",
    OPSITEM_ID: "OpsItemId",
    OPSITEM_TYPE: "OpsItemType",
    PLANNED_END_TIME: "PlannedEndTime",
    PLANNED_START_TIME: "PlannedStartTime",
    PRIORITY: "Priority",
    RESOURCE_ID: "ResourceId",
    SEVERITY: "Severity",
    SOURCE: "Source",
    STATUS: "Status",
    TITLE: "Title",
};
const OpsItemFilterOperator = {
    CONTAINS: "Contains",
    EQUAL: "Equal",
    GREATER_THAN: "GreaterThan",
    LESS_THAN: "LessThan",
};
const OpsItemStatus = {
    APPROVED: "Approved",
    CANCELLED: "Cancelled",
    CANCELLING: "Cancelling",
    CHANGE_CALENDAR_OVERRIDE_APPROVED: "ChangeCalendarOverrideApproved",
    CHANGE_CALENDAR_OVERRIDE_REJECTED: "ChangeCalendarOverrideRejected",
    CLOSED: "Closed",
    COMPLETED_WITH_FAILURE: "CompletedWithFailure",
    COMPLETED_WITH_SUCCESS: "CompletedWithSuccess",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    OPEN: "Open",
    PENDING: "Pending",
    PENDING_APPROVAL: "PendingApproval",
    PENDING_CHANGE_CALENDAR_OVERRIDE: "PendingChangeCalendarOverride",
    REJECTED: "Rejected",
    RESOLVED: "Resolved",
    REVOKED: "Revoked",
    RUNBOOK_IN_PROGRESS: "RunbookInProgress",
    SCHEDULED: "Scheduled",
    TIMED_OUT: "TimedOut",
};
const ParametersFilterKey = {
    KEY_ID: "KeyId",
    NAME: "Name",
    TYPE: "Type",
};
const ParameterTier = {
    ADVANCED: "Advanced",
    INTELLIGENT_TIERING: "Intelligent-Tiering",
    STANDARD: "Standard",
};
const ParameterType = {
    SECURE_STRING: "SecureString",
    STRING: "String",
    STRING_LIST: "StringList",
};
const PatchSet = {
    Application: "APPLICATION",
    Os: "OS",
};
const PatchProperty = {
    PatchClassification: "CLASSIFICATION",
    PatchMsrcSeverity: "MSRC_SEVERITY",
    PatchPriority: "PRIORITY",
    PatchProductFamily: "PRODUCT_FAMILY",
    PatchSeverity: "SEVERITY",
    Product: "PRODUCT",
};
const SessionFilterKey = {
    ACCESS_TYPE: "AccessType",
    INVOKED_AFTER: "InvokedAfter",
    INVOKED_BEFORE: "InvokedBefore",
    OWNER: "Owner",
    SESSION_ID: "SessionId",
    STATUS: "Status",
    TARGET_ID: "Target",
};
const SessionState = {
    ACTIVE: "Active",
    HISTORY: "History",
};
const SessionStatus = {
    CONNECTED: "Connected",
    CONNECTING: "Connecting",
    DISCONNECTED: "Disconnected",
    FAILED: "Failed",
    TERMINATED: "Terminated",
    TERMINATING: "Terminating",
};
const CalendarState = {
    CLOSED: "CLOSED",
    OPEN: "OPEN",
};
const CommandInvocationStatus = {
    CANCELLED: "Cancelled",
    CANCELLING: "Cancelling",
    DELAYED: "Delayed",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    SUCCESS: "Success",
    TIMED_OUT: "TimedOut",
};
const ConnectionStatus = {
    CONNECTED: "connected",
    NOT_CONNECTED: "notconnected",
};
const AttachmentHashType = {
    SHA256: "Sha256",
};
const ImpactType = {
    MUTATING: "Mutating",
    NON_MUTATING: "NonMutating",
    UNDETERMINED: "Undetermined",
};
const ExecutionPreviewStatus = {
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    SUCCESS: "Success",
};
const InventoryQueryOperatorType = {
    BEGIN_WITH: "BeginWith",
    EQUAL: "Equal",
    EXISTS: "Exists",
    GREATER_THAN: "GreaterThan",
    LESS_THAN: "LessThan",
    NOT_EQUAL: "NotEqual",
};
const InventoryAttributeDataType = {
    NUMBER: "number",
    STRING: "string",
};
const NotificationEvent = {
    ALL: "All",
    CANCELLED: "Cancelled",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    SUCCESS: "Success",
    TIMED_OUT: "TimedOut",
};
const NotificationType = {
    Command: "Command",
    Invocation: "Invocation",
};
const OpsFilterOperatorType = {
    BEGIN_WITH: "BeginWith",
    EQUAL: "Equal",
    EXISTS: "Exists",
    GREATER_THAN: "GreaterThan",
    LESS_THAN: "LessThan",
    NOT_EQUAL: "NotEqual",
};
const AssociationFilterKey = {
    AssociationId: "AssociationId",
    AssociationName: "AssociationName",
    CloudConnectorId: "CloudConnectorId",
    InstanceId: "InstanceId",
    LastExecutedAfter: "LastExecutedAfter",
    LastExecutedBefore: "LastExecutedBefore",
    Name: "Name",
    ResourceGroupName: "ResourceGroupName",
    Status: "AssociationStatusName",
};
const CloudConnectorFilterKey = {
    SubscriptionId: "SubscriptionId",
    TenantId: "TenantId",
};
const CommandFilterKey = {
    DOCUMENT_NAME: "DocumentName",
    EXECUTION_STAGE: "ExecutionStage",
    INVOKED_AFTER: "InvokedAfter",
    INVOKED_BEFORE: "InvokedBefore",
    STATUS: "Status",
};
const CommandPluginStatus = {
    CANCELLED: "Cancelled",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    SUCCESS: "Success",
    TIMED_OUT: "TimedOut",
};
const CommandStatus = {
    CANCELLED: "Cancelled",
    CANCELLING: "Cancelling",
    FAILED: "Failed",
    IN_PROGRESS: "InProgress",
    PENDING: "Pending",
    SUCCESS: "Success",
    TIMED_OUT: "TimedOut",
};
const ComplianceQueryOperatorType = {
    BeginWith: "BEGIN_WITH",
    Equal: "EQUAL",
    GreaterThan: "GREATER_THAN",
    LessThan: "LESS_THAN",
    NotEqual: "NOT_EQUAL",
};
const ComplianceSeverity = {
    Critical: "CRITICAL",
    High: "HIGH",
    Informational: "INFORMATIONAL",
    Low: "LOW",
    Medium: "MEDIUM",
    Unspecified: "UNSPECIFIED",
};
const ComplianceStatus = {
    Compliant: "COMPLIANT",
    NonCompliant: "NON_COMPLIANT",
};
const DocumentMetadataEnum = {
    DocumentReviews: "DocumentReviews",
};
const DocumentReviewCommentType = {
    Comment: "Comment",
};
const DocumentFilterKey = {
    DocumentType: "DocumentType",
    Name: "Name",
    Owner: "Owner",
    PlatformTypes: "PlatformTypes",
};
const NodeFilterKey = {
    ACCOUNT_ID: "AccountId",
    AGENT_TYPE: "AgentType",
    AGENT_VERSION: "AgentVersion",
    AVAILABILITY_ZONE: "AvailabilityZone",
    AVAILABILITY_ZONE_ID: "AvailabilityZoneId",
    COMPUTER_NAME: "ComputerName",
    INSTANCE_ID: "InstanceId",
    INSTANCE_STATUS: "InstanceStatus",
    IP_ADDRESS: "IpAddress",
    MANAGED_STATUS: "ManagedStatus",
    ORGANIZATIONAL_UNIT_ID: "OrganizationalUnitId",
    ORGANIZATIONAL_UNIT_PATH: "OrganizationalUnitPath",
    PLATFORM_NAME: "PlatformName",
    PLATFORM_TYPE: "PlatformType",
    PLATFORM_VERSION: "PlatformVersion",
    REGION: "Region",
    RESOURCE_TYPE: "ResourceType",
    SOURCE_ID: "SourceId",
    SOURCE_LOCATION: "SourceLocation",
    SOURCE_TYPE: "SourceType",
};
const NodeFilterOperatorType = {
    BEGIN_WITH: "BeginWith",
    EQUAL: "Equal",
    NOT_EQUAL: "NotEqual",
};
const ManagedStatus = {
    ALL: "All",
    MANAGED: "Managed",
    UNMANAGED: "Unmanaged",
};
const NodeAggregatorType = {
    COUNT: "Count",
};
const NodeAttributeName = {
    AGENT_VERSION: "AgentVersion",
    AVAILABILITY_ZONE: "AvailabilityZone",
    PLATFORM_NAME: "PlatformName",
    PLATFORM_TYPE: "PlatformType",
    PLATFORM_VERSION: "PlatformVersion",
    REGION: "Region",
    RESOURCE_TYPE: "ResourceType",
    SOURCE_TYPE: "SourceType",
};
const NodeTypeName = {
    INSTANCE: "Instance",
};
const OpsItemEventFilterKey = {
    OPSITEM_ID: "OpsItemId",
};
const OpsItemEventFilterOperator = {
    EQUAL: "Equal",
};
const OpsItemRelatedItemsFilterKey = {
    ASSOCIATION_ID: "AssociationId",
    RESOURCE_TYPE: "ResourceType",
    RESOURCE_URI: "ResourceUri",
};
const OpsItemRelatedItemsFilterOperator = {
    EQUAL: "Equal",
};
const LastResourceDataSyncStatus = {
    FAILED: "Failed",
    INPROGRESS: "InProgress",
    SUCCESSFUL: "Successful",
};
const ComplianceUploadType = {
    Complete: "COMPLETE",
    Partial: "PARTIAL",
};
const DHMCPermissionModel = {
    SELF_MANAGED: "SELF_MANAGED",
    SERVICE_MANAGED: "SERVICE_MANAGED",
};
const SignalType = {
    APPROVE: "Approve",
    REJECT: "Reject",
    RESUME: "Resume",
    REVOKE: "Revoke",
    START_STEP: "StartStep",
    STOP_STEP: "StopStep",
};
const StopType = {
    CANCEL: "Cancel",
    COMPLETE: "Complete",
};
const DocumentReviewAction = {
    Approve: "Approve",
    Reject: "Reject",
    SendForReview: "SendForReview",
    UpdateReview: "UpdateReview",
};
const ValidationFindingCode = {
    AWS_ROLE_ASSUMPTION_FAILED: "AwsRoleAssumptionFailed",
    OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED: "OutboundWebIdentityFederationDisabled",
    PROVIDER_CREDENTIAL_CREATION_FAILED: "ProviderCredentialCreationFailed",
    SUBSCRIPTION_ACCESSIBLE: "SubscriptionAccessible",
    TARGET_INACCESSIBLE: "TargetInaccessible",
    TARGET_STATE_WARNING: "TargetStateWarning",
    TARGET_UNUSABLE: "TargetUnusable",
    TENANT_SUMMARY: "TenantSummary",
    WEB_IDENTITY_TOKEN_FAILED: "WebIdentityTokenFailed",
};
const ValidationFindingScopeType = {
    AZURE_SUBSCRIPTION: "azure:subscription",
    AZURE_TENANT: "azure:tenant",
};
const ValidationFindingType = {
    ERROR: "ERROR",
    INFO: "INFO",
    WARN: "WARN",
};

export { AccessRequestStatus, AccessType, AddTagsToResource$, AddTagsToResourceCommand, AssociateOpsItemRelatedItem$, AssociateOpsItemRelatedItemCommand, AssociationComplianceSeverity, AssociationExecutionFilterKey, AssociationExecutionTargetsFilterKey, AssociationFilterKey, AssociationFilterOperatorType, AssociationStatusName, AssociationSyncCompliance, AttachmentHashType, AttachmentsSourceKey, AutomationExecutionFilterKey, AutomationExecutionStatus, AutomationSubtype, AutomationType, CalendarState, CancelCommandCommand, CancelMaintenanceWindowExecution$, CancelMaintenanceWindowExecutionCommand, CloudConnectorFilterKey, CommandFilterKey, CommandInvocationStatus, CommandPluginStatus, CommandStatus, ComplianceQueryOperatorType, ComplianceSeverity, ComplianceStatus, ComplianceUploadType, ConnectionStatus, CreateActivation$, CreateActivationCommand, CreateAssociation$, CreateAssociationBatch$, CreateAssociationBatchCommand, CreateAssociationCommand, CreateCloudConnector$, CreateCloudConnectorCommand, CreateDocumentCommand, CreateMaintenanceWindow$, CreateMaintenanceWindowCommand, CreateOpsItem$, CreateOpsItemCommand, CreateOpsMetadata$, CreateOpsMetadataCommand, CreatePatchBaseline$, CreatePatchBaselineCommand, CreateResourceDataSync$, CreateResourceDataSyncCommand, DHMCPermissionModel, DeleteActivation$, DeleteActivationCommand, DeleteAssociation$, DeleteAssociationCommand, DeleteCloudConnector$, DeleteCloudConnectorCommand, DeleteDocument$, DeleteDocumentCommand, DeleteInventory$, DeleteInventoryCommand, DeleteMaintenanceWindow$, DeleteMaintenanceWindowCommand, DeleteOpsItem$, DeleteOpsItemCommand, DeleteOpsMetadata$, DeleteOpsMetadataCommand, DeleteParameter$, DeleteParameterCommand, DeleteParameters$, DeleteParametersCommand, DeletePatchBaseline$, DeletePatchBaselineCommand, DeleteResourceDataSync$, DeleteResourceDataSyncCommand, DeleteResourcePolicy$, DeleteResourcePolicyCommand, DeletionMode, DeregisterDefaultHostManagementConfiguration$, DeregisterDefaultHostManagementConfigurationCommand, DeregisterManagedInstance$, DeregisterManagedInstanceCommand, DeregisterPatchBaselineForPatchGroup$, DeregisterPatchBaselineForPatchGroupCommand, DeregisterTargetFromMaintenanceWindow$, DeregisterTargetFromMaintenanceWindowCommand, DeregisterTaskFromMaintenanceWindow$, DeregisterTaskFromMaintenanceWindowCommand, DescribeActivations$, DescribeActivationsCommand, DescribeActivationsFilterKeys, DescribeAssociation$, DescribeAssociationCommand, DescribeAssociationExecutionTargets$, DescribeAssociationExecutionTargetsCommand, DescribeAssociationExecutions$, DescribeAssociationExecutionsCommand, DescribeAutomationExecutionsCommand, DescribeAutomationStepExecutions$, DescribeAutomationStepExecutionsCommand, DescribeAvailablePatches$, DescribeAvailablePatchesCommand, DescribeDocumentCommand, DescribeDocumentPermission$, DescribeDocumentPermissionCommand, DescribeEffectiveInstanceAssociations$, DescribeEffectiveInstanceAssociationsCommand, DescribeEffectivePatchesForPatchBaseline$, DescribeEffectivePatchesForPatchBaselineCommand, DescribeInstanceAssociationsStatus$, DescribeInstanceAssociationsStatusCommand, DescribeInstanceInformationCommand, DescribeInstancePatchStates$, DescribeInstancePatchStatesCommand, DescribeInstancePatchStatesForPatchGroup$, DescribeInstancePatchStatesForPatchGroupCommand, DescribeInstancePatches$, DescribeInstancePatchesCommand, DescribeInstanceProperties$, DescribeInstancePropertiesCommand, DescribeInventoryDeletions$, DescribeInventoryDeletionsCommand, DescribeMaintenanceWindowExecutionTaskInvocations$, DescribeMaintenanceWindowExecutionTaskInvocationsCommand, DescribeMaintenanceWindowExecutionTasks$, DescribeMaintenanceWindowExecutionTasksCommand, DescribeMaintenanceWindowExecutions$, DescribeMaintenanceWindowExecutionsCommand, DescribeMaintenanceWindowSchedule$, DescribeMaintenanceWindowScheduleCommand, DescribeMaintenanceWindowTargets$, DescribeMaintenanceWindowTargetsCommand, DescribeMaintenanceWindowTasks$, DescribeMaintenanceWindowTasksCommand, DescribeMaintenanceWindows$, DescribeMaintenanceWindowsCommand, DescribeMaintenanceWindowsForTarget$, DescribeMaintenanceWindowsForTargetCommand, DescribeOpsItems$, DescribeOpsItemsCommand, DescribeParameters$, DescribeParametersCommand, DescribePatchBaselines$, DescribePatchBaselinesCommand, DescribePatchGroupState$, DescribePatchGroupStateCommand, DescribePatchGroups$, DescribePatchGroupsCommand, DescribePatchProperties$, DescribePatchPropertiesCommand, DescribeSessions$, DescribeSessionsCommand, DisassociateOpsItemRelatedItem$, DisassociateOpsItemRelatedItemCommand, DocumentFilterKey, DocumentFormat, DocumentHashType, DocumentMetadataEnum, DocumentParameterType, DocumentPermissionType, DocumentReviewAction, DocumentReviewCommentType, DocumentStatus, DocumentType, ExecutionMode, ExecutionPreviewStatus, ExternalAlarmState, Fault, GetAccessToken$, GetAccessTokenCommand, GetAutomationExecutionCommand, GetCalendarState$, GetCalendarStateCommand, GetCloudConnector$, GetCloudConnectorCommand, GetCommandInvocationCommand, GetConnectionStatus$, GetConnectionStatusCommand, GetDefaultPatchBaseline$, GetDefaultPatchBaselineCommand, GetDeployablePatchSnapshotForInstance$, GetDeployablePatchSnapshotForInstanceCommand, GetDocument$, GetDocumentCommand, GetExecutionPreview$, GetExecutionPreviewCommand, GetInventory$, GetInventoryCommand, GetInventorySchema$, GetInventorySchemaCommand, GetMaintenanceWindow$, GetMaintenanceWindowCommand, GetMaintenanceWindowExecution$, GetMaintenanceWindowExecutionCommand, GetMaintenanceWindowExecutionTask$, GetMaintenanceWindowExecutionTaskCommand, GetMaintenanceWindowExecutionTaskInvocation$, GetMaintenanceWindowExecutionTaskInvocationCommand, GetMaintenanceWindowTask$, GetMaintenanceWindowTaskCommand, GetOpsItem$, GetOpsItemCommand, GetOpsMetadata$, GetOpsMetadataCommand, GetOpsSummary$, GetOpsSummaryCommand, GetParameter$, GetParameterCommand, GetParameterHistory$, GetParameterHistoryCommand, GetParameters$, GetParametersByPath$, GetParametersByPathCommand, GetParametersCommand, GetPatchBaseline$, GetPatchBaselineCommand, GetPatchBaselineForPatchGroup$, GetPatchBaselineForPatchGroupCommand, GetResourcePolicies$, GetResourcePoliciesCommand, GetServiceSetting$, GetServiceSettingCommand, ImpactType, InstanceInformationFilterKey, InstancePatchStateOperatorType, InstancePropertyFilterKey, InstancePropertyFilterOperator, InventoryAttributeDataType, InventoryDeletionStatus, InventoryQueryOperatorType, InventorySchemaDeleteOption, LabelParameterVersion$, LabelParameterVersionCommand, LastResourceDataSyncStatus, ListAssociationVersions$, ListAssociationVersionsCommand, ListAssociations$, ListAssociationsCommand, ListCloudConnectors$, ListCloudConnectorsCommand, ListCommandInvocationsCommand, ListCommandsCommand, ListComplianceItems$, ListComplianceItemsCommand, ListComplianceSummaries$, ListComplianceSummariesCommand, ListDocumentMetadataHistory$, ListDocumentMetadataHistoryCommand, ListDocumentVersions$, ListDocumentVersionsCommand, ListDocuments$, ListDocumentsCommand, ListInventoryEntries$, ListInventoryEntriesCommand, ListNodes$, ListNodesCommand, ListNodesSummary$, ListNodesSummaryCommand, ListOpsItemEvents$, ListOpsItemEventsCommand, ListOpsItemRelatedItems$, ListOpsItemRelatedItemsCommand, ListOpsMetadata$, ListOpsMetadataCommand, ListResourceComplianceSummaries$, ListResourceComplianceSummariesCommand, ListResourceDataSync$, ListResourceDataSyncCommand, ListTagsForResource$, ListTagsForResourceCommand, MaintenanceWindowExecutionStatus, MaintenanceWindowResourceType, MaintenanceWindowTaskCutoffBehavior, MaintenanceWindowTaskType, ManagedStatus, ModifyDocumentPermission$, ModifyDocumentPermissionCommand, NodeAggregatorType, NodeAttributeName, NodeFilterKey, NodeFilterOperatorType, NodeTypeName, NotificationEvent, NotificationType, OperatingSystem, OpsFilterOperatorType, OpsItemDataType, OpsItemEventFilterKey, OpsItemEventFilterOperator, OpsItemFilterKey, OpsItemFilterOperator, OpsItemRelatedItemsFilterKey, OpsItemRelatedItemsFilterOperator, OpsItemStatus, ParameterTier, ParameterType, ParametersFilterKey, PatchAction, PatchComplianceDataState, PatchComplianceLevel, PatchComplianceStatus, PatchDeploymentStatus, PatchFilterKey, PatchOperationType, PatchProperty, PatchSet, PingStatus, PlatformType, PutComplianceItems$, PutComplianceItemsCommand, PutInventory$, PutInventoryCommand, PutParameter$, PutParameterCommand, PutResourcePolicy$, PutResourcePolicyCommand, RebootOption, RegisterDefaultHostManagementConfiguration$, RegisterDefaultHostManagementConfigurationCommand, RegisterDefaultPatchBaseline$, RegisterDefaultPatchBaselineCommand, RegisterPatchBaselineForPatchGroup$, RegisterPatchBaselineForPatchGroupCommand, RegisterTargetWithMaintenanceWindow$, RegisterTargetWithMaintenanceWindowCommand, RegisterTaskWithMaintenanceWindow$, RegisterTaskWithMaintenanceWindowCommand, RemoveTagsFromResource$, RemoveTagsFromResourceCommand, ResetServiceSetting$, ResetServiceSettingCommand, ResourceDataSyncS3Format, ResourceType, ResourceTypeForTagging, ResumeSession$, ResumeSessionCommand, ReviewStatus, SSM, SSMClient, SendAutomationSignal$, SendAutomationSignalCommand, SendCommandCommand, SessionFilterKey, SessionState, SessionStatus, SignalType, SourceType, StartAccessRequest$, StartAccessRequestCommand, StartAssociationsOnce$, StartAssociationsOnceCommand, StartAutomationExecutionCommand, StartChangeRequestExecution$, StartChangeRequestExecutionCommand, StartExecutionPreview$, StartExecutionPreviewCommand, StartSession$, StartSessionCommand, StepExecutionFilterKey, StopAutomationExecutionCommand, StopType, TerminateSession$, TerminateSessionCommand, UnlabelParameterVersion$, UnlabelParameterVersionCommand, UpdateAssociation$, UpdateAssociationCommand, UpdateAssociationStatus$, UpdateAssociationStatusCommand, UpdateCloudConnector$, UpdateCloudConnectorCommand, UpdateDocumentCommand, UpdateDocumentDefaultVersionCommand, UpdateDocumentMetadata$, UpdateDocumentMetadataCommand, UpdateMaintenanceWindow$, UpdateMaintenanceWindowCommand, UpdateMaintenanceWindowTarget$, UpdateMaintenanceWindowTargetCommand, UpdateMaintenanceWindowTask$, UpdateMaintenanceWindowTaskCommand, UpdateManagedInstanceRole$, UpdateManagedInstanceRoleCommand, UpdateOpsItem$, UpdateOpsItemCommand, UpdateOpsMetadata$, UpdateOpsMetadataCommand, UpdatePatchBaseline$, UpdatePatchBaselineCommand, UpdateResourceDataSync$, UpdateResourceDataSyncCommand, UpdateServiceSetting$, UpdateServiceSettingCommand, ValidateCloudConnector$, ValidateCloudConnectorCommand, ValidationFindingCode, ValidationFindingScopeType, ValidationFindingType, paginateDescribeActivations, paginateDescribeAssociationExecutionTargets, paginateDescribeAssociationExecutions, paginateDescribeAutomationExecutions, paginateDescribeAutomationStepExecutions, paginateDescribeAvailablePatches, paginateDescribeEffectiveInstanceAssociations, paginateDescribeEffectivePatchesForPatchBaseline, paginateDescribeInstanceAssociationsStatus, paginateDescribeInstanceInformation, paginateDescribeInstancePatchStates, paginateDescribeInstancePatchStatesForPatchGroup, paginateDescribeInstancePatches, paginateDescribeInstanceProperties, paginateDescribeInventoryDeletions, paginateDescribeMaintenanceWindowExecutionTaskInvocations, paginateDescribeMaintenanceWindowExecutionTasks, paginateDescribeMaintenanceWindowExecutions, paginateDescribeMaintenanceWindowSchedule, paginateDescribeMaintenanceWindowTargets, paginateDescribeMaintenanceWindowTasks, paginateDescribeMaintenanceWindows, paginateDescribeMaintenanceWindowsForTarget, paginateDescribeOpsItems, paginateDescribeParameters, paginateDescribePatchBaselines, paginateDescribePatchGroups, paginateDescribePatchProperties, paginateDescribeSessions, paginateGetInventory, paginateGetInventorySchema, paginateGetOpsSummary, paginateGetParameterHistory, paginateGetParametersByPath, paginateGetResourcePolicies, paginateListAssociationVersions, paginateListAssociations, paginateListCloudConnectors, paginateListCommandInvocations, paginateListCommands, paginateListComplianceItems, paginateListComplianceSummaries, paginateListDocumentVersions, paginateListDocuments, paginateListNodes, paginateListNodesSummary, paginateListOpsItemEvents, paginateListOpsItemRelatedItems, paginateListOpsMetadata, paginateListResourceComplianceSummaries, paginateListResourceDataSync, paginateValidateCloudConnector, waitForCommandExecuted, waitUntilCommandExecuted };
