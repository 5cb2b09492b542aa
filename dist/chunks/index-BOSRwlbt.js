import { d as command, A as AddTagsToResource$, _ as _mw0, e as _ep0, f as AssociateOpsItemRelatedItem$, g as CancelMaintenanceWindowExecution$, h as CreateActivation$, i as CreateAssociationBatch$, j as CreateAssociation$, k as CreateCloudConnector$, l as CreateDocument$, m as CreateMaintenanceWindow$, n as CreateOpsItem$, o as CreateOpsMetadata$, q as CreatePatchBaseline$, r as CreateResourceDataSync$, D as DeleteActivation$, s as DeleteAssociation$, t as DeleteCloudConnector$, u as DeleteDocument$, v as DeleteInventory$, w as DeleteMaintenanceWindow$, x as DeleteOpsItem$, y as DeleteOpsMetadata$, z as DeleteParameter$, B as DeleteParameters$, E as DeletePatchBaseline$, F as DeleteResourceDataSync$, H as DeleteResourcePolicy$, I as DeregisterDefaultHostManagementConfiguration$, J as DeregisterManagedInstance$, K as DeregisterPatchBaselineForPatchGroup$, M as DeregisterTargetFromMaintenanceWindow$, N as DeregisterTaskFromMaintenanceWindow$, O as DescribeActivations$, P as DescribeAssociation$, Q as DescribeAssociationExecutions$, R as DescribeAssociationExecutionTargets$, T as DescribeAutomationExecutions$, U as DescribeAutomationStepExecutions$, V as DescribeAvailablePatches$, W as DescribeDocument$, X as DescribeDocumentPermission$, Y as DescribeEffectiveInstanceAssociations$, Z as DescribeEffectivePatchesForPatchBaseline$, $ as DescribeInstanceAssociationsStatus$, a0 as DescribeInstanceInformation$, a1 as DescribeInstancePatches$, a2 as DescribeInstancePatchStates$, a3 as DescribeInstancePatchStatesForPatchGroup$, a4 as DescribeInstanceProperties$, a5 as DescribeInventoryDeletions$, a6 as DescribeMaintenanceWindowExecutions$, a7 as DescribeMaintenanceWindowExecutionTaskInvocations$, a8 as DescribeMaintenanceWindowExecutionTasks$, a9 as DescribeMaintenanceWindowSchedule$, aa as DescribeMaintenanceWindows$, ab as DescribeMaintenanceWindowsForTarget$, ac as DescribeMaintenanceWindowTargets$, ad as DescribeMaintenanceWindowTasks$, ae as DescribeOpsItems$, af as DescribeParameters$, ag as DescribePatchBaselines$, ah as DescribePatchGroups$, ai as DescribePatchGroupState$, aj as DescribePatchProperties$, ak as DescribeSessions$, al as DisassociateOpsItemRelatedItem$, am as GetAccessToken$, an as GetCalendarState$, ao as GetCloudConnector$, ap as GetConnectionStatus$, aq as GetDefaultPatchBaseline$, ar as GetDeployablePatchSnapshotForInstance$, as as GetDocument$, at as GetExecutionPreview$, au as GetInventory$, av as GetInventorySchema$, aw as GetMaintenanceWindow$, ax as GetMaintenanceWindowExecution$, ay as GetMaintenanceWindowExecutionTask$, az as GetMaintenanceWindowExecutionTaskInvocation$, aA as GetMaintenanceWindowTask$, aB as GetOpsItem$, aC as GetOpsMetadata$, aD as GetOpsSummary$, aE as GetParameter$, aF as GetParameterHistory$, aG as GetParametersByPath$, aH as GetParameters$, aI as GetPatchBaseline$, aJ as GetPatchBaselineForPatchGroup$, aK as GetResourcePolicies$, aL as GetServiceSetting$, aM as LabelParameterVersion$, aN as ListAssociations$, aO as ListAssociationVersions$, aP as ListCloudConnectors$, aQ as ListComplianceItems$, aR as ListComplianceSummaries$, aS as ListDocumentMetadataHistory$, aT as ListDocuments$, aU as ListDocumentVersions$, aV as ListInventoryEntries$, aW as ListNodes$, aX as ListNodesSummary$, aY as ListOpsItemEvents$, aZ as ListOpsItemRelatedItems$, a_ as ListOpsMetadata$, a$ as ListResourceComplianceSummaries$, b0 as ListResourceDataSync$, b1 as ListTagsForResource$, b2 as ModifyDocumentPermission$, b3 as PutComplianceItems$, b4 as PutInventory$, b5 as PutParameter$, b6 as PutResourcePolicy$, b7 as RegisterDefaultHostManagementConfiguration$, b8 as RegisterDefaultPatchBaseline$, b9 as RegisterPatchBaselineForPatchGroup$, ba as RegisterTargetWithMaintenanceWindow$, bb as RegisterTaskWithMaintenanceWindow$, bc as RemoveTagsFromResource$, bd as ResetServiceSetting$, be as ResumeSession$, bf as SendAutomationSignal$, bg as StartAccessRequest$, bh as StartAssociationsOnce$, bi as StartChangeRequestExecution$, bj as StartExecutionPreview$, bk as StartSession$, bl as TerminateSession$, bm as UnlabelParameterVersion$, bn as UpdateAssociation$, bo as UpdateAssociationStatus$, bp as UpdateCloudConnector$, bq as UpdateDocument$, br as UpdateDocumentDefaultVersion$, bs as UpdateDocumentMetadata$, bt as UpdateMaintenanceWindow$, bu as UpdateMaintenanceWindowTarget$, bv as UpdateMaintenanceWindowTask$, bw as UpdateManagedInstanceRole$, bx as UpdateOpsItem$, by as UpdateOpsMetadata$, bz as UpdatePatchBaseline$, bA as UpdateResourceDataSync$, bB as UpdateServiceSetting$, bC as ValidateCloudConnector$, bD as SSMClient, L as ListCommandsCommand, G as GetCommandInvocationCommand, p as paginateListCommandInvocations, b as StopAutomationExecutionCommand, a as StartAutomationExecutionCommand, S as SendCommandCommand, bE as ListCommandInvocationsCommand, c as GetAutomationExecutionCommand, C as CancelCommandCommand } from './ListCommandInvocationsPaginator-DESjcmSX.js';
export { bF as AccessDeniedException, bG as AccessDeniedException$, bH as AccountSharingInfo$, bI as Activation$, bJ as AddTagsToResourceRequest$, bK as AddTagsToResourceResult$, bL as Alarm$, bM as AlarmConfiguration$, bN as AlarmStateInformation$, bO as AlreadyExistsException, bP as AlreadyExistsException$, bQ as AssociateOpsItemRelatedItemRequest$, bR as AssociateOpsItemRelatedItemResponse$, bS as AssociatedInstances, bT as AssociatedInstances$, bU as Association$, bV as AssociationAlreadyExists, bW as AssociationAlreadyExists$, bX as AssociationDescription$, bY as AssociationDoesNotExist, bZ as AssociationDoesNotExist$, b_ as AssociationExecution$, b$ as AssociationExecutionDoesNotExist, c0 as AssociationExecutionDoesNotExist$, c1 as AssociationExecutionFilter$, c2 as AssociationExecutionTarget$, c3 as AssociationExecutionTargetsFilter$, c4 as AssociationFilter$, c5 as AssociationLimitExceeded, c6 as AssociationLimitExceeded$, c7 as AssociationOverview$, c8 as AssociationStatus$, c9 as AssociationVersionInfo$, ca as AssociationVersionLimitExceeded, cb as AssociationVersionLimitExceeded$, cc as AttachmentContent$, cd as AttachmentInformation$, ce as AttachmentsSource$, cf as AutomationDefinitionNotApprovedException, cg as AutomationDefinitionNotApprovedException$, ch as AutomationDefinitionNotFoundException, ci as AutomationDefinitionNotFoundException$, cj as AutomationDefinitionVersionNotFoundException, ck as AutomationDefinitionVersionNotFoundException$, cl as AutomationExecution$, cm as AutomationExecutionFilter$, cn as AutomationExecutionInputs$, co as AutomationExecutionLimitExceededException, cp as AutomationExecutionLimitExceededException$, cq as AutomationExecutionMetadata$, cr as AutomationExecutionNotFoundException, cs as AutomationExecutionNotFoundException$, ct as AutomationExecutionPreview$, cu as AutomationStepNotFoundException, cv as AutomationStepNotFoundException$, cw as AzureConfiguration$, cx as AzureSubscription$, cy as BaselineOverride$, cz as CancelCommand$, cA as CancelCommandRequest$, cB as CancelCommandResult$, cC as CancelMaintenanceWindowExecutionRequest$, cD as CancelMaintenanceWindowExecutionResult$, cE as CloudConnectorConfiguration$, cF as CloudConnectorFilter$, cG as CloudConnectorSummary$, cH as CloudWatchOutputConfig$, cI as Command$, cJ as CommandFilter$, cK as CommandInvocation$, cL as CommandPlugin$, cM as ComplianceExecutionSummary$, cN as ComplianceItem$, cO as ComplianceItemEntry$, cP as ComplianceStringFilter$, cQ as ComplianceSummaryItem$, cR as ComplianceTypeCountLimitExceededException, cS as ComplianceTypeCountLimitExceededException$, cT as CompliantSummary$, cU as ConfigurationTargets$, cV as ConflictException, cW as ConflictException$, cX as CreateActivationRequest$, cY as CreateActivationResult$, cZ as CreateAssociationBatchRequest$, c_ as CreateAssociationBatchRequestEntry$, c$ as CreateAssociationBatchResult$, d0 as CreateAssociationRequest$, d1 as CreateAssociationResult$, d2 as CreateCloudConnectorRequest$, d3 as CreateCloudConnectorResult$, d4 as CreateDocumentRequest$, d5 as CreateDocumentResult$, d6 as CreateMaintenanceWindowRequest$, d7 as CreateMaintenanceWindowResult$, d8 as CreateOpsItemRequest$, d9 as CreateOpsItemResponse$, da as CreateOpsMetadataRequest$, db as CreateOpsMetadataResult$, dc as CreatePatchBaselineRequest$, dd as CreatePatchBaselineResult$, de as CreateResourceDataSyncRequest$, df as CreateResourceDataSyncResult$, dg as Credentials$, dh as CustomSchemaCountLimitExceededException, di as CustomSchemaCountLimitExceededException$, dj as DeleteActivationRequest$, dk as DeleteActivationResult$, dl as DeleteAssociationRequest$, dm as DeleteAssociationResult$, dn as DeleteCloudConnectorRequest$, dp as DeleteCloudConnectorResult$, dq as DeleteDocumentRequest$, dr as DeleteDocumentResult$, ds as DeleteInventoryRequest$, dt as DeleteInventoryResult$, du as DeleteMaintenanceWindowRequest$, dv as DeleteMaintenanceWindowResult$, dw as DeleteOpsItemRequest$, dx as DeleteOpsItemResponse$, dy as DeleteOpsMetadataRequest$, dz as DeleteOpsMetadataResult$, dA as DeleteParameterRequest$, dB as DeleteParameterResult$, dC as DeleteParametersRequest$, dD as DeleteParametersResult$, dE as DeletePatchBaselineRequest$, dF as DeletePatchBaselineResult$, dG as DeleteResourceDataSyncRequest$, dH as DeleteResourceDataSyncResult$, dI as DeleteResourcePolicyRequest$, dJ as DeleteResourcePolicyResponse$, dK as DeregisterDefaultHostManagementConfigurationRequest$, dL as DeregisterDefaultHostManagementConfigurationResult$, dM as DeregisterManagedInstanceRequest$, dN as DeregisterManagedInstanceResult$, dO as DeregisterPatchBaselineForPatchGroupRequest$, dP as DeregisterPatchBaselineForPatchGroupResult$, dQ as DeregisterTargetFromMaintenanceWindowRequest$, dR as DeregisterTargetFromMaintenanceWindowResult$, dS as DeregisterTaskFromMaintenanceWindowRequest$, dT as DeregisterTaskFromMaintenanceWindowResult$, dU as DescribeActivationsFilter$, dV as DescribeActivationsRequest$, dW as DescribeActivationsResult$, dX as DescribeAssociationExecutionTargetsRequest$, dY as DescribeAssociationExecutionTargetsResult$, dZ as DescribeAssociationExecutionsRequest$, d_ as DescribeAssociationExecutionsResult$, d$ as DescribeAssociationRequest$, e0 as DescribeAssociationResult$, e1 as DescribeAutomationExecutionsRequest$, e2 as DescribeAutomationExecutionsResult$, e3 as DescribeAutomationStepExecutionsRequest$, e4 as DescribeAutomationStepExecutionsResult$, e5 as DescribeAvailablePatchesRequest$, e6 as DescribeAvailablePatchesResult$, e7 as DescribeDocumentPermissionRequest$, e8 as DescribeDocumentPermissionResponse$, e9 as DescribeDocumentRequest$, ea as DescribeDocumentResult$, eb as DescribeEffectiveInstanceAssociationsRequest$, ec as DescribeEffectiveInstanceAssociationsResult$, ed as DescribeEffectivePatchesForPatchBaselineRequest$, ee as DescribeEffectivePatchesForPatchBaselineResult$, ef as DescribeInstanceAssociationsStatusRequest$, eg as DescribeInstanceAssociationsStatusResult$, eh as DescribeInstanceInformationRequest$, ei as DescribeInstanceInformationResult$, ej as DescribeInstancePatchStatesForPatchGroupRequest$, ek as DescribeInstancePatchStatesForPatchGroupResult$, el as DescribeInstancePatchStatesRequest$, em as DescribeInstancePatchStatesResult$, en as DescribeInstancePatchesRequest$, eo as DescribeInstancePatchesResult$, ep as DescribeInstancePropertiesRequest$, eq as DescribeInstancePropertiesResult$, er as DescribeInventoryDeletionsRequest$, es as DescribeInventoryDeletionsResult$, et as DescribeMaintenanceWindowExecutionTaskInvocationsRequest$, eu as DescribeMaintenanceWindowExecutionTaskInvocationsResult$, ev as DescribeMaintenanceWindowExecutionTasksRequest$, ew as DescribeMaintenanceWindowExecutionTasksResult$, ex as DescribeMaintenanceWindowExecutionsRequest$, ey as DescribeMaintenanceWindowExecutionsResult$, ez as DescribeMaintenanceWindowScheduleRequest$, eA as DescribeMaintenanceWindowScheduleResult$, eB as DescribeMaintenanceWindowTargetsRequest$, eC as DescribeMaintenanceWindowTargetsResult$, eD as DescribeMaintenanceWindowTasksRequest$, eE as DescribeMaintenanceWindowTasksResult$, eF as DescribeMaintenanceWindowsForTargetRequest$, eG as DescribeMaintenanceWindowsForTargetResult$, eH as DescribeMaintenanceWindowsRequest$, eI as DescribeMaintenanceWindowsResult$, eJ as DescribeOpsItemsRequest$, eK as DescribeOpsItemsResponse$, eL as DescribeParametersRequest$, eM as DescribeParametersResult$, eN as DescribePatchBaselinesRequest$, eO as DescribePatchBaselinesResult$, eP as DescribePatchGroupStateRequest$, eQ as DescribePatchGroupStateResult$, eR as DescribePatchGroupsRequest$, eS as DescribePatchGroupsResult$, eT as DescribePatchPropertiesRequest$, eU as DescribePatchPropertiesResult$, eV as DescribeSessionsRequest$, eW as DescribeSessionsResponse$, eX as DisassociateOpsItemRelatedItemRequest$, eY as DisassociateOpsItemRelatedItemResponse$, eZ as DocumentAlreadyExists, e_ as DocumentAlreadyExists$, e$ as DocumentDefaultVersionDescription$, f0 as DocumentDescription$, f1 as DocumentFilter$, f2 as DocumentIdentifier$, f3 as DocumentKeyValuesFilter$, f4 as DocumentLimitExceeded, f5 as DocumentLimitExceeded$, f6 as DocumentMetadataResponseInfo$, f7 as DocumentParameter$, f8 as DocumentPermissionLimit, f9 as DocumentPermissionLimit$, fa as DocumentRequires$, fb as DocumentReviewCommentSource$, fc as DocumentReviewerResponseSource$, fd as DocumentReviews$, fe as DocumentVersionInfo$, ff as DocumentVersionLimitExceeded, fg as DocumentVersionLimitExceeded$, fh as DoesNotExistException, fi as DoesNotExistException$, fj as DuplicateDocumentContent, fk as DuplicateDocumentContent$, fl as DuplicateDocumentVersionName, fm as DuplicateDocumentVersionName$, fn as DuplicateInstanceId, fo as DuplicateInstanceId$, fp as EffectivePatch$, fq as ExecutionInputs$, fr as ExecutionPreview$, fs as FailedCreateAssociation$, ft as FailureDetails$, fu as FeatureNotAvailableException, fv as FeatureNotAvailableException$, fw as GetAccessTokenRequest$, fx as GetAccessTokenResponse$, fy as GetAutomationExecution$, fz as GetAutomationExecutionRequest$, fA as GetAutomationExecutionResult$, fB as GetCalendarStateRequest$, fC as GetCalendarStateResponse$, fD as GetCloudConnectorRequest$, fE as GetCloudConnectorResult$, fF as GetCommandInvocation$, fG as GetCommandInvocationRequest$, fH as GetCommandInvocationResult$, fI as GetConnectionStatusRequest$, fJ as GetConnectionStatusResponse$, fK as GetDefaultPatchBaselineRequest$, fL as GetDefaultPatchBaselineResult$, fM as GetDeployablePatchSnapshotForInstanceRequest$, fN as GetDeployablePatchSnapshotForInstanceResult$, fO as GetDocumentRequest$, fP as GetDocumentResult$, fQ as GetExecutionPreviewRequest$, fR as GetExecutionPreviewResponse$, fS as GetInventoryRequest$, fT as GetInventoryResult$, fU as GetInventorySchemaRequest$, fV as GetInventorySchemaResult$, fW as GetMaintenanceWindowExecutionRequest$, fX as GetMaintenanceWindowExecutionResult$, fY as GetMaintenanceWindowExecutionTaskInvocationRequest$, fZ as GetMaintenanceWindowExecutionTaskInvocationResult$, f_ as GetMaintenanceWindowExecutionTaskRequest$, f$ as GetMaintenanceWindowExecutionTaskResult$, g0 as GetMaintenanceWindowRequest$, g1 as GetMaintenanceWindowResult$, g2 as GetMaintenanceWindowTaskRequest$, g3 as GetMaintenanceWindowTaskResult$, g4 as GetOpsItemRequest$, g5 as GetOpsItemResponse$, g6 as GetOpsMetadataRequest$, g7 as GetOpsMetadataResult$, g8 as GetOpsSummaryRequest$, g9 as GetOpsSummaryResult$, ga as GetParameterHistoryRequest$, gb as GetParameterHistoryResult$, gc as GetParameterRequest$, gd as GetParameterResult$, ge as GetParametersByPathRequest$, gf as GetParametersByPathResult$, gg as GetParametersRequest$, gh as GetParametersResult$, gi as GetPatchBaselineForPatchGroupRequest$, gj as GetPatchBaselineForPatchGroupResult$, gk as GetPatchBaselineRequest$, gl as GetPatchBaselineResult$, gm as GetResourcePoliciesRequest$, gn as GetResourcePoliciesResponse$, go as GetResourcePoliciesResponseEntry$, gp as GetServiceSettingRequest$, gq as GetServiceSettingResult$, gr as HierarchyLevelLimitExceededException, gs as HierarchyLevelLimitExceededException$, gt as HierarchyTypeMismatchException, gu as HierarchyTypeMismatchException$, gv as IdempotentParameterMismatch, gw as IdempotentParameterMismatch$, gx as IncompatiblePolicyException, gy as IncompatiblePolicyException$, gz as InstanceAggregatedAssociationOverview$, gA as InstanceAssociation$, gB as InstanceAssociationOutputLocation$, gC as InstanceAssociationOutputUrl$, gD as InstanceAssociationStatusInfo$, gE as InstanceInfo$, gF as InstanceInformation$, gG as InstanceInformationFilter$, gH as InstanceInformationStringFilter$, gI as InstancePatchState$, gJ as InstancePatchStateFilter$, gK as InstanceProperty$, gL as InstancePropertyFilter$, gM as InstancePropertyStringFilter$, gN as InternalServerError, gO as InternalServerError$, gP as InvalidActivation, gQ as InvalidActivation$, gR as InvalidActivationId, gS as InvalidActivationId$, gT as InvalidAggregatorException, gU as InvalidAggregatorException$, gV as InvalidAllowedPatternException, gW as InvalidAllowedPatternException$, gX as InvalidAssociation, gY as InvalidAssociation$, gZ as InvalidAssociationVersion, g_ as InvalidAssociationVersion$, g$ as InvalidAutomationExecutionParametersException, h0 as InvalidAutomationExecutionParametersException$, h1 as InvalidAutomationSignalException, h2 as InvalidAutomationSignalException$, h3 as InvalidAutomationStatusUpdateException, h4 as InvalidAutomationStatusUpdateException$, h5 as InvalidCommandId, h6 as InvalidCommandId$, h7 as InvalidDeleteInventoryParametersException, h8 as InvalidDeleteInventoryParametersException$, h9 as InvalidDeletionIdException, ha as InvalidDeletionIdException$, hb as InvalidDocument, hc as InvalidDocument$, hd as InvalidDocumentContent, he as InvalidDocumentContent$, hf as InvalidDocumentOperation, hg as InvalidDocumentOperation$, hh as InvalidDocumentSchemaVersion, hi as InvalidDocumentSchemaVersion$, hj as InvalidDocumentType, hk as InvalidDocumentType$, hl as InvalidDocumentVersion, hm as InvalidDocumentVersion$, hn as InvalidFilter, ho as InvalidFilter$, hp as InvalidFilterKey, hq as InvalidFilterKey$, hr as InvalidFilterOption, hs as InvalidFilterOption$, ht as InvalidFilterValue, hu as InvalidFilterValue$, hv as InvalidInstanceId, hw as InvalidInstanceId$, hx as InvalidInstanceInformationFilterValue, hy as InvalidInstanceInformationFilterValue$, hz as InvalidInstancePropertyFilterValue, hA as InvalidInstancePropertyFilterValue$, hB as InvalidInventoryGroupException, hC as InvalidInventoryGroupException$, hD as InvalidInventoryItemContextException, hE as InvalidInventoryItemContextException$, hF as InvalidInventoryRequestException, hG as InvalidInventoryRequestException$, hH as InvalidItemContentException, hI as InvalidItemContentException$, hJ as InvalidKeyId, hK as InvalidKeyId$, hL as InvalidNextToken, hM as InvalidNextToken$, hN as InvalidNotificationConfig, hO as InvalidNotificationConfig$, hP as InvalidOptionException, hQ as InvalidOptionException$, hR as InvalidOutputFolder, hS as InvalidOutputFolder$, hT as InvalidOutputLocation, hU as InvalidOutputLocation$, hV as InvalidParameters, hW as InvalidParameters$, hX as InvalidPermissionType, hY as InvalidPermissionType$, hZ as InvalidPluginName, h_ as InvalidPluginName$, h$ as InvalidPolicyAttributeException, i0 as InvalidPolicyAttributeException$, i1 as InvalidPolicyTypeException, i2 as InvalidPolicyTypeException$, i3 as InvalidResourceId, i4 as InvalidResourceId$, i5 as InvalidResourceType, i6 as InvalidResourceType$, i7 as InvalidResultAttributeException, i8 as InvalidResultAttributeException$, i9 as InvalidRole, ia as InvalidRole$, ib as InvalidSchedule, ic as InvalidSchedule$, id as InvalidTag, ie as InvalidTag$, ig as InvalidTarget, ih as InvalidTarget$, ii as InvalidTargetMaps, ij as InvalidTargetMaps$, ik as InvalidTypeNameException, il as InvalidTypeNameException$, im as InvalidUpdate, io as InvalidUpdate$, ip as InventoryAggregator$, iq as InventoryDeletionStatusItem$, ir as InventoryDeletionSummary$, is as InventoryDeletionSummaryItem$, it as InventoryFilter$, iu as InventoryGroup$, iv as InventoryItem$, iw as InventoryItemAttribute$, ix as InventoryItemSchema$, iy as InventoryResultEntity$, iz as InventoryResultItem$, iA as InvocationDoesNotExist, iB as InvocationDoesNotExist$, iC as ItemContentMismatchException, iD as ItemContentMismatchException$, iE as ItemSizeLimitExceededException, iF as ItemSizeLimitExceededException$, iG as LabelParameterVersionRequest$, iH as LabelParameterVersionResult$, iI as ListAssociationVersionsRequest$, iJ as ListAssociationVersionsResult$, iK as ListAssociationsRequest$, iL as ListAssociationsResult$, iM as ListCloudConnectorsRequest$, iN as ListCloudConnectorsResult$, iO as ListCommandInvocations$, iP as ListCommandInvocationsRequest$, iQ as ListCommandInvocationsResult$, iR as ListCommands$, iS as ListCommandsRequest$, iT as ListCommandsResult$, iU as ListComplianceItemsRequest$, iV as ListComplianceItemsResult$, iW as ListComplianceSummariesRequest$, iX as ListComplianceSummariesResult$, iY as ListDocumentMetadataHistoryRequest$, iZ as ListDocumentMetadataHistoryResponse$, i_ as ListDocumentVersionsRequest$, i$ as ListDocumentVersionsResult$, j0 as ListDocumentsRequest$, j1 as ListDocumentsResult$, j2 as ListInventoryEntriesRequest$, j3 as ListInventoryEntriesResult$, j4 as ListNodesRequest$, j5 as ListNodesResult$, j6 as ListNodesSummaryRequest$, j7 as ListNodesSummaryResult$, j8 as ListOpsItemEventsRequest$, j9 as ListOpsItemEventsResponse$, ja as ListOpsItemRelatedItemsRequest$, jb as ListOpsItemRelatedItemsResponse$, jc as ListOpsMetadataRequest$, jd as ListOpsMetadataResult$, je as ListResourceComplianceSummariesRequest$, jf as ListResourceComplianceSummariesResult$, jg as ListResourceDataSyncRequest$, jh as ListResourceDataSyncResult$, ji as ListTagsForResourceRequest$, jj as ListTagsForResourceResult$, jk as LoggingInfo$, jl as MaintenanceWindowAutomationParameters$, jm as MaintenanceWindowExecution$, jn as MaintenanceWindowExecutionTaskIdentity$, jo as MaintenanceWindowExecutionTaskInvocationIdentity$, jp as MaintenanceWindowFilter$, jq as MaintenanceWindowIdentity$, jr as MaintenanceWindowIdentityForTarget$, js as MaintenanceWindowLambdaParameters$, jt as MaintenanceWindowRunCommandParameters$, ju as MaintenanceWindowStepFunctionsParameters$, jv as MaintenanceWindowTarget$, jw as MaintenanceWindowTask$, jx as MaintenanceWindowTaskInvocationParameters$, jy as MaintenanceWindowTaskParameterValueExpression$, jz as MalformedResourcePolicyDocumentException, jA as MalformedResourcePolicyDocumentException$, jB as MaxDocumentSizeExceeded, jC as MaxDocumentSizeExceeded$, jD as MetadataValue$, jE as ModifyDocumentPermissionRequest$, jF as ModifyDocumentPermissionResponse$, jG as NoLongerSupportedException, jH as NoLongerSupportedException$, jI as Node$, jJ as NodeAggregator$, jK as NodeFilter$, jL as NodeOwnerInfo$, jM as NodeType$, jN as NonCompliantSummary$, jO as NotificationConfig$, jP as OpsAggregator$, jQ as OpsEntity$, jR as OpsEntityItem$, jS as OpsFilter$, jT as OpsItem$, jU as OpsItemAccessDeniedException, jV as OpsItemAccessDeniedException$, jW as OpsItemAlreadyExistsException, jX as OpsItemAlreadyExistsException$, jY as OpsItemConflictException, jZ as OpsItemConflictException$, j_ as OpsItemDataValue$, j$ as OpsItemEventFilter$, k0 as OpsItemEventSummary$, k1 as OpsItemFilter$, k2 as OpsItemIdentity$, k3 as OpsItemInvalidParameterException, k4 as OpsItemInvalidParameterException$, k5 as OpsItemLimitExceededException, k6 as OpsItemLimitExceededException$, k7 as OpsItemNotFoundException, k8 as OpsItemNotFoundException$, k9 as OpsItemNotification$, ka as OpsItemRelatedItemAlreadyExistsException, kb as OpsItemRelatedItemAlreadyExistsException$, kc as OpsItemRelatedItemAssociationNotFoundException, kd as OpsItemRelatedItemAssociationNotFoundException$, ke as OpsItemRelatedItemSummary$, kf as OpsItemRelatedItemsFilter$, kg as OpsItemSummary$, kh as OpsMetadata$, ki as OpsMetadataAlreadyExistsException, kj as OpsMetadataAlreadyExistsException$, kk as OpsMetadataFilter$, kl as OpsMetadataInvalidArgumentException, km as OpsMetadataInvalidArgumentException$, kn as OpsMetadataKeyLimitExceededException, ko as OpsMetadataKeyLimitExceededException$, kp as OpsMetadataLimitExceededException, kq as OpsMetadataLimitExceededException$, kr as OpsMetadataNotFoundException, ks as OpsMetadataNotFoundException$, kt as OpsMetadataTooManyUpdatesException, ku as OpsMetadataTooManyUpdatesException$, kv as OpsResultAttribute$, kw as OutputSource$, kx as Parameter$, ky as ParameterAlreadyExists, kz as ParameterAlreadyExists$, kA as ParameterHistory$, kB as ParameterInlinePolicy$, kC as ParameterLimitExceeded, kD as ParameterLimitExceeded$, kE as ParameterMaxVersionLimitExceeded, kF as ParameterMaxVersionLimitExceeded$, kG as ParameterMetadata$, kH as ParameterNotFound, kI as ParameterNotFound$, kJ as ParameterPatternMismatchException, kK as ParameterPatternMismatchException$, kL as ParameterStringFilter$, kM as ParameterVersionLabelLimitExceeded, kN as ParameterVersionLabelLimitExceeded$, kO as ParameterVersionNotFound, kP as ParameterVersionNotFound$, kQ as ParametersFilter$, kR as ParentStepDetails$, kS as Patch$, kT as PatchBaselineIdentity$, kU as PatchComplianceData$, kV as PatchFilter$, kW as PatchFilterGroup$, kX as PatchGroupPatchBaselineMapping$, kY as PatchOrchestratorFilter$, kZ as PatchRule$, k_ as PatchRuleGroup$, k$ as PatchSource$, l0 as PatchStatus$, l1 as PoliciesLimitExceededException, l2 as PoliciesLimitExceededException$, l3 as ProgressCounters$, l4 as PutComplianceItemsRequest$, l5 as PutComplianceItemsResult$, l6 as PutInventoryRequest$, l7 as PutInventoryResult$, l8 as PutParameterRequest$, l9 as PutParameterResult$, la as PutResourcePolicyRequest$, lb as PutResourcePolicyResponse$, lc as RegisterDefaultHostManagementConfigurationRequest$, ld as RegisterDefaultHostManagementConfigurationResult$, le as RegisterDefaultPatchBaselineRequest$, lf as RegisterDefaultPatchBaselineResult$, lg as RegisterPatchBaselineForPatchGroupRequest$, lh as RegisterPatchBaselineForPatchGroupResult$, li as RegisterTargetWithMaintenanceWindowRequest$, lj as RegisterTargetWithMaintenanceWindowResult$, lk as RegisterTaskWithMaintenanceWindowRequest$, ll as RegisterTaskWithMaintenanceWindowResult$, lm as RegistrationMetadataItem$, ln as RelatedOpsItem$, lo as RemoveTagsFromResourceRequest$, lp as RemoveTagsFromResourceResult$, lq as ResetServiceSettingRequest$, lr as ResetServiceSettingResult$, ls as ResolvedTargets$, lt as ResourceComplianceSummaryItem$, lu as ResourceDataSyncAlreadyExistsException, lv as ResourceDataSyncAlreadyExistsException$, lw as ResourceDataSyncAwsOrganizationsSource$, lx as ResourceDataSyncConflictException, ly as ResourceDataSyncConflictException$, lz as ResourceDataSyncCountExceededException, lA as ResourceDataSyncCountExceededException$, lB as ResourceDataSyncDestinationDataSharing$, lC as ResourceDataSyncInvalidConfigurationException, lD as ResourceDataSyncInvalidConfigurationException$, lE as ResourceDataSyncItem$, lF as ResourceDataSyncNotFoundException, lG as ResourceDataSyncNotFoundException$, lH as ResourceDataSyncOrganizationalUnit$, lI as ResourceDataSyncS3Destination$, lJ as ResourceDataSyncSource$, lK as ResourceDataSyncSourceWithState$, lL as ResourceInUseException, lM as ResourceInUseException$, lN as ResourceLimitExceededException, lO as ResourceLimitExceededException$, lP as ResourceNotFoundException, lQ as ResourceNotFoundException$, lR as ResourcePolicyConflictException, lS as ResourcePolicyConflictException$, lT as ResourcePolicyInvalidParameterException, lU as ResourcePolicyInvalidParameterException$, lV as ResourcePolicyLimitExceededException, lW as ResourcePolicyLimitExceededException$, lX as ResourcePolicyNotFoundException, lY as ResourcePolicyNotFoundException$, lZ as ResultAttribute$, l_ as ResumeSessionRequest$, l$ as ResumeSessionResponse$, m0 as ReviewInformation$, m1 as Runbook$, m2 as S3OutputLocation$, m3 as S3OutputUrl$, m4 as SSMServiceException, m5 as SSMServiceException$, m6 as ScheduledWindowExecution$, m7 as SendAutomationSignalRequest$, m8 as SendAutomationSignalResult$, m9 as SendCommand$, ma as SendCommandRequest$, mb as SendCommandResult$, mc as ServiceQuotaExceededException, md as ServiceQuotaExceededException$, me as ServiceSetting$, mf as ServiceSettingNotFound, mg as ServiceSettingNotFound$, mh as Session$, mi as SessionFilter$, mj as SessionManagerOutputUrl$, mk as SeveritySummary$, ml as StartAccessRequestRequest$, mm as StartAccessRequestResponse$, mn as StartAssociationsOnceRequest$, mo as StartAssociationsOnceResult$, mp as StartAutomationExecution$, mq as StartAutomationExecutionRequest$, mr as StartAutomationExecutionResult$, ms as StartChangeRequestExecutionRequest$, mt as StartChangeRequestExecutionResult$, mu as StartExecutionPreviewRequest$, mv as StartExecutionPreviewResponse$, mw as StartSessionRequest$, mx as StartSessionResponse$, my as StatusUnchanged, mz as StatusUnchanged$, mA as StepExecution$, mB as StepExecutionFilter$, mC as StopAutomationExecution$, mD as StopAutomationExecutionRequest$, mE as StopAutomationExecutionResult$, mF as SubTypeCountLimitExceededException, mG as SubTypeCountLimitExceededException$, mH as Tag$, mI as Target$, mJ as TargetInUseException, mK as TargetInUseException$, mL as TargetLocation$, mM as TargetNotConnected, mN as TargetNotConnected$, mO as TargetPreview$, mP as TerminateSessionRequest$, mQ as TerminateSessionResponse$, mR as ThrottlingException, mS as ThrottlingException$, mT as TooManyTagsError, mU as TooManyTagsError$, mV as TooManyUpdates, mW as TooManyUpdates$, mX as TotalSizeLimitExceededException, mY as TotalSizeLimitExceededException$, mZ as UnlabelParameterVersionRequest$, m_ as UnlabelParameterVersionResult$, m$ as UnsupportedCalendarException, n0 as UnsupportedCalendarException$, n1 as UnsupportedFeatureRequiredException, n2 as UnsupportedFeatureRequiredException$, n3 as UnsupportedInventoryItemContextException, n4 as UnsupportedInventoryItemContextException$, n5 as UnsupportedInventorySchemaVersionException, n6 as UnsupportedInventorySchemaVersionException$, n7 as UnsupportedOperatingSystem, n8 as UnsupportedOperatingSystem$, n9 as UnsupportedOperationException, na as UnsupportedOperationException$, nb as UnsupportedParameterType, nc as UnsupportedParameterType$, nd as UnsupportedPlatformType, ne as UnsupportedPlatformType$, nf as UpdateAssociationRequest$, ng as UpdateAssociationResult$, nh as UpdateAssociationStatusRequest$, ni as UpdateAssociationStatusResult$, nj as UpdateCloudConnectorRequest$, nk as UpdateCloudConnectorResult$, nl as UpdateDocumentDefaultVersionRequest$, nm as UpdateDocumentDefaultVersionResult$, nn as UpdateDocumentMetadataRequest$, no as UpdateDocumentMetadataResponse$, np as UpdateDocumentRequest$, nq as UpdateDocumentResult$, nr as UpdateMaintenanceWindowRequest$, ns as UpdateMaintenanceWindowResult$, nt as UpdateMaintenanceWindowTargetRequest$, nu as UpdateMaintenanceWindowTargetResult$, nv as UpdateMaintenanceWindowTaskRequest$, nw as UpdateMaintenanceWindowTaskResult$, nx as UpdateManagedInstanceRoleRequest$, ny as UpdateManagedInstanceRoleResult$, nz as UpdateOpsItemRequest$, nA as UpdateOpsItemResponse$, nB as UpdateOpsMetadataRequest$, nC as UpdateOpsMetadataResult$, nD as UpdatePatchBaselineRequest$, nE as UpdatePatchBaselineResult$, nF as UpdateResourceDataSyncRequest$, nG as UpdateResourceDataSyncResult$, nH as UpdateServiceSettingRequest$, nI as UpdateServiceSettingResult$, nJ as ValidateCloudConnectorRequest$, nK as ValidateCloudConnectorResult$, nL as ValidationException, nM as ValidationException$, nN as ValidationFinding$, nO as ValidationFindingScope$, nP as errorTypeRegistries } from './ListCommandInvocationsPaginator-DESjcmSX.js';
import { c as createPaginator } from './AwsJsonRpcProtocol-B_xu2GGe.js';
import { c as createWaiter, a as checkExceptions, W as WaiterState } from './createWaiter-oGrz_7lj.js';
import { c as createAggregatedClient } from './create-aggregated-client-DhEwY-kY.js';
export { w as $Command } from './index-MKrXWUkc.js';
export { ac as __Client } from './Sha256Node-NnzFsGwH.js';
import 'node:crypto';
import './AwsJson1_1Protocol-CSQjG730.js';
import './node-http-handler-C-7qll6V.js';
import 'node:https';
import './getDefaultSocketTimeout-DL-CUiQe.js';
import './RpcProtocol-RSuFelYT.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import 'node:fs';
import 'node:stream';
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

class CreateDocumentCommand extends command(_ep0, _mw0, "CreateDocument", CreateDocument$) {
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

class DescribeAutomationExecutionsCommand extends command(_ep0, _mw0, "DescribeAutomationExecutions", DescribeAutomationExecutions$) {
}

class DescribeAutomationStepExecutionsCommand extends command(_ep0, _mw0, "DescribeAutomationStepExecutions", DescribeAutomationStepExecutions$) {
}

class DescribeAvailablePatchesCommand extends command(_ep0, _mw0, "DescribeAvailablePatches", DescribeAvailablePatches$) {
}

class DescribeDocumentCommand extends command(_ep0, _mw0, "DescribeDocument", DescribeDocument$) {
}

class DescribeDocumentPermissionCommand extends command(_ep0, _mw0, "DescribeDocumentPermission", DescribeDocumentPermission$) {
}

class DescribeEffectiveInstanceAssociationsCommand extends command(_ep0, _mw0, "DescribeEffectiveInstanceAssociations", DescribeEffectiveInstanceAssociations$) {
}

class DescribeEffectivePatchesForPatchBaselineCommand extends command(_ep0, _mw0, "DescribeEffectivePatchesForPatchBaseline", DescribeEffectivePatchesForPatchBaseline$) {
}

class DescribeInstanceAssociationsStatusCommand extends command(_ep0, _mw0, "DescribeInstanceAssociationsStatus", DescribeInstanceAssociationsStatus$) {
}

class DescribeInstanceInformationCommand extends command(_ep0, _mw0, "DescribeInstanceInformation", DescribeInstanceInformation$) {
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

class UpdateDocumentCommand extends command(_ep0, _mw0, "UpdateDocument", UpdateDocument$) {
}

class UpdateDocumentDefaultVersionCommand extends command(_ep0, _mw0, "UpdateDocumentDefaultVersion", UpdateDocumentDefaultVersion$) {
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

const paginateDescribeAutomationExecutions = createPaginator(SSMClient, DescribeAutomationExecutionsCommand, "NextToken", "NextToken", "MaxResults");

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

const paginateListCommands = createPaginator(SSMClient, ListCommandsCommand, "NextToken", "NextToken", "MaxResults");

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

export { AccessRequestStatus, AccessType, AddTagsToResource$, AddTagsToResourceCommand, AssociateOpsItemRelatedItem$, AssociateOpsItemRelatedItemCommand, AssociationComplianceSeverity, AssociationExecutionFilterKey, AssociationExecutionTargetsFilterKey, AssociationFilterKey, AssociationFilterOperatorType, AssociationStatusName, AssociationSyncCompliance, AttachmentHashType, AttachmentsSourceKey, AutomationExecutionFilterKey, AutomationExecutionStatus, AutomationSubtype, AutomationType, CalendarState, CancelCommandCommand, CancelMaintenanceWindowExecution$, CancelMaintenanceWindowExecutionCommand, CloudConnectorFilterKey, CommandFilterKey, CommandInvocationStatus, CommandPluginStatus, CommandStatus, ComplianceQueryOperatorType, ComplianceSeverity, ComplianceStatus, ComplianceUploadType, ConnectionStatus, CreateActivation$, CreateActivationCommand, CreateAssociation$, CreateAssociationBatch$, CreateAssociationBatchCommand, CreateAssociationCommand, CreateCloudConnector$, CreateCloudConnectorCommand, CreateDocument$, CreateDocumentCommand, CreateMaintenanceWindow$, CreateMaintenanceWindowCommand, CreateOpsItem$, CreateOpsItemCommand, CreateOpsMetadata$, CreateOpsMetadataCommand, CreatePatchBaseline$, CreatePatchBaselineCommand, CreateResourceDataSync$, CreateResourceDataSyncCommand, DHMCPermissionModel, DeleteActivation$, DeleteActivationCommand, DeleteAssociation$, DeleteAssociationCommand, DeleteCloudConnector$, DeleteCloudConnectorCommand, DeleteDocument$, DeleteDocumentCommand, DeleteInventory$, DeleteInventoryCommand, DeleteMaintenanceWindow$, DeleteMaintenanceWindowCommand, DeleteOpsItem$, DeleteOpsItemCommand, DeleteOpsMetadata$, DeleteOpsMetadataCommand, DeleteParameter$, DeleteParameterCommand, DeleteParameters$, DeleteParametersCommand, DeletePatchBaseline$, DeletePatchBaselineCommand, DeleteResourceDataSync$, DeleteResourceDataSyncCommand, DeleteResourcePolicy$, DeleteResourcePolicyCommand, DeletionMode, DeregisterDefaultHostManagementConfiguration$, DeregisterDefaultHostManagementConfigurationCommand, DeregisterManagedInstance$, DeregisterManagedInstanceCommand, DeregisterPatchBaselineForPatchGroup$, DeregisterPatchBaselineForPatchGroupCommand, DeregisterTargetFromMaintenanceWindow$, DeregisterTargetFromMaintenanceWindowCommand, DeregisterTaskFromMaintenanceWindow$, DeregisterTaskFromMaintenanceWindowCommand, DescribeActivations$, DescribeActivationsCommand, DescribeActivationsFilterKeys, DescribeAssociation$, DescribeAssociationCommand, DescribeAssociationExecutionTargets$, DescribeAssociationExecutionTargetsCommand, DescribeAssociationExecutions$, DescribeAssociationExecutionsCommand, DescribeAutomationExecutions$, DescribeAutomationExecutionsCommand, DescribeAutomationStepExecutions$, DescribeAutomationStepExecutionsCommand, DescribeAvailablePatches$, DescribeAvailablePatchesCommand, DescribeDocument$, DescribeDocumentCommand, DescribeDocumentPermission$, DescribeDocumentPermissionCommand, DescribeEffectiveInstanceAssociations$, DescribeEffectiveInstanceAssociationsCommand, DescribeEffectivePatchesForPatchBaseline$, DescribeEffectivePatchesForPatchBaselineCommand, DescribeInstanceAssociationsStatus$, DescribeInstanceAssociationsStatusCommand, DescribeInstanceInformation$, DescribeInstanceInformationCommand, DescribeInstancePatchStates$, DescribeInstancePatchStatesCommand, DescribeInstancePatchStatesForPatchGroup$, DescribeInstancePatchStatesForPatchGroupCommand, DescribeInstancePatches$, DescribeInstancePatchesCommand, DescribeInstanceProperties$, DescribeInstancePropertiesCommand, DescribeInventoryDeletions$, DescribeInventoryDeletionsCommand, DescribeMaintenanceWindowExecutionTaskInvocations$, DescribeMaintenanceWindowExecutionTaskInvocationsCommand, DescribeMaintenanceWindowExecutionTasks$, DescribeMaintenanceWindowExecutionTasksCommand, DescribeMaintenanceWindowExecutions$, DescribeMaintenanceWindowExecutionsCommand, DescribeMaintenanceWindowSchedule$, DescribeMaintenanceWindowScheduleCommand, DescribeMaintenanceWindowTargets$, DescribeMaintenanceWindowTargetsCommand, DescribeMaintenanceWindowTasks$, DescribeMaintenanceWindowTasksCommand, DescribeMaintenanceWindows$, DescribeMaintenanceWindowsCommand, DescribeMaintenanceWindowsForTarget$, DescribeMaintenanceWindowsForTargetCommand, DescribeOpsItems$, DescribeOpsItemsCommand, DescribeParameters$, DescribeParametersCommand, DescribePatchBaselines$, DescribePatchBaselinesCommand, DescribePatchGroupState$, DescribePatchGroupStateCommand, DescribePatchGroups$, DescribePatchGroupsCommand, DescribePatchProperties$, DescribePatchPropertiesCommand, DescribeSessions$, DescribeSessionsCommand, DisassociateOpsItemRelatedItem$, DisassociateOpsItemRelatedItemCommand, DocumentFilterKey, DocumentFormat, DocumentHashType, DocumentMetadataEnum, DocumentParameterType, DocumentPermissionType, DocumentReviewAction, DocumentReviewCommentType, DocumentStatus, DocumentType, ExecutionMode, ExecutionPreviewStatus, ExternalAlarmState, Fault, GetAccessToken$, GetAccessTokenCommand, GetAutomationExecutionCommand, GetCalendarState$, GetCalendarStateCommand, GetCloudConnector$, GetCloudConnectorCommand, GetCommandInvocationCommand, GetConnectionStatus$, GetConnectionStatusCommand, GetDefaultPatchBaseline$, GetDefaultPatchBaselineCommand, GetDeployablePatchSnapshotForInstance$, GetDeployablePatchSnapshotForInstanceCommand, GetDocument$, GetDocumentCommand, GetExecutionPreview$, GetExecutionPreviewCommand, GetInventory$, GetInventoryCommand, GetInventorySchema$, GetInventorySchemaCommand, GetMaintenanceWindow$, GetMaintenanceWindowCommand, GetMaintenanceWindowExecution$, GetMaintenanceWindowExecutionCommand, GetMaintenanceWindowExecutionTask$, GetMaintenanceWindowExecutionTaskCommand, GetMaintenanceWindowExecutionTaskInvocation$, GetMaintenanceWindowExecutionTaskInvocationCommand, GetMaintenanceWindowTask$, GetMaintenanceWindowTaskCommand, GetOpsItem$, GetOpsItemCommand, GetOpsMetadata$, GetOpsMetadataCommand, GetOpsSummary$, GetOpsSummaryCommand, GetParameter$, GetParameterCommand, GetParameterHistory$, GetParameterHistoryCommand, GetParameters$, GetParametersByPath$, GetParametersByPathCommand, GetParametersCommand, GetPatchBaseline$, GetPatchBaselineCommand, GetPatchBaselineForPatchGroup$, GetPatchBaselineForPatchGroupCommand, GetResourcePolicies$, GetResourcePoliciesCommand, GetServiceSetting$, GetServiceSettingCommand, ImpactType, InstanceInformationFilterKey, InstancePatchStateOperatorType, InstancePropertyFilterKey, InstancePropertyFilterOperator, InventoryAttributeDataType, InventoryDeletionStatus, InventoryQueryOperatorType, InventorySchemaDeleteOption, LabelParameterVersion$, LabelParameterVersionCommand, LastResourceDataSyncStatus, ListAssociationVersions$, ListAssociationVersionsCommand, ListAssociations$, ListAssociationsCommand, ListCloudConnectors$, ListCloudConnectorsCommand, ListCommandInvocationsCommand, ListCommandsCommand, ListComplianceItems$, ListComplianceItemsCommand, ListComplianceSummaries$, ListComplianceSummariesCommand, ListDocumentMetadataHistory$, ListDocumentMetadataHistoryCommand, ListDocumentVersions$, ListDocumentVersionsCommand, ListDocuments$, ListDocumentsCommand, ListInventoryEntries$, ListInventoryEntriesCommand, ListNodes$, ListNodesCommand, ListNodesSummary$, ListNodesSummaryCommand, ListOpsItemEvents$, ListOpsItemEventsCommand, ListOpsItemRelatedItems$, ListOpsItemRelatedItemsCommand, ListOpsMetadata$, ListOpsMetadataCommand, ListResourceComplianceSummaries$, ListResourceComplianceSummariesCommand, ListResourceDataSync$, ListResourceDataSyncCommand, ListTagsForResource$, ListTagsForResourceCommand, MaintenanceWindowExecutionStatus, MaintenanceWindowResourceType, MaintenanceWindowTaskCutoffBehavior, MaintenanceWindowTaskType, ManagedStatus, ModifyDocumentPermission$, ModifyDocumentPermissionCommand, NodeAggregatorType, NodeAttributeName, NodeFilterKey, NodeFilterOperatorType, NodeTypeName, NotificationEvent, NotificationType, OperatingSystem, OpsFilterOperatorType, OpsItemDataType, OpsItemEventFilterKey, OpsItemEventFilterOperator, OpsItemFilterKey, OpsItemFilterOperator, OpsItemRelatedItemsFilterKey, OpsItemRelatedItemsFilterOperator, OpsItemStatus, ParameterTier, ParameterType, ParametersFilterKey, PatchAction, PatchComplianceDataState, PatchComplianceLevel, PatchComplianceStatus, PatchDeploymentStatus, PatchFilterKey, PatchOperationType, PatchProperty, PatchSet, PingStatus, PlatformType, PutComplianceItems$, PutComplianceItemsCommand, PutInventory$, PutInventoryCommand, PutParameter$, PutParameterCommand, PutResourcePolicy$, PutResourcePolicyCommand, RebootOption, RegisterDefaultHostManagementConfiguration$, RegisterDefaultHostManagementConfigurationCommand, RegisterDefaultPatchBaseline$, RegisterDefaultPatchBaselineCommand, RegisterPatchBaselineForPatchGroup$, RegisterPatchBaselineForPatchGroupCommand, RegisterTargetWithMaintenanceWindow$, RegisterTargetWithMaintenanceWindowCommand, RegisterTaskWithMaintenanceWindow$, RegisterTaskWithMaintenanceWindowCommand, RemoveTagsFromResource$, RemoveTagsFromResourceCommand, ResetServiceSetting$, ResetServiceSettingCommand, ResourceDataSyncS3Format, ResourceType, ResourceTypeForTagging, ResumeSession$, ResumeSessionCommand, ReviewStatus, SSM, SSMClient, SendAutomationSignal$, SendAutomationSignalCommand, SendCommandCommand, SessionFilterKey, SessionState, SessionStatus, SignalType, SourceType, StartAccessRequest$, StartAccessRequestCommand, StartAssociationsOnce$, StartAssociationsOnceCommand, StartAutomationExecutionCommand, StartChangeRequestExecution$, StartChangeRequestExecutionCommand, StartExecutionPreview$, StartExecutionPreviewCommand, StartSession$, StartSessionCommand, StepExecutionFilterKey, StopAutomationExecutionCommand, StopType, TerminateSession$, TerminateSessionCommand, UnlabelParameterVersion$, UnlabelParameterVersionCommand, UpdateAssociation$, UpdateAssociationCommand, UpdateAssociationStatus$, UpdateAssociationStatusCommand, UpdateCloudConnector$, UpdateCloudConnectorCommand, UpdateDocument$, UpdateDocumentCommand, UpdateDocumentDefaultVersion$, UpdateDocumentDefaultVersionCommand, UpdateDocumentMetadata$, UpdateDocumentMetadataCommand, UpdateMaintenanceWindow$, UpdateMaintenanceWindowCommand, UpdateMaintenanceWindowTarget$, UpdateMaintenanceWindowTargetCommand, UpdateMaintenanceWindowTask$, UpdateMaintenanceWindowTaskCommand, UpdateManagedInstanceRole$, UpdateManagedInstanceRoleCommand, UpdateOpsItem$, UpdateOpsItemCommand, UpdateOpsMetadata$, UpdateOpsMetadataCommand, UpdatePatchBaseline$, UpdatePatchBaselineCommand, UpdateResourceDataSync$, UpdateResourceDataSyncCommand, UpdateServiceSetting$, UpdateServiceSettingCommand, ValidateCloudConnector$, ValidateCloudConnectorCommand, ValidationFindingCode, ValidationFindingScopeType, ValidationFindingType, paginateDescribeActivations, paginateDescribeAssociationExecutionTargets, paginateDescribeAssociationExecutions, paginateDescribeAutomationExecutions, paginateDescribeAutomationStepExecutions, paginateDescribeAvailablePatches, paginateDescribeEffectiveInstanceAssociations, paginateDescribeEffectivePatchesForPatchBaseline, paginateDescribeInstanceAssociationsStatus, paginateDescribeInstanceInformation, paginateDescribeInstancePatchStates, paginateDescribeInstancePatchStatesForPatchGroup, paginateDescribeInstancePatches, paginateDescribeInstanceProperties, paginateDescribeInventoryDeletions, paginateDescribeMaintenanceWindowExecutionTaskInvocations, paginateDescribeMaintenanceWindowExecutionTasks, paginateDescribeMaintenanceWindowExecutions, paginateDescribeMaintenanceWindowSchedule, paginateDescribeMaintenanceWindowTargets, paginateDescribeMaintenanceWindowTasks, paginateDescribeMaintenanceWindows, paginateDescribeMaintenanceWindowsForTarget, paginateDescribeOpsItems, paginateDescribeParameters, paginateDescribePatchBaselines, paginateDescribePatchGroups, paginateDescribePatchProperties, paginateDescribeSessions, paginateGetInventory, paginateGetInventorySchema, paginateGetOpsSummary, paginateGetParameterHistory, paginateGetParametersByPath, paginateGetResourcePolicies, paginateListAssociationVersions, paginateListAssociations, paginateListCloudConnectors, paginateListCommandInvocations, paginateListCommands, paginateListComplianceItems, paginateListComplianceSummaries, paginateListDocumentVersions, paginateListDocuments, paginateListNodes, paginateListNodesSummary, paginateListOpsItemEvents, paginateListOpsItemRelatedItems, paginateListOpsMetadata, paginateListResourceComplianceSummaries, paginateListResourceDataSync, paginateValidateCloudConnector, waitForCommandExecuted, waitUntilCommandExecuted };
