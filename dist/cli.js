import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, isAbsolute, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { a as validate, l as loadCatalog, b as validateCatalog, v as validateCommand, f as formatProblem } from './chunks/validate-Sg-MgxDn.js';
import { readFile, mkdir, writeFile, rename, lstat, open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { R as Redactor } from './chunks/redact-dgEMPhFv.js';
import { c as analyze, m as maskValues, e as detectSeverity, f as DrainMiner, g as clip, d as chooseProvider, i as intakeDecision } from './chunks/triage-provider-Az3OEDQA.js';
import { r as runtime0, j as compileGlob, t as textPipelineKey } from './chunks/exclude-D65uRhbC.js';
import { n as normalize } from './chunks/normalize-CZ_qPjWi.js';
import { createHash, randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { T as TRIAGE_INDEX_FORMAT, b as TriageIndex } from './chunks/rules-CKhZbmRu.js';
import { V as VERSION } from './chunks/version-CvW7nB-o.js';
import { a as readPayload, w as wrapEvent, b as parseJsonText, p as parseList } from './chunks/list-BYLANfo9.js';
import { p as prose, c as code } from './chunks/markdown-ZVhmbqY_.js';
import { w as didYouMean } from './chunks/render-CNVteMKE.js';
import './chunks/untrusted-DXllcjvl.js';
import './chunks/_commonjsHelpers-BFTU3MAI.js';
import './chunks/ssm-document-375LUjom.js';
import './chunks/http-error-BGF7D1M9.js';
import './chunks/remediation-DWoQthhI.js';
import './chunks/aws-error-lcWkeA8s.js';
import './chunks/ports-Baf7aGWi.js';
import 'process';
import 'buffer';

// Generated from schemas/snapshot.schema.json by `npm run generate` (ajv standalone code). Do not edit.
const schema31 = {"properties":{"version":{"const":"opsloop-snapshot/1","description":"The format; a reader refuses another."},"takenAt":{"$ref":"#/$defs/time","description":"When the snapshot was taken (the end of every look-back window)."},"event":{"type":"object","description":"The incident's AWS event or dispatch payload, as delivered (intake normalizes it again on replay)."},"service":{"type":"string","minLength":1,"maxLength":128,"description":"The service the incident is about, when known (a `service` tag, the dispatch context, the alarm's dimensions)."},"services":{"type":"object","maxProperties":50,"additionalProperties":{"$ref":"#/$defs/serviceTelemetry"},"description":"Telemetry per service name: its log lines and metric series in the look-back window."},"components":{"type":"array","maxItems":200,"items":{"$ref":"#/$defs/component"},"description":"Which repository paths belong to which service, and which are shared libraries that services build from (the repository's documented mapping)."},"deployments":{"type":"array","maxItems":200,"items":{"$ref":"#/$defs/deployment"},"description":"Deployments in the look-back window, per service, with the commits each shipped."},"commits":{"type":"array","maxItems":500,"items":{"$ref":"#/$defs/commit"},"description":"The commits the deployments shipped (and merged pull requests' commits), with files and bounded diffs."},"flags":{"type":"array","maxItems":200,"items":{"$ref":"#/$defs/flagChange"},"description":"Feature-flag changes in the window, where a team records them."},"awsHealth":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/healthEvent"},"description":"AWS Health events open in the window for the account and Region."}}};const func1 = Object.prototype.hasOwnProperty;const func2 = (runtime0.default ?? runtime0);const pattern4 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");const pattern7 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");const schema35 = {"properties":{"kind":{"enum":["errors","requests","latency","saturation","other"]}}};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.kind === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.points === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((key0 === "kind") || (key0 === "unit")) || (key0 === "points"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.kind !== undefined){let data0 = data.kind;if(!(((((data0 === "errors") || (data0 === "requests")) || (data0 === "latency")) || (data0 === "saturation")) || (data0 === "other"))){const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema35.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.unit !== undefined){let data1 = data.unit;if(typeof data1 === "string"){if(func2(data1) > 32){const err4 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.points !== undefined){let data2 = data.points;if(Array.isArray(data2)){if(data2.length > 2000){const err6 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/maxItems",keyword:"maxItems",params:{limit: 2000},message:"must NOT have more than 2000 items"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(Array.isArray(data3)){if(data3.length > 2){const err7 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data3.length < 2){const err8 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}const len1 = data3.length;if(len1 > 0){let data4 = data3[0];if(typeof data4 === "string"){if(!pattern4.test(data4)){const err9 = {instancePath:instancePath+"/points/" + i0+"/0",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/points/" + i0+"/0",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(len1 > 1){let data5 = data3[1];if(!((typeof data5 == "number") && (isFinite(data5)))){const err11 = {instancePath:instancePath+"/points/" + i0+"/1",schemaPath:"#/properties/points/items/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "logs") || (key0 === "metrics"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.logs !== undefined){let data0 = data.logs;if(Array.isArray(data0)){if(data0.length > 5000){const err1 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.at === undefined){const err2 = {instancePath:instancePath+"/logs/" + i0,schemaPath:"#/properties/logs/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.message === undefined){const err3 = {instancePath:instancePath+"/logs/" + i0,schemaPath:"#/properties/logs/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!(((key1 === "at") || (key1 === "level")) || (key1 === "message"))){const err4 = {instancePath:instancePath+"/logs/" + i0,schemaPath:"#/properties/logs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.at !== undefined){let data2 = data1.at;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err5 = {instancePath:instancePath+"/logs/" + i0+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/logs/" + i0+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.level !== undefined){let data3 = data1.level;if(typeof data3 === "string"){if(func2(data3) > 16){const err7 = {instancePath:instancePath+"/logs/" + i0+"/level",schemaPath:"#/properties/logs/items/properties/level/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/logs/" + i0+"/level",schemaPath:"#/properties/logs/items/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1.message !== undefined){let data4 = data1.message;if(typeof data4 === "string"){if(func2(data4) > 8192){const err9 = {instancePath:instancePath+"/logs/" + i0+"/message",schemaPath:"#/properties/logs/items/properties/message/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/logs/" + i0+"/message",schemaPath:"#/properties/logs/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/logs/" + i0,schemaPath:"#/properties/logs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.metrics !== undefined){let data5 = data.metrics;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(Object.keys(data5).length > 50){const err13 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}for(const key2 in data5){if(!(validate22(data5[key2], {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err14 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema38 = {"properties":{"id":{"type":"string","minLength":1,"maxLength":64},"repo":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"service":{"type":"string","minLength":1,"maxLength":128},"environment":{"type":"string","maxLength":128},"startedAt":{"$ref":"#/$defs/time","description":"When the rollout began (GitHub: the deployment's creation). Without it, a deployment recorded up to 30 minutes after the symptom's onset may have been rolling out before it."},"at":{"$ref":"#/$defs/time","description":"When the deployment finished rolling out (or started, when it never finished)."},"sha":{"$ref":"#/$defs/sha"},"previousSha":{"$ref":"#/$defs/sha","description":"The previous successful deployment of this service and environment: the build's contents are the commits between the two."},"state":{"enum":["success","failure","in_progress","inactive","error"],"description":"The deployment's latest status."},"commits":{"type":"array","maxItems":250,"items":{"$ref":"#/$defs/sha"},"description":"The commits the deployment shipped (previousSha..sha), oldest first."}}};const pattern11 = new RegExp("^[0-9a-f]{40}$", "u");function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate25.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.service === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.at === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.sha === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(func1.call(schema38.properties, key0))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(func2(data0) > 64){const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(func2(data0) < 1){const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.repo !== undefined){let data1 = data.repo;if(typeof data1 === "string"){if(!pattern7.test(data1)){const err8 = {instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.service !== undefined){let data2 = data.service;if(typeof data2 === "string"){if(func2(data2) > 128){const err10 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(func2(data2) < 1){const err11 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.environment !== undefined){let data3 = data.environment;if(typeof data3 === "string"){if(func2(data3) > 128){const err13 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.startedAt !== undefined){let data4 = data.startedAt;if(typeof data4 === "string"){if(!pattern4.test(data4)){const err15 = {instancePath:instancePath+"/startedAt",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/startedAt",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.at !== undefined){let data5 = data.at;if(typeof data5 === "string"){if(!pattern4.test(data5)){const err17 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.sha !== undefined){let data6 = data.sha;if(typeof data6 === "string"){if(!pattern11.test(data6)){const err19 = {instancePath:instancePath+"/sha",schemaPath:"#/$defs/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/sha",schemaPath:"#/$defs/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.previousSha !== undefined){let data7 = data.previousSha;if(typeof data7 === "string"){if(!pattern11.test(data7)){const err21 = {instancePath:instancePath+"/previousSha",schemaPath:"#/$defs/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/previousSha",schemaPath:"#/$defs/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.state !== undefined){let data8 = data.state;if(!(((((data8 === "success") || (data8 === "failure")) || (data8 === "in_progress")) || (data8 === "inactive")) || (data8 === "error"))){const err23 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema38.properties.state.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.commits !== undefined){let data9 = data.commits;if(Array.isArray(data9)){if(data9.length > 250){const err24 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/maxItems",keyword:"maxItems",params:{limit: 250},message:"must NOT have more than 250 items"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}const len0 = data9.length;for(let i0=0; i0<len0; i0++){let data10 = data9[i0];if(typeof data10 === "string"){if(!pattern11.test(data10)){const err25 = {instancePath:instancePath+"/commits/" + i0,schemaPath:"#/$defs/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/commits/" + i0,schemaPath:"#/$defs/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}validate25.errors = vErrors;return errors === 0;}validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema44 = {"properties":{"files":{"items":{"properties":{"status":{"enum":["added","modified","removed","renamed"]}}}}}};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.sha === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.at === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.message === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.files === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(((((((key0 === "sha") || (key0 === "repo")) || (key0 === "at")) || (key0 === "message")) || (key0 === "author")) || (key0 === "pullRequest")) || (key0 === "files"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.sha !== undefined){let data0 = data.sha;if(typeof data0 === "string"){if(!pattern11.test(data0)){const err5 = {instancePath:instancePath+"/sha",schemaPath:"#/$defs/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/sha",schemaPath:"#/$defs/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.repo !== undefined){let data1 = data.repo;if(typeof data1 === "string"){if(!pattern7.test(data1)){const err7 = {instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.at !== undefined){let data2 = data.at;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err9 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.message !== undefined){let data3 = data.message;if(typeof data3 === "string"){if(func2(data3) > 4096){const err11 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.author !== undefined){let data4 = data.author;if(typeof data4 === "string"){if(func2(data4) > 128){const err13 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.pullRequest !== undefined){let data5 = data.pullRequest;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err15 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 1 || isNaN(data5)){const err16 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.files !== undefined){let data6 = data.files;if(Array.isArray(data6)){if(data6.length > 300){const err17 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/maxItems",keyword:"maxItems",params:{limit: 300},message:"must NOT have more than 300 items"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.path === undefined){const err18 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key1 in data7){if(!(((key1 === "path") || (key1 === "status")) || (key1 === "patch"))){const err19 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data7.path !== undefined){let data8 = data7.path;if(typeof data8 === "string"){if(func2(data8) > 512){const err20 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(func2(data8) < 1){const err21 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data7.status !== undefined){let data9 = data7.status;if(!((((data9 === "added") || (data9 === "modified")) || (data9 === "removed")) || (data9 === "renamed"))){const err23 = {instancePath:instancePath+"/files/" + i0+"/status",schemaPath:"#/properties/files/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema44.properties.files.items.properties.status.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data7.patch !== undefined){let data10 = data7.patch;if(typeof data10 === "string"){if(func2(data10) > 20000){const err24 = {instancePath:instancePath+"/files/" + i0+"/patch",schemaPath:"#/properties/files/items/properties/patch/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/files/" + i0+"/patch",schemaPath:"#/properties/files/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}validate27.errors = vErrors;return errors === 0;}validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema47 = {"properties":{"from":{"type":["string","number","boolean","null"]},"to":{"type":["string","number","boolean","null"]}}};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate29.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.at === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.key === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "at") || (key0 === "key")) || (key0 === "from")) || (key0 === "to")) || (key0 === "service"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.at !== undefined){let data0 = data.at;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.key !== undefined){let data1 = data.key;if(typeof data1 === "string"){if(func2(data1) > 256){const err5 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(func2(data1) < 1){const err6 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.from !== undefined){let data2 = data.from;if((((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")) && (data2 !== null)){const err8 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: schema47.properties.from.type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.to !== undefined){let data3 = data.to;if((((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")) && (data3 !== null)){const err9 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: schema47.properties.to.type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.service !== undefined){let data4 = data.service;if(typeof data4 === "string"){if(func2(data4) > 128){const err10 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate29.errors = vErrors;return errors === 0;}validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema49 = {"properties":{"statusCode":{"enum":["open","closed","upcoming"]}}};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate31.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.at === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.eventTypeCode === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eventTypeCode"},message:"must have required property '"+"eventTypeCode"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "at") || (key0 === "service")) || (key0 === "eventTypeCode")) || (key0 === "statusCode")) || (key0 === "description"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.at !== undefined){let data0 = data.at;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.service !== undefined){let data1 = data.service;if(typeof data1 === "string"){if(func2(data1) > 64){const err5 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.eventTypeCode !== undefined){let data2 = data.eventTypeCode;if(typeof data2 === "string"){if(func2(data2) > 128){const err7 = {instancePath:instancePath+"/eventTypeCode",schemaPath:"#/properties/eventTypeCode/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/eventTypeCode",schemaPath:"#/properties/eventTypeCode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.statusCode !== undefined){let data3 = data.statusCode;if(!(((data3 === "open") || (data3 === "closed")) || (data3 === "upcoming"))){const err9 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/enum",keyword:"enum",params:{allowedValues: schema49.properties.statusCode.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.description !== undefined){let data4 = data.description;if(typeof data4 === "string"){if(func2(data4) > 4096){const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate31.errors = vErrors;return errors === 0;}validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.takenAt === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "takenAt"},message:"must have required property '"+"takenAt"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.event === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func1.call(schema31.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){if("opsloop-snapshot/1" !== data.version){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "opsloop-snapshot/1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.takenAt !== undefined){let data1 = data.takenAt;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err5 = {instancePath:instancePath+"/takenAt",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/takenAt",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.event !== undefined){let data2 = data.event;if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){const err7 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.service !== undefined){let data3 = data.service;if(typeof data3 === "string"){if(func2(data3) > 128){const err8 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(func2(data3) < 1){const err9 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.services !== undefined){let data4 = data.services;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(Object.keys(data4).length > 50){const err11 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key1 in data4){if(!(validate21(data4[key1], {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err12 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.components !== undefined){let data6 = data.components;if(Array.isArray(data6)){if(data6.length > 200){const err13 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(Object.keys(data7).length < 2){const err14 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/$defs/component/minProperties",keyword:"minProperties",params:{limit: 2},message:"must NOT have fewer than 2 properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data7.paths === undefined){const err15 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/$defs/component/required",keyword:"required",params:{missingProperty: "paths"},message:"must have required property '"+"paths"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}for(const key2 in data7){if(!((((key2 === "repo") || (key2 === "paths")) || (key2 === "service")) || (key2 === "usedBy"))){const err16 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/$defs/component/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.repo !== undefined){let data8 = data7.repo;if(typeof data8 === "string"){if(!pattern7.test(data8)){const err17 = {instancePath:instancePath+"/components/" + i0+"/repo",schemaPath:"#/$defs/component/properties/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/components/" + i0+"/repo",schemaPath:"#/$defs/component/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7.paths !== undefined){let data9 = data7.paths;if(Array.isArray(data9)){if(data9.length < 1){const err19 = {instancePath:instancePath+"/components/" + i0+"/paths",schemaPath:"#/$defs/component/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const len1 = data9.length;for(let i1=0; i1<len1; i1++){let data10 = data9[i1];if(typeof data10 === "string"){if(func2(data10) > 256){const err20 = {instancePath:instancePath+"/components/" + i0+"/paths/" + i1,schemaPath:"#/$defs/component/properties/paths/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(func2(data10) < 1){const err21 = {instancePath:instancePath+"/components/" + i0+"/paths/" + i1,schemaPath:"#/$defs/component/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/components/" + i0+"/paths/" + i1,schemaPath:"#/$defs/component/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/components/" + i0+"/paths",schemaPath:"#/$defs/component/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data7.service !== undefined){let data11 = data7.service;if(typeof data11 === "string"){if(func2(data11) > 128){const err24 = {instancePath:instancePath+"/components/" + i0+"/service",schemaPath:"#/$defs/component/properties/service/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(func2(data11) < 1){const err25 = {instancePath:instancePath+"/components/" + i0+"/service",schemaPath:"#/$defs/component/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/components/" + i0+"/service",schemaPath:"#/$defs/component/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data7.usedBy !== undefined){let data12 = data7.usedBy;if(Array.isArray(data12)){const len2 = data12.length;for(let i2=0; i2<len2; i2++){let data13 = data12[i2];if(typeof data13 === "string"){if(func2(data13) > 128){const err27 = {instancePath:instancePath+"/components/" + i0+"/usedBy/" + i2,schemaPath:"#/$defs/component/properties/usedBy/items/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(func2(data13) < 1){const err28 = {instancePath:instancePath+"/components/" + i0+"/usedBy/" + i2,schemaPath:"#/$defs/component/properties/usedBy/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/components/" + i0+"/usedBy/" + i2,schemaPath:"#/$defs/component/properties/usedBy/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/components/" + i0+"/usedBy",schemaPath:"#/$defs/component/properties/usedBy/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/$defs/component/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.deployments !== undefined){let data14 = data.deployments;if(Array.isArray(data14)){if(data14.length > 200){const err33 = {instancePath:instancePath+"/deployments",schemaPath:"#/properties/deployments/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}const len3 = data14.length;for(let i3=0; i3<len3; i3++){if(!(validate25(data14[i3], {instancePath:instancePath+"/deployments/" + i3,parentData:data14,parentDataProperty:i3,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}}}else {const err34 = {instancePath:instancePath+"/deployments",schemaPath:"#/properties/deployments/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.commits !== undefined){let data16 = data.commits;if(Array.isArray(data16)){if(data16.length > 500){const err35 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}const len4 = data16.length;for(let i4=0; i4<len4; i4++){if(!(validate27(data16[i4], {instancePath:instancePath+"/commits/" + i4,parentData:data16,parentDataProperty:i4,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err36 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.flags !== undefined){let data18 = data.flags;if(Array.isArray(data18)){if(data18.length > 200){const err37 = {instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}const len5 = data18.length;for(let i5=0; i5<len5; i5++){if(!(validate29(data18[i5], {instancePath:instancePath+"/flags/" + i5,parentData:data18,parentDataProperty:i5,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}}else {const err38 = {instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.awsHealth !== undefined){let data20 = data.awsHealth;if(Array.isArray(data20)){if(data20.length > 50){const err39 = {instancePath:instancePath+"/awsHealth",schemaPath:"#/properties/awsHealth/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}const len6 = data20.length;for(let i6=0; i6<len6; i6++){if(!(validate31(data20[i6], {instancePath:instancePath+"/awsHealth/" + i6,parentData:data20,parentDataProperty:i6,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}}}else {const err40 = {instancePath:instancePath+"/awsHealth",schemaPath:"#/properties/awsHealth/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// When the symptom began: a change point in a metric's history, not the moment the alarm fired
// (alarms wait for several datapoints, so a change that landed "just before the page" may have
// landed after the symptom began). Pure: series in, a time out.
/** How many points before a candidate onset form its baseline, at least. */
const MIN_BASELINE = 5;
/** A point departs from the baseline when it is this many robust deviations away… */
const DEVIATIONS = 4;
/** …and at least this share of the baseline's level (a flat zero baseline has no deviation). */
const RELATIVE_FLOOR = 0.5;
const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length === 0 ? 0 : s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
/**
 * The time of the first point that departs upward from everything before it (median + 4 median
 * absolute deviations, and half the median or 1 above it) and stays departed in at least two of
 * the next three points: the onset of a rise in errors or latency. Undefined when the series
 * never departs, or departs before it has a baseline.
 */
function changePoint(points) {
    for (let i = MIN_BASELINE; i < points.length; i++) {
        const before = points.slice(0, i).map((p) => p[1]);
        const level = median(before);
        const mad = median(before.map((v) => Math.abs(v - level)));
        const bar = level + Math.max(DEVIATIONS * mad * 1.4826, RELATIVE_FLOOR * Math.abs(level), 1);
        const departs = (j) => (points[j]?.[1] ?? -Infinity) > bar;
        if (!departs(i))
            continue;
        const next = [i + 1, i + 2, i + 3].filter((j) => j < points.length);
        if (next.length === 0 || next.filter(departs).length >= Math.min(2, next.length))
            return points[i]?.[0];
    }
    return undefined;
}
/** The mean of the values in [from, to). */
function meanBetween(points, from, to) {
    const xs = points.filter(([t]) => t >= from && t < to).map(([, v]) => v);
    return xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Evidence weight that convicts, and the lead over the runner-up it needs. */
const CONVICTION_SCORE = 3;
const CONVICTION_MARGIN = 1;
/** Stack frames and configured values are strong evidence; shared words are weak, capped. */
const STRONG = 3;
const FRAME_FILE = 2;
const WORDS_CAP = 2;
/** What a clear case scores: two strong pieces of evidence. A suspect's confidence is its share. */
const CLEAR_CASE_SCORE = 2 * STRONG;
/**
 * How long before a deployment's recorded time its new version may already run (a rolling
 * deployment starts new tasks, which log their settings, before it is done).
 */
const ROLLOUT_MS = 30 * 60_000;
/** A deployment this close after the onset still counts as before it (metric resolution). */
const ONSET_SLACK_MS = 60_000;
const ms = (t) => Date.parse(t);
/** A series' `[time, value]` pairs as numbers (the schema checked their types). */
const pointsOf = (series) => series.points.map(([t, v]) => [ms(String(t)), Number(v)]);
const ERROR_LEVEL = /^(?:err(?:or)?|fatal|crit(?:ical)?|severe|panic|alert|emerg)$/i;
const ERROR_TEXT = /\b(?:ERROR|FATAL|Exception|Traceback|panic:|CRITICAL)\b/;
function linesOf(t) {
    return (t?.logs ?? []).map((l) => ({
        at: ms(l.at),
        text: l.message,
        error: (l.level !== undefined && ERROR_LEVEL.test(l.level)) || ERROR_TEXT.test(l.message),
        warning: l.level !== undefined && /^warn(?:ing)?$/i.test(l.level)
    }));
}
// Files that cannot change what a running service does.
const INERT = [
    /(?:^|\/)(?:docs?|tests?|__tests__|spec|specs|e2e|fixtures|\.github|dashboards?)\//i,
    /\.(?:md|mdx|rst|txt|adoc|css|scss|less|svg|png|jpe?g|gif|ico|snap|lock)$/i,
    /(?:_test\.go|\.test\.[cm]?[jt]sx?|\.spec\.[cm]?[jt]sx?|_test\.py|test_[^/]*\.py|Tests?\.(?:java|kt|cs))$/,
    /(?:^|\/)(?:README|CHANGELOG|LICENSE|CODEOWNERS)[^/]*$/i
];
const inert = (path) => INERT.some((re) => re.test(path));
// Words every diff and log has: no evidence that one change is the one.
const CODE_WORDS = new Set(`const let var function return import export from class public private protected static final
  void async await this self null none true false undefined string number boolean error errors
  value values data result response request config options params param return default new
  catch throw throws try else elif while for if def func type interface struct package module
  require println printf logger log debug info warn warning message failed failure timeout
  exception status code with when then that have will should could would been into than`
    .split(/\s+/)
    .filter(Boolean));
/** Identifier-like words of a text, lower-cased: at least 5 characters with a letter. */
function wordsOf(text) {
    const out = new Set();
    for (const w of text.toLowerCase().split(/[^a-z0-9_]+/)) {
        if (w.length >= 5 && /[a-z]/.test(w) && !CODE_WORDS.has(w))
            out.add(w);
    }
    return out;
}
/** The added and removed lines of a unified diff (not its context or headers). */
function changedLines(patch) {
    const added = [];
    const removed = [];
    for (const line of (patch ?? '').split('\n')) {
        if (line.startsWith('+++') || line.startsWith('---'))
            continue;
        if (line.startsWith('+'))
            added.push(line.slice(1));
        else if (line.startsWith('-'))
            removed.push(line.slice(1));
    }
    return { added, removed };
}
/** Words only the added lines or only the removed lines of a diff hold. */
function changedWords(patch) {
    const { added, removed } = changedLines(patch);
    const plus = wordsOf(added.join('\n'));
    const minus = wordsOf(removed.join('\n'));
    return new Set([...plus, ...minus].filter((w) => plus.has(w) !== minus.has(w)));
}
// A source file, and the line number after it as Java (`Foo.java:88`), Node (`a.ts:12:5`), Go
// (`x.go:42`) or Python (`"x.py", line 48`) print it.
const SOURCE_FILE = /([A-Za-z0-9_$\-./]+\.(?:java|kt|scala|go|py|js|mjs|cjs|ts|tsx|jsx|rb|cs|php|rs|cpp|cc|c|h))\b(?::(\d+)|"?,? line (\d+))?/g;
/** The source files (and lines) a stack trace or error line names. */
function framesOf(text) {
    return [...text.matchAll(SOURCE_FILE)].flatMap((m) => {
        const file = m[1] ?? '';
        const line = Number(m[2] ?? m[3] ?? NaN);
        return file === '' ? [] : [Number.isFinite(line) ? { file, line } : { file }];
    });
}
/** The new-file line numbers of a diff's added lines. */
function addedLineNumbers(patch) {
    const out = [];
    let n = 0;
    for (const line of (patch ?? '').split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk)
            n = Number(hunk[1]);
        else if (line.startsWith('+') && !line.startsWith('+++'))
            out.push(n++);
        else if (!line.startsWith('-'))
            n++;
    }
    return out;
}
const base = (path) => path.slice(path.lastIndexOf('/') + 1);
/**
 * Whether a frame names a changed path: `Foo.java` its file name; `/app/pay/client.py` (where the
 * image put it) its last two path components at least, or the whole path.
 */
function frameNames(frame, path) {
    if (!frame.includes('/'))
        return base(path) === frame;
    const f = frame.split('/').filter(Boolean);
    const p = path.split('/').filter(Boolean);
    let same = 0;
    while (same < f.length && same < p.length && f[f.length - 1 - same] === p[p.length - 1 - same])
        same++;
    return same >= Math.min(2, f.length, p.length) && same > 0;
}
// `key = value`, `key: value`, `"key": value` in a changed line.
const SETTING = /([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([\w.:/-]+)/g;
/** The `key = value` settings of diff lines, numbers without their digit separators (`10_000`). */
function settingsOf(lines) {
    return lines.flatMap((l) => [...l.matchAll(SETTING)].map((m) => [
        m[1] ?? '',
        (m[2] ?? '').replace(/(?<=\d)[_,](?=\d)/g, '')
    ]));
}
/** Key words of a setting name: `connectTimeoutMs` → connect, timeout; `baseUrl` → base, url. */
const keyWords = (key) => key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
function symptom(snapshot, alarmAt) {
    const primary = snapshot.service;
    const services = snapshot.services ?? {};
    const onsets = [];
    for (const [name, t] of Object.entries(services)) {
        if (primary !== undefined && name !== primary)
            continue;
        for (const [metric, series] of Object.entries(t?.metrics ?? {})) {
            if (!series || (series.kind !== 'errors' && series.kind !== 'latency'))
                continue;
            const at = changePoint(pointsOf(series));
            if (at !== undefined && at <= alarmAt)
                onsets.push({ at, from: `${name}'s ${metric} rose from its baseline` });
        }
    }
    const primaryLines = linesOf(primary === undefined ? undefined : services[primary]);
    if (onsets.length === 0) {
        // Without a series that rose: the first error line.
        const firstError = primaryLines.find((l) => l.error && l.at <= alarmAt);
        if (firstError)
            onsets.push({ at: firstError.at, from: 'the first error line in the logs' });
    }
    const onset = onsets.sort((a, b) => a.at - b.at)[0] ?? {
        at: alarmAt,
        from: 'the alarm (no metric history or error log showed an earlier onset)'
    };
    const failing = new Set(primary === undefined ? [] : [primary]);
    const errorsAfter = [];
    const all = [];
    for (const [name, t] of Object.entries(services)) {
        const lines = linesOf(t);
        const after = lines.filter((l) => l.error && l.at >= onset.at - ONSET_SLACK_MS);
        // A symptom speaks in warnings too (a slowdown's "slow request", a backlog's "falling
        // behind"): the failing service's count as what it says.
        const warnings = name === primary ? lines.filter((l) => l.warning && l.at >= onset.at - ONSET_SLACK_MS) : [];
        const earlierErrors = lines.filter((l) => l.error && l.at < onset.at - ONSET_SLACK_MS);
        if (name === primary || after.length >= 3) {
            errorsAfter.push(...after, ...warnings);
            all.push(...lines);
            if (after.length >= 3 && after.length > 2 * earlierErrors.length)
                failing.add(name);
        }
    }
    return { onset, alarmAt, failing, errorsAfter, lines: all.sort((a, b) => a.at - b.at) };
}
/** Positive evidence of a cause no change made. */
function operationalCauses(snapshot, s, knownServices) {
    const out = [];
    for (const h of snapshot.awsHealth ?? []) {
        const at = ms(h.at);
        if (h.statusCode !== 'closed' && at <= s.alarmAt && at >= s.onset.at - 6 * 3_600_000)
            out.push({
                kind: 'health',
                why: `AWS Health reports ${h.eventTypeCode}${h.service ? ` (${h.service})` : ''} from ${h.at}`
            });
    }
    // A surge is more of everything the service counts as requests: when one request series
    // stays flat (the calls it receives) while another rises (the calls it makes, retrying),
    // the load did not grow.
    const primary = snapshot.service ? snapshot.services?.[snapshot.service] : undefined;
    const rises = [];
    let flat = false;
    for (const [name, series] of Object.entries(primary?.metrics ?? {})) {
        if (series?.kind !== 'requests' || series.points.length === 0)
            continue;
        const points = pointsOf(series);
        const start = points[0]?.[0] ?? 0;
        const pre = meanBetween(points, start, s.onset.at);
        const post = meanBetween(points, s.onset.at, s.alarmAt + 1);
        if (pre === undefined || post === undefined || pre <= 0)
            continue;
        if (post >= 2.5 * pre)
            rises.push({ name, factor: post / pre });
        else
            flat = true;
    }
    if (rises.length > 0 && !flat)
        out.push({
            kind: 'traffic',
            why: `${rises.map((r) => `${r.name} rose ${r.factor.toFixed(1)}×`).join(', ')} at the onset: more load, not a different program`
        });
    const errors = s.errorsAfter;
    if (errors.length >= 3) {
        const share = (test) => errors.filter(test).length / errors.length;
        const hosts = new Map();
        for (const l of errors) {
            const seen = new Set();
            for (const m of l.text.matchAll(/\b((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?\b/gi)) {
                const host = (m[1] ?? '').toLowerCase();
                if (/\.(?:internal|local|svc|java|py|go|js|ts|kt|rb)$/.test(host) || host.includes('_'))
                    continue;
                if ([...knownServices].some((svc) => host.includes(svc.toLowerCase())))
                    continue;
                if (!/\.(?:com|net|org|io|co|dev|cloud|[a-z]{2})$/.test(host))
                    continue;
                seen.add(host);
            }
            for (const h of seen)
                hosts.set(h, (hosts.get(h) ?? 0) + 1);
        }
        const [host, count] = [...hosts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
        if (count / errors.length >= 0.5)
            out.push({
                kind: 'dependency',
                why: `${count} of ${errors.length} error lines name ${host}, a dependency outside the deployed services`
            });
        const ids = new Map();
        for (const l of errors) {
            const seen = new Set([
                ...l.text.matchAll(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b(?:[A-Za-z]+[-_])?(?:id|key|record|message|msg|order|event)[-_]?(?:id)?[=:#\s]+["']?([A-Za-z0-9_-]{6,})/gi)
            ].map((m) => m[1] ?? m[0]));
            for (const id of seen)
                ids.set(id, (ids.get(id) ?? 0) + 1);
        }
        const [record, times] = [...ids].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
        if (times >= 5 && times / errors.length >= 0.4)
            out.push({
                kind: 'poison-record',
                why: `one record, ${record}, fails again and again (${times} of ${errors.length} error lines)`
            });
        if (share((l) => /certificate|x509|PKIX|TLS handshake|SSL handshake|CERT_/i.test(l.text)) >= 0.4)
            out.push({ kind: 'certificate', why: 'the errors are TLS certificate failures' });
        if (share((l) => /Throttl|Rate exceeded|ProvisionedThroughputExceeded|TooManyRequests|SlowDown|RequestLimitExceeded/i.test(l.text)) >= 0.5)
            out.push({ kind: 'throttling', why: 'the errors are AWS throttling' });
    }
    return out;
}
const ownersMap = (snapshot) => (snapshot.components ?? []).map((c) => ({
    fits: compileGlob(c.paths),
    services: [...(c.service ? [c.service] : []), ...(c.usedBy ?? [])]
}));
/** Which services a path belongs to: its own, and those that build from it as a library. */
function ownersOf(map, path, deployed) {
    const mapped = map.filter((o) => o.fits(path));
    // Without a mapping, a deployment's files are its service's.
    return mapped.length === 0 ? [deployed] : mapped.flatMap((o) => o.services);
}
const quoteLine = (text) => `\`${text.trim().slice(0, 160).replace(/`/g, "'")}\``;
/**
 * A stack frame in the errors that names a line this commit wrote (Java, Python and V8 print
 * exact lines), which points at the change itself since two commits may touch one file; else
 * one that names a file it changed elsewhere: code on the failing path it touched.
 */
function frameEvidence(files, errorText) {
    let elsewhere;
    for (const f of files) {
        const added = new Set(addedLineNumbers(f.patch));
        for (const t of errorText) {
            for (const fr of framesOf(t)) {
                if (!frameNames(fr.file, f.path))
                    continue;
                if (fr.line !== undefined && added.has(fr.line))
                    return {
                        text: `the errors' stack trace names line ${fr.line} of ${f.path}, a line this commit wrote: ${quoteLine(t)}`,
                        weight: STRONG + 1
                    };
                elsewhere ??= {
                    text: `the errors' stack trace names ${f.path}, which this commit changed (not at the line the trace names): ${quoteLine(t)}`,
                    weight: FRAME_FILE
                };
            }
        }
    }
    return elsewhere;
}
function evidence(c, s, rarity) {
    const reasons = [];
    const files = c.commit?.files ?? [];
    const errorText = s.errorsAfter.map((l) => l.text);
    const frame = frameEvidence(files, errorText);
    if (frame)
        reasons.push(frame);
    // (2) A value the diff set, which the errors print beside the setting's name and no line
    // printed before the deployment began rolling out.
    const earlier = s.lines.filter((l) => l.at < c.began);
    settings: for (const f of files) {
        const { added, removed } = changedLines(f.patch);
        const was = new Map(settingsOf(removed));
        for (const [key, value] of settingsOf(added)) {
            // Settings hold numbers, durations, URLs and host:port; `self.user = user` is code.
            if (!/^\d/.test(value) && !/:\/\/|^[\w.-]+:\d{2,5}$/.test(value))
                continue;
            // A line moved or re-indented keeps its value: no change.
            if (was.get(key) === value)
                continue;
            const valueRe = new RegExp(
            // A number may carry its unit (`200ms`), not more digits (`2000`) or letters (`5a7f`).
            `(?<![\\w.])${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${/^\d+$/.test(value) ? '(?:ms|s|secs?|seconds|m|mins?|h|[kmg]i?b|%)?' : ''}(?![\\w.])`);
            const words = keyWords(key);
            // Printed beside the setting's name (a URL or host:port speaks for itself).
            const distinctive = /:\/\/|:\d{2,5}$/.test(value);
            const printed = (t) => valueRe.test(t) && (distinctive || words.some((w) => t.toLowerCase().includes(w)));
            const line = errorText.find(printed);
            if (line && !earlier.some((l) => printed(l.text))) {
                reasons.push({
                    text: `this commit set \`${key}\` to ${value} in ${f.path}, and the errors print it: ${quoteLine(line)}`,
                    weight: STRONG
                });
                break settings;
            }
        }
    }
    // (3) Words the diff brought or took away (not those a line kept when it was edited) that the
    // errors say and the logs before the rollout did not.
    const errorWords = wordsOf(errorText.join('\n'));
    const beforeWords = wordsOf(earlier.map((l) => l.text).join('\n'));
    const shared = [...c.words].filter((w) => errorWords.has(w) && !beforeWords.has(w)).sort();
    if (shared.length > 0) {
        const weight = Math.min(WORDS_CAP, shared.reduce((sum, w) => sum + rarity(w), 0));
        reasons.push({
            text: `its diff and the new errors share ${shared
                .slice(0, 5)
                .map((w) => `\`${w}\``)
                .join(', ')}, which the logs never said before it was deployed`,
            weight
        });
    }
    return reasons;
}
const scoreOf = (reasons) => reasons.reduce((a, r) => a + r.weight, 0);
const confidenceOf = (score) => Math.round(Math.min(1, score / CLEAR_CASE_SCORE) * 100) / 100;
/**
 * Judges the changes of a snapshot for an incident whose alarm fired at `alarmAt` (epoch ms):
 * a suspect commit with its reasons, or none with why, and every candidate ruled out with why.
 */
function attributeChange(snapshot, alarmAt, options = {}) {
    const convict = options.convictionScore ?? CONVICTION_SCORE;
    const s = symptom(snapshot, alarmAt);
    const commits = new Map((snapshot.commits ?? []).map((c) => [c.sha, c]));
    const knownServices = new Set([
        ...Object.keys(snapshot.services ?? {}),
        ...(snapshot.deployments ?? []).map((d) => d.service)
    ]);
    const owners = ownersMap(snapshot);
    const ruledOut = [];
    const open = [];
    for (const d of [...(snapshot.deployments ?? [])].sort((a, b) => ms(a.at) - ms(b.at))) {
        const shas = d.commits && d.commits.length > 0 ? d.commits : [d.sha];
        const rule = (why) => {
            for (const sha of shas)
                ruledOut.push({ sha, deployment: d.id, why });
        };
        const at = ms(d.at);
        if (d.state === 'failure' || d.state === 'error') {
            rule(`deployment ${d.id} to ${d.service} did not roll out (${d.state})`);
            continue;
        }
        // Only a rollout that began after the onset is certainly innocent; one recorded later may
        // have been rolling out (its new tasks running) before.
        const began = d.startedAt !== undefined ? ms(d.startedAt) : at - ROLLOUT_MS;
        if (began > s.onset.at + ONSET_SLACK_MS) {
            rule(`deployment ${d.id} to ${d.service} ${d.startedAt !== undefined ? 'began' : 'landed'} ${Math.round(((d.startedAt !== undefined ? began : at) - s.onset.at) / 60_000)} min after the symptom began (${s.onset.from})`);
            continue;
        }
        for (const sha of shas) {
            const commit = commits.get(sha);
            const files = commit?.files ?? [];
            const live = files.filter((f) => !inert(f.path));
            const onPath = live.filter((f) => ownersOf(owners, f.path, d.service).some((o) => s.failing.has(o)));
            if (!s.failing.has(d.service))
                ruledOut.push({
                    sha,
                    deployment: d.id,
                    why: `deployed to ${d.service}, which shows no errors`
                });
            else if (commit && files.length > 0 && live.length === 0)
                ruledOut.push({
                    sha,
                    deployment: d.id,
                    why: `touched only documentation, tests or assets (${files
                        .slice(0, 3)
                        .map((f) => f.path)
                        .join(', ')})`
                });
            else if (commit && live.length > 0 && onPath.length === 0)
                ruledOut.push({
                    sha,
                    deployment: d.id,
                    why: `touched only code of services that show no errors (${live
                        .slice(0, 3)
                        .map((f) => f.path)
                        .join(', ')})`
                });
            else
                open.push({
                    sha,
                    deployment: d.id,
                    service: d.service,
                    began,
                    ...(commit?.pullRequest ? { pullRequest: commit.pullRequest } : {}),
                    commit: commit && { ...commit, files: onPath },
                    words: new Set(onPath.flatMap((f) => [...changedWords(f.patch)]))
                });
        }
    }
    // A word's weight: 1 when one candidate's diff holds it, less when several do.
    const holders = new Map();
    for (const c of open)
        for (const w of c.words)
            holders.set(w, (holders.get(w) ?? 0) + 1);
    const rarity = (w) => 1 / (holders.get(w) ?? 1);
    const scored = open
        .map((c) => {
        const reasons = evidence(c, s, rarity);
        const score = scoreOf(reasons);
        return {
            sha: c.sha,
            deployment: c.deployment,
            service: c.service,
            ...(c.pullRequest ? { pullRequest: c.pullRequest } : {}),
            score,
            confidence: confidenceOf(score),
            reasons
        };
    })
        .sort((a, b) => b.score - a.score);
    const operational = operationalCauses(snapshot, s, knownServices);
    const [best, second] = scored;
    const strong = best?.reasons.some((r) => r.weight >= STRONG) ?? false;
    const base = { operational, onset: s.onset };
    const rest = (except) => [
        ...ruledOut,
        ...scored
            .filter((c) => c.sha !== except)
            .map((c) => ({
            sha: c.sha,
            deployment: c.deployment,
            why: c.reasons.length === 0
                ? 'nothing in its diff appears in the errors (no changed file in a stack trace, no value they print, no shared word)'
                : `its evidence is weaker: ${c.reasons.map((r) => r.text).join('; ')}`
        }))
    ];
    if (!best || best.score === 0)
        return {
            ...base,
            none: operational[0]
                ? `an operational cause explains it: ${operational.map((o) => o.why).join('; ')}`
                : scored.length === 0
                    ? 'no change reached the failing services before the symptom began'
                    : 'no change is supported by evidence: timing alone convicts nothing',
            considered: [],
            ruledOut: rest()
        };
    if (operational.length > 0 && !strong)
        return {
            ...base,
            none: `an operational cause explains it: ${operational.map((o) => o.why).join('; ')}; no change has strong evidence against it`,
            considered: scored.filter((c) => c.score > 0),
            ruledOut: rest()
        };
    if (best.score < convict || (second && best.score - second.score < CONVICTION_MARGIN))
        return {
            ...base,
            none: best.score < convict
                ? `no change has enough evidence (best ${best.sha.slice(0, 12)}: ${best.score.toFixed(1)}, a suspect needs ${convict})`
                : `${best.sha.slice(0, 12)} and ${second?.sha.slice(0, 12) ?? '?'} are about as well supported`,
            considered: scored.filter((c) => c.score > 0),
            ruledOut: rest()
        };
    return {
        ...base,
        suspect: best,
        considered: scored.filter((c) => c.score > 0 && c.sha !== best.sha),
        ruledOut: rest(best.sha)
    };
}

/** The file a snapshot folder holds. */
const SNAPSHOT_FILE = 'snapshot.json';
/** At most this many schema problems are listed. */
const PROBLEMS_SHOWN = 5;
/** A snapshot from the text of `file`, checked against its schema. */
function parseSnapshot(text, file) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new Error(`${file} is not valid JSON: ${error.message}`);
    }
    if (!validate20(data)) {
        const problems = (validate20.errors ?? []).slice(0, PROBLEMS_SHOWN).map((e) => {
            const where = e.instancePath === '' ? 'the snapshot' : e.instancePath.slice(1).replace(/\//g, '.');
            return `  ${where}: ${e.message ?? 'is invalid'}`;
        });
        throw new Error(`${file} is not an OpsLoop snapshot (schemas/snapshot.schema.json):\n${problems.join('\n')}`);
    }
    const alarmAt = Date.parse(normalize(data.event).time ?? '');
    if (!Number.isFinite(alarmAt))
        throw new Error(`${file}: the snapshot's event has no time; give the event as AWS delivered it`);
    return { file, snapshot: data, alarmAt };
}
/** Change attribution replayed from a snapshot. */
function replayAttribution(loaded) {
    return attributeChange(loaded.snapshot, loaded.alarmAt);
}

// The command line's cache of validated catalogs, so a cold `opsloop triage` neither revalidates
// an unchanged catalog (YAML, schema, shell analysis, example incidents: about 0.4 s for 1,000
// runbooks) nor rebuilds its triage index. Content-addressed: the key is a hash of OpsLoop's
// version, the index format and every runbook file's path and text; an entry also lists every
// other file validation read (example incidents, SSM documents, and the paths it looked for and
// did not find) with its hash, and is used only when all of them still hash the same. It lives in
// the user's own cache folder; the action never reads it (a runner is fresh each job, and a cache
// another workflow could write is not a safe store; see docs/security.md).
const CACHE_FORMAT = 'opsloop-catalog-cache/1';
/** Where the CLI caches: OPSLOOP_CACHE_DIR, else $XDG_CACHE_HOME/opsloop, else ~/.cache/opsloop. */
function defaultCacheDir(env) {
    if (env.OPSLOOP_CACHE_DIR)
        return env.OPSLOOP_CACHE_DIR;
    // The XDG specification: a relative XDG_CACHE_HOME is invalid and ignored.
    const xdg = env.XDG_CACHE_HOME;
    return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'opsloop');
}
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
/** The key of a catalog's runbook files, as loadCatalog read them. */
function catalogKey(sources, extra = []) {
    // The text pipeline (vocabulary, stemmer) too: the entry's index is loaded on this key's word.
    const hash = createHash('sha256').update(`${CACHE_FORMAT}\n${VERSION}\n${TRIAGE_INDEX_FORMAT}\n${textPipelineKey()}`);
    for (const e of extra)
        hash.update(`\n${e}`);
    for (const s of sources)
        hash.update(`\n${s.file}\n${sha256(s.text)}`);
    return hash.digest('hex');
}
/** A reader that records every path read through it, for the entry's dependencies. */
function recordingReader(reader) {
    const seen = new Map();
    return {
        reader: {
            async readText(file) {
                const read = await reader.readText(file);
                seen.set(file, read.ok ? sha256(read.text) : null);
                return read;
            }
        },
        dependencies: () => [...seen].map(([path, hash]) => ({ path, sha256: hash }))
    };
}
/** The cached catalog for `key`, when every file it depends on is unchanged. */
async function readCachedCatalog(cacheDir, key, reader) {
    const file = join(cacheDir, `catalog-${key}.json`);
    let entry;
    try {
        if (!(await ownedPrivately(cacheDir)) || !(await ownedPrivately(file)))
            return undefined;
        entry = JSON.parse(await readFile(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (!isEntry(entry, key))
        return undefined;
    for (const d of entry.dependencies) {
        const read = await reader.readText(d.path);
        if ((read.ok ? sha256(read.text) : null) !== d.sha256)
            return undefined;
    }
    // The key hashed every runbook file this entry's catalog and index were made from, and the
    // entry is trusted for its runbooks as much as for its index: no second hash of the catalog.
    const index = TriageIndex.load(entry.catalog, entry.index, { vouched: true });
    return index ? { catalog: entry.catalog, index } : undefined;
}
/**
 * Whether a path is the user's own, not a link, and writable by nobody else. The key is a hash of
 * files an attacker may be able to read (a public repository), so in a shared cache folder
 * (OPSLOOP_CACHE_DIR=/tmp/…) they could plant an entry under the right key; like ssh with its
 * keys, the cache trusts only what only the user could have written. Where the platform has no
 * uid (Windows) only the link and mode checks apply.
 */
async function ownedPrivately(path) {
    const s = await lstat(path);
    const uid = process.getuid?.();
    return !s.isSymbolicLink() && (uid === undefined || s.uid === uid) && (s.mode & 0o022) === 0;
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * An entry of this format and key, every part of the expected shape and every runbook valid
 * against the runbook schema: anything else (a damaged or hand-edited file) is a miss.
 */
function isEntry(v, key) {
    if (!isRecord(v) || v.format !== CACHE_FORMAT || v.key !== key)
        return false;
    const { dependencies, catalog } = v;
    return (Array.isArray(dependencies) &&
        dependencies.every((d) => isRecord(d) &&
            typeof d.path === 'string' &&
            (d.sha256 === null || typeof d.sha256 === 'string')) &&
        Array.isArray(catalog) &&
        catalog.every((c) => isRecord(c) &&
            typeof c.file === 'string' &&
            typeof c.digest === 'string' &&
            validate(c.runbook)));
}
/** Stores a validation's usable runbooks and their index; a cache that cannot be written is skipped. */
async function writeCachedCatalog(cacheDir, key, validation, dependencies) {
    const catalog = validation.entries
        .filter((e) => e.status.errors === 0)
        .map((e) => ({ file: e.file, digest: e.digest, runbook: e.runbook }));
    const index = TriageIndex.build(catalog);
    const entry = {
        format: CACHE_FORMAT,
        key,
        dependencies,
        catalog,
        index: index.toJSON()
    };
    try {
        await mkdir(cacheDir, { recursive: true, mode: 0o700 });
        const file = join(cacheDir, `catalog-${key}.json`);
        // Written whole, then renamed: a reader never sees half an entry.
        const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(temporary, JSON.stringify(entry), { mode: 0o600 });
        await rename(temporary, file);
    }
    catch {
        // The cache only saves time: without it, the next run validates again.
    }
    return { catalog, index };
}

// `opsloop triage --event FILE`: the issue OpsLoop would open for an event, and its plan,
// without touching GitHub. For trying runbooks and prompts on real events.
async function triageCommand(input) {
    let text;
    try {
        text = await input.readEvent();
    }
    catch (error) {
        throw new Error(`cannot read ${input.eventFile}: ${error.code ?? error.message}`);
    }
    const delivery = readPayload(wrapEvent(parseJsonText(text, input.eventFile)));
    const { catalog, index } = await usableCatalog(input.runbooks, input.cacheDir);
    return analyze({
        delivery,
        catalog,
        ...(index ? { index } : {}),
        provider: input.provider,
        now: input.now ?? new Date()
    });
}
/** The runbooks that validate without errors: from the cache when the catalog is unchanged. */
async function usableCatalog(dir, cacheDir) {
    const loaded = await loadCatalog(dir);
    if (cacheDir) {
        const key = catalogKey(loaded.sources);
        const cached = await readCachedCatalog(cacheDir, key, loaded.reader);
        if (cached)
            return cached;
        const recording = recordingReader(loaded.reader);
        const validation = await validateCatalog(loaded.sources, { reader: recording.reader });
        return writeCachedCatalog(cacheDir, key, validation, recording.dependencies());
    }
    const validation = await validateCatalog(loaded.sources, { reader: loaded.reader });
    return {
        catalog: validation.entries
            .filter((e) => e.status.errors === 0)
            .map((e) => ({ runbook: e.runbook, file: e.file, digest: e.digest }))
    };
}

// The "Suspect change" section: the commit change attribution names (full SHA, its deployment and
// pull request), why, with each reason citing its evidence, what else was considered, and what
// was ruled out and why; or why no change is named. Every quoted word comes from untrusted
// telemetry and diffs, so reasons go through prose() and ids through code().
/** At most this many ruled-out changes are listed; the rest are counted. */
const RULED_OUT_SHOWN = 8;
function suspectChangeSection(a) {
    const lines = ['## Suspect change', ''];
    const onset = `The symptom began at ${new Date(a.onset.at).toISOString()} (${prose(a.onset.from)}).`;
    if (a.suspect) {
        const s = a.suspect;
        lines.push(`Commit ${code(s.sha)}, shipped by deployment ${code(s.deployment)} to ${code(s.service)}${s.pullRequest ? ` (pull request ${code(`#${s.pullRequest}`)})` : ''}; confidence ${s.confidence.toFixed(2)} (${s.score.toFixed(1)} of the ${CLEAR_CASE_SCORE} that two strong pieces of evidence make). ${onset}`, '', ...s.reasons.map((r) => `- ${prose(r.text)}`));
    }
    else {
        lines.push(`No change is named: ${prose(a.none ?? 'no candidate')}. ${onset}`);
    }
    if (a.considered.length > 0)
        lines.push('', 'Also considered, with less evidence:', '', ...a.considered.map((c) => `- ${code(c.sha.slice(0, 12))} (${c.score.toFixed(1)}): ${c.reasons.map((r) => prose(r.text)).join('; ')}`));
    if (a.ruledOut.length > 0) {
        lines.push('', 'Ruled out:', '');
        for (const r of a.ruledOut.slice(0, RULED_OUT_SHOWN))
            lines.push(`- ${code(r.sha.slice(0, 12))} (deployment ${code(r.deployment)}): ${prose(r.why)}`);
        if (a.ruledOut.length > RULED_OUT_SHOWN)
            lines.push(`- and ${a.ruledOut.length - RULED_OUT_SHOWN} more`);
    }
    return lines.join('\n');
}

const MINUTE_MS = 60_000;
const minuteOf = (t) => Math.floor(t / MINUTE_MS);
/**
 * Whether a new-template anomaly is due: a reported severity, first seen after the log group's
 * learning period, and a line of it (`at`) within one cooldown of that first sight. The last
 * condition makes a retry (a redelivered record, a released claim) report it still, and a claim
 * that expired from the store (TTL) never report it twice.
 */
function newTemplateDue(severity, firstSeen, groupFirstSeen, at, settings) {
    if (severity === 'info' || !settings.newSeverities.includes(severity))
        return false;
    if (firstSeen < groupFirstSeen + settings.learningMs)
        return false;
    return at < firstSeen + settings.cooldownMs;
}
/**
 * The burst rule at minute `minute` (the latest line's): the window is its last `windowMs` of
 * whole minutes, the baseline the `baselineMs` before the window, cut to what the detector has
 * observed of the group (from its first minute). No verdict for a minute that starts before the
 * learning period ends, nor with less than one window of baseline observed. A burst: count ≥ minCount and ≥ burstFactor × baseline mean.
 */
function findBurst(count, minute, groupFirstSeen, settings) {
    if (!settings.burst)
        return undefined;
    if (minute * MINUTE_MS < groupFirstSeen + settings.learningMs)
        return undefined;
    const w = settings.windowMs / MINUTE_MS;
    const b = settings.baselineMs / MINUTE_MS;
    let inWindow = 0;
    for (let m = minute - w + 1; m <= minute; m++)
        inWindow += count(m);
    if (inWindow < settings.minCount)
        return undefined;
    const from = Math.max(minute - w - b + 1, minuteOf(groupFirstSeen));
    const observed = minute - w - from + 1;
    if (observed < w)
        return undefined;
    let before = 0;
    for (let m = from; m <= minute - w; m++)
        before += count(m);
    const baseline = (before * w) / observed;
    if (inWindow < settings.burstFactor * baseline)
        return undefined;
    return {
        count: inWindow,
        baseline,
        windowStart: (minute - w + 1) * MINUTE_MS,
        windowEnd: (minute + 1) * MINUTE_MS
    };
}
/** Start of the cooldown window holding `t`: claims are per (group, key, kind, this). */
const cooldownWindow = (t, settings) => Math.floor(t / settings.cooldownMs) * settings.cooldownMs;

// The template key: which template a log line belongs to, the same in every container and
// whatever order lines arrive in. Drain's template text cannot be the key: it generalizes as
// lines arrive (`user alice` → `user <*>`), so one container's key for a line changes over time
// and two containers that saw different first lines disagree. The key is a function of the line
// alone instead, so it never changes, and its cost is the opposite error: a variable part that
// carries no digit (a user name, a host name, a service) splits one logical template into one
// key per value. `npm run bench` measures both on Loghub; docs/detection.md has the figures.
//
// The line's canonical form, from its first line only (as the log summary mines it):
// - compact JSON gets a space after each `,"`, so its fields are tokens;
// - each token is value-masked as Drain sees it (`DEFAULT_VALUE_MASKS`: `uid=42` → `uid=<NUM>`);
// - a token that still has a digit (`dn228`, `R02-M1-N0`, `v2`), or is a value alone (`<NUM>`,
//   `/<IP>:<NUM>`), a path (`/home/alice/x`), an e-mail address or a host name with a port
//   (`db.internal:5432`) becomes `<*>`: the mask's type is dropped so `0x1f` (HEX) and `42`
//   (NUM) in one position agree;
// - a month or weekday name next to a `<*>` is a date's, so `<*>` too (`Nov 9 12:01:01`), or
//   every template would change key on the 1st of the month;
// - runs of `<*>` become one, so a value of one or two words is one position.
// The key is a 64-bit hash of the severity and that form, so the state table never holds log
// text (a digit-free secret in a line included); the form itself goes out only redacted, as an
// anomaly's `template`.
const KEY_WILDCARD = '<*>';
/** Characters of a line's first line that the key reads; the rest is the same template. */
const MAX_KEY_CHARS = 2_000;
const WHITESPACE = /[ \t\n\v\f\r]+/;
const DATE_WORDS = new Set('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday'.split(' '));
/** The text Drain and the key see: the first line; compact JSON with its fields apart. */
function mineText(message) {
    const end = message.indexOf('\n');
    let first = end < 0 ? message : message.slice(0, end);
    if (first.length > MAX_KEY_CHARS)
        first = first.slice(0, MAX_KEY_CHARS);
    return first.trimStart().startsWith('{') ? first.replace(/,"/g, ', "') : first;
}
function hasDigit(token) {
    for (let i = 0; i < token.length; i++) {
        const c = token.charCodeAt(i);
        if (c >= 48 && c <= 57)
            return true;
    }
    return false;
}
/** A masked token with a placeholder and no letter outside placeholders (`<NUM>`, `[<IP>]`). */
function isValue(masked) {
    if (!masked.includes('<'))
        return false;
    let inside = false;
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 60)
            inside = true;
        else if (c === 62)
            inside = false;
        else if (!inside && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
            return false;
    }
    return true;
}
// Two path segments at least, starting the token or after punctuation: `/a/b`, `chdir(/a/b)`.
// Not `a/b` (`tcp/ip`, `n/a`), nor a URL's `//`-less scheme part.
const PATH = /(?:^|[^\w/])\/[\w.@~+-]*\/[\w.@~+/-]*/;
// An e-mail address: one key per person otherwise, and personal data in the canonical form.
const EMAIL = /[^\s@]@[\w-]+\.[\w.-]*[A-Za-z]/;
// A host name with a port (`db.internal:<NUM>`): the port says the whole token is an address.
const HOST_PORT = /^[\w-]+(?:\.[\w-]+)+:<NUM>[,.;)]?$/;
function canonicalToken(token) {
    const masked = maskValues(token);
    if (hasDigit(masked) || isValue(masked))
        return KEY_WILDCARD;
    if (masked.includes('/') && PATH.test(masked))
        return KEY_WILDCARD;
    if (masked.includes('@') && EMAIL.test(masked))
        return KEY_WILDCARD;
    if (masked.includes(':<NUM>') && HOST_PORT.test(masked))
        return KEY_WILDCARD;
    return masked;
}
const isDateWord = (token) => token.length <= 10 && DATE_WORDS.has(token.toLowerCase().replace(/[,.]$/, ''));
/** The canonical form of a line (see the file comment): tokens joined by single spaces. */
function keyText(message) {
    const tokens = mineText(message)
        .split(WHITESPACE)
        .filter((t) => t !== '')
        .map(canonicalToken);
    // Until nothing changes, so `Mon Dec 04` goes whole: `Dec` first, then `Mon` beside it.
    for (let changed = true; changed;) {
        changed = false;
        for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i] ?? '';
            if (t !== KEY_WILDCARD &&
                isDateWord(t) &&
                (tokens[i - 1] === KEY_WILDCARD || tokens[i + 1] === KEY_WILDCARD)) {
                tokens[i] = KEY_WILDCARD;
                changed = true;
            }
        }
    }
    const out = [];
    for (const t of tokens)
        if (t !== KEY_WILDCARD || out.at(-1) !== KEY_WILDCARD)
            out.push(t);
    return out.join(' ');
}
function keyOfText(text, severity) {
    return createHash('sha256').update(`${severity}\n${text}`).digest('hex').slice(0, 16);
}
const CACHE_LIMIT$1 = 20_000;
/** templateKey with the hashes of recent canonical forms kept (a warm container's cache). */
class TemplateKeys {
    cache = new Map();
    /** The line's key and the canonical form it hashes. */
    of(message, severity) {
        const text = keyText(message);
        const cached = `${severity}\n${text}`;
        let key = this.cache.get(cached);
        if (key === undefined) {
            if (this.cache.size >= CACHE_LIMIT$1)
                this.cache.clear();
            key = keyOfText(text, severity);
            this.cache.set(cached, key);
        }
        return { key, text };
    }
}

/** The ids of the anomalies a sink's error says were delivered before it failed. */
function deliveredBefore(error) {
    if (typeof error !== 'object' || error === null || !('sent' in error))
        return [];
    const { sent } = error;
    return Array.isArray(sent) ? sent.filter((id) => typeof id === 'string') : [];
}

const MINUTE$1 = 60_000;
const DEFAULT_SETTINGS = Object.freeze({
    learningMs: 24 * 60 * MINUTE$1,
    windowMs: 5 * MINUTE$1,
    baselineMs: 60 * MINUTE$1,
    burstFactor: 5,
    minCount: 20,
    cooldownMs: 30 * MINUTE$1,
    newSeverities: Object.freeze(['fatal', 'error', 'warn']),
    newTemplateBudget: 10,
    burst: true
});
/** Checked settings: `settingsFor` answers for any log group. */
class DetectorConfig {
    defaults;
    exact = new Map();
    globs = [];
    constructor(defaults = { ...DEFAULT_SETTINGS }, groups = []) {
        this.defaults = defaults;
        for (const { pattern, settings } of groups) {
            if (!/[*?]/.test(pattern))
                this.exact.set(pattern, settings);
            else
                this.globs.push({
                    pattern,
                    regex: globRegex(pattern),
                    specificity: pattern.replace(/[*?]/g, '').length,
                    settings
                });
        }
        // Most specific first; ties keep the order they were written in (sort is stable).
        this.globs.sort((a, b) => b.specificity - a.specificity);
    }
    /** The settings for a log group: its exact name, else the most specific glob, else defaults. */
    settingsFor(group) {
        const exact = this.exact.get(group);
        if (exact !== undefined)
            return exact;
        for (const rule of this.globs)
            if (rule.regex?.test(group))
                return rule.settings;
        return this.defaults;
    }
}
function globRegex(glob) {
    const source = glob
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.+()[\]{}|]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`, 's');
}
/** A configuration error: the message names the field and what to write instead. */
class SettingsError extends Error {
    name = 'SettingsError';
}
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: MINUTE$1,
    h: 60 * MINUTE$1,
    d: 1440 * MINUTE$1
};
const DURATION = /^(?:\d+(?:ms|s|m|h|d))+$/;
/** Milliseconds in a duration such as `90s`, `5m`, `1h30m` or `7d`; undefined when not one. */
function parseDuration(text) {
    const trimmed = text.trim();
    if (!DURATION.test(trimmed))
        return undefined;
    let ms = 0;
    for (const [, count = '', unit = ''] of trimmed.matchAll(/(\d+)(ms|s|m|h|d)/g))
        ms += Number(count) * (UNIT_MS[unit] ?? Number.NaN);
    return Number.isSafeInteger(ms) ? ms : undefined;
}
/** `90000` → `1m30s`; `0` → `0s`. */
function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    let rest = ms;
    let out = '';
    for (const unit of ['d', 'h', 'm', 's', 'ms']) {
        const size = UNIT_MS[unit] ?? 1;
        const n = Math.floor(rest / size);
        if (n > 0)
            out += `${n}${unit}`;
        rest -= n * size;
    }
    return out;
}
const FIELDS = [
    'learning',
    'window',
    'baseline',
    'burstFactor',
    'minCount',
    'cooldown',
    'newSeverities',
    'newTemplateBudget',
    'burst'
];
const SEVERITY_NAMES = {
    fatal: 'fatal',
    critical: 'fatal',
    error: 'error',
    err: 'error',
    warn: 'warn',
    warning: 'warn'
};
const MAX_BASELINE_MS = 24 * 60 * MINUTE$1;
/** Checks a configuration (parsed JSON, or built from flags); throws SettingsError. */
function parseDetectorConfig(raw, options = {}) {
    const label = options.label ?? ((path, field) => (path === '' ? field : `${path}.${field}`));
    const top = record(raw, 'the detector configuration', 'an object with `defaults` and `groups`');
    for (const key of Object.keys(top))
        if (key !== 'defaults' && key !== 'groups')
            throw new SettingsError(`unknown field \`${key}\` in the detector configuration${didYouMean(key, ['defaults', 'groups'])}; it has \`defaults\` and \`groups\``);
    const defaults = parseSettings(top.defaults ?? {}, DEFAULT_SETTINGS, 'defaults', label);
    const groups = [];
    const rawGroups = record(top.groups ?? {}, 'groups', 'an object of log group name or glob → settings');
    for (const [pattern, value] of Object.entries(rawGroups)) {
        if (pattern.trim() === '')
            throw new SettingsError('groups: an empty log group name; use the name (`/aws/lambda/payments`) or a glob (`/aws/lambda/*`)');
        groups.push({
            pattern,
            settings: parseSettings(value, defaults, `groups[${JSON.stringify(pattern)}]`, label)
        });
    }
    return new DetectorConfig(defaults, groups);
}
function record(value, where, what) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new SettingsError(`${where} must be ${what}, not ${describe(value)}`);
    return value;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value === undefined)
        return 'nothing';
    return 'an object';
}
/** One settings object over `base`: only the fields it sets change. */
function parseSettings(value, base, path, label) {
    const raw = record(value, path, 'an object of settings');
    const out = { ...base, newSeverities: [...base.newSeverities] };
    for (const key of Object.keys(raw))
        if (!FIELDS.includes(key))
            throw new SettingsError(`${path}: unknown setting \`${key}\`${didYouMean(key, FIELDS)}; settings are ${FIELDS.join(', ')}`);
    const field = (name) => raw[name];
    const name = (f) => label(path, f);
    const duration = (f) => {
        const v = field(f);
        if (v === undefined)
            return undefined;
        const ms = typeof v === 'string' ? parseDuration(v) : undefined;
        if (ms === undefined)
            throw new SettingsError(`${name(f)}: ${describe(v)} is not a duration; write a number and a unit, such as 30s, 5m, 1h30m or 1d`);
        return ms;
    };
    const wholeMinutes = (f, ms) => {
        if (ms < MINUTE$1 || ms % MINUTE$1 !== 0)
            throw new SettingsError(`${name(f)}: ${formatDuration(ms)} is not a whole number of minutes; counts are kept per minute, so use 1m or more in whole minutes, such as 5m`);
    };
    const integer = (f, min) => {
        const v = field(f);
        if (v === undefined)
            return undefined;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
            throw new SettingsError(`${name(f)}: ${describe(v)} is not a whole number ≥ ${min}`);
        return v;
    };
    const learning = duration('learning');
    if (learning !== undefined)
        out.learningMs = learning;
    const window = duration('window');
    if (window !== undefined) {
        wholeMinutes('window', window);
        out.windowMs = window;
    }
    const baseline = duration('baseline');
    if (baseline !== undefined) {
        wholeMinutes('baseline', baseline);
        if (baseline > MAX_BASELINE_MS)
            throw new SettingsError(`${name('baseline')}: ${formatDuration(baseline)} is longer than 24h; one query reads every minute of it, so keep it to 24h or less`);
        out.baselineMs = baseline;
    }
    const cooldown = duration('cooldown');
    if (cooldown !== undefined)
        out.cooldownMs = cooldown;
    const factor = field('burstFactor');
    if (factor !== undefined) {
        if (typeof factor !== 'number' || !Number.isFinite(factor) || factor < 1)
            throw new SettingsError(`${name('burstFactor')}: ${describe(factor)} is not a number ≥ 1 (how many times the baseline a burst is, e.g. 5)`);
        out.burstFactor = factor;
    }
    const minCount = integer('minCount', 1);
    if (minCount !== undefined)
        out.minCount = minCount;
    const budget = integer('newTemplateBudget', 1);
    if (budget !== undefined)
        out.newTemplateBudget = budget;
    const burst = field('burst');
    if (burst !== undefined) {
        if (typeof burst !== 'boolean')
            throw new SettingsError(`${name('burst')}: ${describe(burst)} is not true or false`);
        out.burst = burst;
    }
    const severities = field('newSeverities');
    if (severities !== undefined) {
        if (!Array.isArray(severities))
            throw new SettingsError(`${name('newSeverities')}: ${describe(severities)} is not a list; write e.g. ["fatal", "error"], or [] to report no new templates`);
        const list = [];
        for (const s of severities) {
            const text = typeof s === 'string' ? s.toLowerCase() : '';
            const severity = SEVERITY_NAMES[text];
            if (severity === undefined)
                throw new SettingsError(text === 'info' || text === 'debug' || text === 'notice'
                    ? `${name('newSeverities')}: ${describe(s)} lines are never new-template anomalies (new ones appear all the time); use fatal, error and/or warn`
                    : `${name('newSeverities')}: ${describe(s)} is not a severity; use fatal, error and/or warn`);
            if (!list.includes(severity))
                list.push(severity);
        }
        out.newSeverities = list;
    }
    // Checks across fields, on the merged result: an override can break what defaults allow.
    if (out.baselineMs < out.windowMs)
        throw new SettingsError(`${name('baseline')}: ${formatDuration(out.baselineMs)} is shorter than the window (${formatDuration(out.windowMs)}); the baseline is the mean over several windows before it, so make it at least the window, such as 60m`);
    if (out.cooldownMs < out.windowMs)
        throw new SettingsError(`${name('cooldown')}: ${formatDuration(out.cooldownMs)} is shorter than the window (${formatDuration(out.windowMs)}), so one burst would be reported again and again; make it at least the window, such as 30m`);
    return out;
}

// The log anomaly detector's core: source records of log events in, anomalies out, exactly once
// per (log group, template key, kind, cooldown window) however many containers process the
// stream and however often a record is redelivered.
//
// Per record, in this order (docs/detection.md says what a crash between two steps costs):
// 1. skip it if the store says it was done (a redelivery);
// 2. mine each line into its log group's Drain miner for its severity (one miner per severity,
//    as the log summary does: a cache, for the template text shown), and key it (detect/key.ts);
// 3. per log group and key: the stored first-seen times (conditional puts, cached once known),
//    then the per-minute counts (atomic counters);
// 4. evaluate the rules; each anomaly must win its claim (a conditional put) to be emitted;
// 5. send the anomalies; if sending (or anything before it) fails, release this record's claims
//    so its redelivery can claim them again, and rethrow;
// 6. mark the record done.
// The store is the truth; every in-memory map here is a bounded cache of it or of the lines.
/** The counter that holds a log group's new-template budget (keys never start with `#`). */
const NEW_BUDGET_KEY = '#new-template-budget';
const MAX_EXAMPLES = 3;
const MAX_EXAMPLE_CHARS = 500;
const MAX_TEMPLATE_CHARS = 500;
/** Per log group, entries of each cache before it is emptied (it refills from the store). */
const CACHE_LIMIT = 50_000;
/** Templates of one record whose store requests are in flight at once. */
const PARALLEL_TEMPLATES = 16;
class Detector {
    store;
    sink;
    config;
    redaction;
    maxGroups;
    keys = new TemplateKeys();
    groups = new Map();
    constructor(options) {
        this.store = options.store;
        this.sink = options.sink;
        this.config = options.config ?? new DetectorConfig();
        this.redaction = options.redaction ?? {};
        this.maxGroups = options.maxGroups ?? 200;
    }
    /** Processes records in order; see the file comment. Throws when the store or the sink does. */
    async process(records) {
        const result = {
            anomalies: [],
            records: 0,
            skipped: 0,
            events: 0,
            invalid: 0,
            suppressed: 0
        };
        // Claims tried in this call: a batch's later records never ask twice.
        const tried = new Set();
        for (const record of records) {
            if (await this.store.wasDone(record.id)) {
                result.skipped++;
                continue;
            }
            const taken = [];
            let anomalies;
            try {
                anomalies = await this.analyze(record, taken, tried, result);
                if (anomalies.length > 0)
                    await this.sink.send(anomalies);
            }
            catch (error) {
                // Claims of anomalies the sink did deliver before failing stay held: a retry must not
                // send them again.
                const delivered = new Set(deliveredBefore(error));
                await this.release(record.id, taken.filter((t) => !delivered.has(anomalyId(t.group, t.key, t.kind, t.windowStart))));
                throw error;
            }
            await this.store.recordDone(record.id);
            result.records++;
            result.anomalies.push(...anomalies);
        }
        return result;
    }
    async analyze(record, taken, tried, result) {
        const byGroup = new Map();
        // The caches this record uses, looked up once (most records hold one log group).
        const caches = new Map();
        for (const event of record.events) {
            result.events++;
            // A line with no text has no template to speak of (and the event schema needs one).
            if (!Number.isFinite(event.timestamp) || event.message.trim() === '') {
                result.invalid++;
                continue;
            }
            let cache = caches.get(event.logGroup);
            if (cache === undefined) {
                cache = this.cacheOf(event.logGroup);
                caches.set(event.logGroup, cache);
            }
            const severity = detectSeverity(event.message);
            let miner = cache.miners.get(severity);
            if (miner === undefined) {
                miner = new DrainMiner({ maxExamples: 0, maxValues: 0 });
                cache.miners.set(severity, miner);
            }
            const template = miner.add(mineText(event.message), event.timestamp);
            const { key, text } = this.keys.of(event.message, severity);
            let keys = byGroup.get(event.logGroup);
            if (keys === undefined) {
                keys = new Map();
                byGroup.set(event.logGroup, keys);
            }
            let lines = keys.get(key);
            if (lines === undefined) {
                lines = {
                    key,
                    text,
                    severity,
                    template,
                    first: event.timestamp,
                    last: event.timestamp,
                    minutes: new Map(),
                    examples: []
                };
                keys.set(key, lines);
            }
            lines.template = template;
            if (event.timestamp < lines.first)
                lines.first = event.timestamp;
            if (event.timestamp > lines.last)
                lines.last = event.timestamp;
            const minute = minuteOf(event.timestamp);
            lines.minutes.set(minute, (lines.minutes.get(minute) ?? 0) + 1);
            if (lines.examples.length < MAX_EXAMPLES &&
                !lines.examples.some((e) => e.message === event.message))
                lines.examples.push(event);
        }
        const anomalies = [];
        for (const [group, keys] of byGroup) {
            const settings = this.config.settingsFor(group);
            const cache = caches.get(group) ?? this.cacheOf(group);
            let earliest = Number.POSITIVE_INFINITY;
            for (const lines of keys.values())
                earliest = Math.min(earliest, lines.first);
            cache.firstSeen ??= await this.store.groupFirstSeen(group, earliest);
            const groupFirst = cache.firstSeen;
            // Templates touch different items: their requests go out side by side, a few at a time.
            const found = await inParallel([...keys.values()], PARALLEL_TEMPLATES, (lines) => this.template(record.id, group, cache, groupFirst, lines, settings, {
                taken,
                tried,
                result
            }));
            for (const list of found)
                anomalies.push(...list);
        }
        return anomalies;
    }
    /** Steps 3 and 4 for one template of one record. */
    async template(owner, group, cache, groupFirst, lines, settings, run) {
        const { key } = lines;
        let firstSeen = cache.templates.get(key);
        if (firstSeen === undefined) {
            firstSeen = (await this.store.templateFirstSeen(group, key, lines.first)).firstSeen;
            if (cache.templates.size >= CACHE_LIMIT)
                cache.templates.clear();
            cache.templates.set(key, firstSeen);
        }
        // This record's minutes, as totals across all containers once added.
        const totals = new Map();
        for (const [minute, n] of [...lines.minutes].sort((a, b) => a[0] - b[0]))
            totals.set(minute, await this.store.addCount(group, key, minute, n));
        const out = [];
        if (newTemplateDue(lines.severity, firstSeen, groupFirst, lines.first, settings)) {
            const claimed = await this.claim(owner, group, key, 'new-template', firstSeen, run);
            if (claimed !== undefined) {
                const detectedAt = Math.max(lines.first, firstSeen);
                const budgetMinute = minuteOf(cooldownWindow(detectedAt, settings));
                const used = await this.store.addCount(group, NEW_BUDGET_KEY, budgetMinute, 1);
                claimed.budgetMinute = budgetMinute;
                if (used > settings.newTemplateBudget)
                    run.result.suppressed++;
                else {
                    const from = minuteOf(firstSeen);
                    const to = from + settings.windowMs / MINUTE_MS - 1;
                    const counts = await this.store.counts(group, key, from, to);
                    let count = 0;
                    for (const n of counts.values())
                        count += n;
                    out.push(this.anomaly('new-template', group, lines, firstSeen, firstSeen, {
                        count: Math.max(count, 1),
                        baseline: 0,
                        windowStart: firstSeen,
                        windowEnd: firstSeen + settings.windowMs,
                        detectedAt
                    }));
                }
            }
        }
        const minute = minuteOf(lines.last);
        // A template that qualifies as new is not also reported bursting in the cooldown after its
        // first sight: its first lines often come in a rush, and one event says it.
        const coveredByNew = newTemplateDue(lines.severity, firstSeen, groupFirst, lines.last, settings);
        if (settings.burst && !coveredByNew && minute * MINUTE_MS >= groupFirst + settings.learningMs) {
            const recent = await this.recent(group, cache, key, minute, settings);
            const count = (m) => totals.get(m) ?? recent.get(m) ?? 0;
            const burst = findBurst(count, minute, groupFirst, settings);
            if (burst !== undefined) {
                const windowStart = cooldownWindow(lines.last, settings);
                const claimed = await this.claim(owner, group, key, 'burst', windowStart, run);
                if (claimed !== undefined)
                    out.push(this.anomaly('burst', group, lines, firstSeen, windowStart, {
                        ...burst,
                        detectedAt: lines.last
                    }));
            }
        }
        return out;
    }
    /**
     * Counts of the window and baseline before `minute`: one Query per template per minute per
     * container; later records in the same minute reuse it (their own minutes come from addCount).
     * A line another container adds to an earlier minute after the Query is missed until the next
     * minute: a late line, undercounted at most for one minute.
     */
    async recent(group, cache, key, minute, settings) {
        const cached = cache.recent.get(key);
        if (cached?.minute === minute)
            return cached.counts;
        const span = (settings.windowMs + settings.baselineMs) / MINUTE_MS;
        const counts = await this.store.counts(group, key, minute - span + 1, minute);
        if (cache.recent.size >= CACHE_LIMIT)
            cache.recent.clear();
        cache.recent.set(key, { minute, counts });
        return counts;
    }
    /** A claim won by this record, recorded in `taken`; undefined when lost or tried already. */
    async claim(owner, group, key, kind, windowStart, run) {
        const id = JSON.stringify([group, key, kind, windowStart]);
        if (run.tried.has(id))
            return undefined;
        run.tried.add(id);
        if (!(await this.store.claim(group, key, kind, windowStart, owner)))
            return undefined;
        const taken = { group, key, kind, windowStart };
        run.taken.push(taken);
        return taken;
    }
    /** Hands back what a record that failed claimed, best effort (the error that follows wins). */
    async release(owner, taken) {
        for (const t of taken) {
            try {
                await this.store.release(t.group, t.key, t.kind, t.windowStart, owner);
                if (t.budgetMinute !== undefined)
                    await this.store.addCount(t.group, NEW_BUDGET_KEY, t.budgetMinute, -1);
            }
            catch {
                // The claim stays: its anomaly is lost rather than sent twice.
            }
        }
    }
    anomaly(kind, group, lines, firstSeen, claimWindow, window) {
        // One redactor per anomaly: placeholders agree between its template and examples, and
        // nothing is remembered across anomalies.
        const redactor = new Redactor(this.redaction);
        const examples = redactor
            .events(lines.examples.map((e) => ({ message: e.message, stream: e.logStream, e })))
            .map((r) => ({
            message: clip(r.message, MAX_EXAMPLE_CHARS),
            logStream: clip(redactor.text(r.e.logStream), MAX_TEMPLATE_CHARS),
            timestamp: r.e.timestamp
        }));
        return {
            version: 1,
            id: anomalyId(group, lines.key, kind, claimWindow),
            kind,
            logGroup: group,
            templateKey: lines.key,
            template: clip(redactor.text(lines.text), MAX_TEMPLATE_CHARS),
            drainTemplate: clip(redactor.text(lines.template.template), MAX_TEMPLATE_CHARS),
            drainCount: lines.template.count,
            severity: lines.severity,
            count: window.count,
            baseline: window.baseline,
            firstSeen,
            windowStart: window.windowStart,
            windowEnd: window.windowEnd,
            detectedAt: window.detectedAt,
            examples
        };
    }
    cacheOf(group) {
        let cache = this.groups.get(group);
        if (cache !== undefined) {
            // Most recently used last: the first entry is the one to drop.
            this.groups.delete(group);
            this.groups.set(group, cache);
            return cache;
        }
        cache = { miners: new Map(), firstSeen: undefined, templates: new Map(), recent: new Map() };
        this.groups.set(group, cache);
        if (this.groups.size > this.maxGroups) {
            const oldest = this.groups.keys().next();
            if (oldest.done !== true)
                this.groups.delete(oldest.value);
        }
        return cache;
    }
}
/**
 * `work` over `items`, at most `limit` at a time; results in the order of `items`. On a failure no
 * new item starts, and it throws once every started one has settled, so nothing is still taking
 * claims while the caller releases them.
 */
async function inParallel(items, limit, work) {
    const out = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length && failure === undefined) {
            const i = next++;
            try {
                out[i] = await work(items[i]);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure !== undefined)
        throw failure.error;
    return out;
}
/** The anomaly's id: 32 hex digits of SHA-256 over what its claim is on. */
function anomalyId(group, key, kind, claimWindow) {
    return createHash('sha256')
        .update(JSON.stringify([group, key, kind, claimWindow]))
        .digest('hex')
        .slice(0, 32);
}

const SEP = '\u0000';
class MemoryStore {
    groups = new Map();
    templates = new Map();
    buckets = new Map();
    claims = new Map();
    done = new Set();
    /** Requests served, by operation: what the DynamoDB store would be asked. */
    requests = {
        groupFirstSeen: 0,
        templateFirstSeen: 0,
        addCount: 0,
        counts: 0,
        claim: 0,
        release: 0,
        wasDone: 0,
        recordDone: 0
    };
    /** Templates stored, across log groups. */
    get templateCount() {
        return this.templates.size;
    }
    async groupFirstSeen(group, at) {
        await tick();
        this.requests.groupFirstSeen++;
        const stored = this.groups.get(group);
        if (stored !== undefined)
            return stored;
        this.groups.set(group, at);
        return at;
    }
    async templateFirstSeen(group, key, at) {
        await tick();
        this.requests.templateFirstSeen++;
        const id = group + SEP + key;
        const stored = this.templates.get(id);
        if (stored !== undefined)
            return { isNew: false, firstSeen: stored };
        this.templates.set(id, at);
        return { isNew: true, firstSeen: at };
    }
    async addCount(group, key, minute, n) {
        await tick();
        this.requests.addCount++;
        const id = group + SEP + key;
        let minutes = this.buckets.get(id);
        if (minutes === undefined) {
            minutes = new Map();
            this.buckets.set(id, minutes);
        }
        const total = (minutes.get(minute) ?? 0) + n;
        minutes.set(minute, total);
        return total;
    }
    async counts(group, key, fromMinute, toMinute) {
        await tick();
        this.requests.counts++;
        const out = new Map();
        const minutes = this.buckets.get(group + SEP + key);
        if (minutes === undefined)
            return out;
        // Whichever is smaller: the range or what is stored.
        if (toMinute - fromMinute + 1 <= minutes.size) {
            for (let m = fromMinute; m <= toMinute; m++) {
                const n = minutes.get(m);
                if (n !== undefined)
                    out.set(m, n);
            }
        }
        else
            for (const [m, n] of minutes)
                if (m >= fromMinute && m <= toMinute)
                    out.set(m, n);
        return out;
    }
    async claim(group, key, kind, windowStart, owner) {
        await tick();
        this.requests.claim++;
        const id = [group, key, kind, windowStart].join(SEP);
        if (this.claims.has(id))
            return false;
        this.claims.set(id, owner);
        return true;
    }
    async release(group, key, kind, windowStart, owner) {
        await tick();
        this.requests.release++;
        const id = [group, key, kind, windowStart].join(SEP);
        if (this.claims.get(id) === owner)
            this.claims.delete(id);
    }
    async wasDone(recordId) {
        await tick();
        this.requests.wasDone++;
        return this.done.has(recordId);
    }
    async recordDone(recordId) {
        await tick();
        this.requests.recordDone++;
        this.done.add(recordId);
    }
}
/** One microtask: callers interleave at each request, as they would over the network. */
const tick = () => Promise.resolve();

// Timestamps at the start of a log line, for replaying a file offline (`opsloop watch`):
// ISO 8601 / RFC 3339 (`2024-05-01T10:00:00.123Z`, a space for the `T`, an offset or none for
// UTC), syslog (`Nov  9 12:01:01`, no year: the reader is given one and adds a year when the
// month goes back, as at New Year), and Loghub's labelled layout (BGL, Thunderbird): a label,
// then epoch seconds. A Loghub line's label is the answer an evaluation grades against, so it is
// cut from the message the detector sees.
const ISO = /^\[?(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?(Z|[+-]\d\d(?::?\d\d)?)?(?![\w:.])/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SYSLOG = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)(?![\w:])/;
const LOGHUB = /^(\S+)[ \t]+(\d{9,10})[ \t]/;
/** Reads leading timestamps; holds the year syslog stamps lack. */
class TimestampReader {
    year;
    lastMonth = -1;
    /** `year`: the year of the first syslog stamp (they carry none). */
    constructor(year) {
        this.year = year;
    }
    read(line) {
        const c = line.charCodeAt(0);
        if ((c >= 48 && c <= 57) || c === 91) {
            const iso = this.iso(line);
            if (iso !== undefined)
                return iso;
        }
        if (c >= 65 && c <= 90) {
            const syslog = this.syslog(line);
            if (syslog !== undefined)
                return syslog;
        }
        const loghub = LOGHUB.exec(line);
        if (loghub !== null) {
            const label = loghub[1] ?? '';
            return {
                time: Number(loghub[2]) * 1000,
                message: line.slice(label.length).trimStart(),
                kind: 'loghub',
                label
            };
        }
        return undefined;
    }
    iso(line) {
        const m = ISO.exec(line);
        if (m === null)
            return undefined;
        const [, y, mo, d, h, mi, s = '0', fraction = '', zone = 'Z'] = m;
        const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
        const time = utc(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), ms);
        if (time === undefined)
            return undefined;
        let offset = 0;
        if (zone !== 'Z') {
            const digits = zone.replace(':', '');
            const sign = digits.startsWith('-') ? -1 : 1;
            offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0')) * 60_000;
        }
        return { time: time - offset, message: line, kind: 'iso' };
    }
    syslog(line) {
        const m = SYSLOG.exec(line);
        if (m === null)
            return undefined;
        const [, name = '', d, h, mi, s] = m;
        const month = MONTHS.indexOf(name.toLowerCase());
        if (month < 0)
            return undefined;
        // A month well before the last one is the next year (December, then January).
        if (this.lastMonth >= 0 && month < this.lastMonth - 6)
            this.year++;
        this.lastMonth = month;
        const time = utc(this.year, month + 1, Number(d), Number(h), Number(mi), Number(s), 0);
        return time === undefined ? undefined : { time, message: line, kind: 'syslog' };
    }
}
function utc(year, month, day, hour, minute, second, ms) {
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return undefined;
    if (hour > 23 || minute > 59 || second > 60)
        return undefined;
    return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

const MINUTE = 60_000;
async function replay(lines, options) {
    const store = new MemoryStore();
    const anomalies = [];
    const detector = new Detector({
        store,
        config: options.config ?? new DetectorConfig(),
        sink: {
            send(found) {
                for (const a of found) {
                    anomalies.push(a);
                    options.onAnomaly?.(a, timing ?? 'line-order');
                }
                return Promise.resolve();
            }
        }
    });
    const reader = new TimestampReader(options.year);
    const logStream = options.logStream ?? options.logGroup;
    const recordLines = options.recordLines ?? 500;
    let timing;
    let count = 0;
    let first = Number.NaN;
    let last = Number.NaN;
    let time = 0;
    let batch = [];
    let records = 0;
    let suppressed = 0;
    const flush = async () => {
        if (batch.length === 0)
            return;
        const events = batch;
        batch = [];
        const result = await detector.process([{ id: `${options.logGroup}#${++records}`, events }]);
        suppressed += result.suppressed;
    };
    for await (const raw of lines) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '')
            continue;
        const stamped = timing === 'line-order' ? undefined : reader.read(line);
        if (timing === undefined) {
            timing = stamped?.kind ?? 'line-order';
            if (stamped === undefined)
                options.onWarning?.('the first line has no timestamp this reader knows (ISO 8601, syslog `Mon dd hh:mm:ss`, or Loghub epoch seconds in the second field); timing lines by their order, one second apart');
        }
        // A line without a stamp in a stamped file (a stack trace's) takes the previous line's time.
        if (timing === 'line-order')
            time = count * 1000;
        else if (stamped !== undefined)
            time = stamped.time;
        const event = {
            logGroup: options.logGroup,
            logStream,
            timestamp: time,
            message: stamped?.message ?? line
        };
        options.onLine?.(event, stamped?.label);
        if (batch.length >= recordLines ||
            (batch.length > 0 &&
                Math.floor((batch[0]?.timestamp ?? 0) / MINUTE) !== Math.floor(time / MINUTE)))
            await flush();
        batch.push(event);
        if (count === 0)
            first = time;
        last = time;
        count++;
    }
    await flush();
    return {
        lines: count,
        timing: timing ?? 'line-order',
        first,
        last,
        anomalies,
        suppressed,
        templates: store.templateCount,
        store
    };
}

// The `opsloop` command line: the same functions as the action, for laptops and other CI systems.
const HELP = `opsloop ${VERSION}: GitHub-native incident response for AWS

Usage:
  opsloop validate [DIR]     Validate the runbook catalog in DIR (default: runbooks)
  opsloop triage FILE        (or --event FILE) Print what intake would do with the AWS event (or
                             dispatch payload) in FILE, without touching GitHub: the incident
                             issue and plan it would open, or the one line saying why it would
                             open none (a recovery, a configuration change, ...)
  opsloop watch --log-file FILE [options]
                             Replay a log file (- for standard input) through the log anomaly
                             detector, offline, and print each anomaly it would have emitted and
                             when: new error templates after a learning period, and bursts
  opsloop demo [--scenario NAME] [--out DIR]
                             Run the whole loop offline against local stand-ins (from a clone
                             of the repository, after npm ci; same as npm run demo)
  opsloop --help             Show this help
  opsloop --version          Show the version

Options for validate:
  --allow-document NAME      SSM document name or glob allowed in runbooks; repeat to add more.
                             Replaces the default list (AWS-RunShellScript, AWS-RestartEC2Instance,
                             AWS-StartEC2Instance, AWS-StopEC2Instance, OpsLoop-*)

Options for triage:
  --event FILE               The event as EventBridge delivers it, or {"event": ..., "context": ...}
  --snapshot PATH            Replay an incident snapshot (a file, or a folder holding snapshot.json;
                             schemas/snapshot.schema.json) offline: triage of its event, and which
                             change broke it (with --json, changes.suspect is the commit's full SHA
                             or none)
  --insufficient-data WHAT   ignore (default) or incident: what an alarm going to INSUFFICIENT_DATA
                             means, as the action's \`insufficient-data\` input
  --runbooks DIR             The runbook catalog (default: runbooks)
  --provider NAME            auto (default), rules or bedrock
  --model-id ID              Bedrock model or inference profile id (auto uses bedrock when set)
  --region REGION            Bedrock region (default: the AWS SDK's, e.g. AWS_REGION)
  --json                     Print the incident, triage, plan and issue as JSON
  --no-cache                 Validate the catalog even when it is unchanged since the last run.
                             Validated catalogs are cached by content in OPSLOOP_CACHE_DIR
                             (default: $XDG_CACHE_HOME/opsloop or ~/.cache/opsloop)

Options for watch:
  --log-file FILE            The log file, or - for standard input. Each line is timed by a leading
                             ISO 8601 or syslog (Mon dd hh:mm:ss) timestamp, or by Loghub's epoch
                             seconds in the second field (its first field, a label, is dropped);
                             without any, by line order, one second apart
  --log-group NAME           The log group the lines come from (default: the file's name)
  --learning DURATION        Report nothing until this long after the first line (default 24h)
  --window DURATION          The burst window, in whole minutes (default 5m)
  --burst-factor N           A burst is at least N times the mean per window of the hour before
                             (default 5)
  --min-count N              ... and at least N lines in the window (default 20)
  --cooldown DURATION        One anomaly per template and kind per cooldown at most (default 30m)
  --json                     One JSON object per anomaly, per line
  Durations: 90s, 5m, 1h30m, 1d. A summary goes to standard error.

Exit status: 0 on success (validate: the catalog is valid; triage: also when intake would skip the
event; watch: the file was read, anomalies or not), 1 when any runbook is invalid or the event or
log file cannot be read, 2 on a usage error. Validation problems are printed one per line as
path:line:column: message [rule].
`;
const defaultIo = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env
};
/** Runs the command line and returns the exit code (it never calls process.exit). */
async function runCli(argv, io = defaultIo) {
    // The demo has its own options; pass them through untouched.
    if (argv[0] === 'demo')
        return demo(argv.slice(1), io);
    let parsed;
    try {
        parsed = parseArgs({
            args: [...argv],
            allowPositionals: true,
            options: {
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
                'allow-document': { type: 'string', multiple: true },
                event: { type: 'string' },
                snapshot: { type: 'string' },
                runbooks: { type: 'string' },
                provider: { type: 'string' },
                'model-id': { type: 'string' },
                region: { type: 'string' },
                'insufficient-data': { type: 'string' },
                json: { type: 'boolean' },
                'no-cache': { type: 'boolean' },
                'log-file': { type: 'string' },
                'log-group': { type: 'string' },
                learning: { type: 'string' },
                window: { type: 'string' },
                'burst-factor': { type: 'string' },
                'min-count': { type: 'string' },
                cooldown: { type: 'string' }
            }
        });
    }
    catch (error) {
        io.err(`opsloop: ${error.message}\nRun \`opsloop --help\` for usage.\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.version) {
        io.out(`${VERSION}\n`);
        return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
        io.out(HELP);
        return 0;
    }
    if (command === 'triage')
        return triage(values, rest, io);
    if (command === 'watch')
        return watch(values, rest, io);
    if (command !== 'validate') {
        io.err(`opsloop: unknown command \`${command}\`. Commands: validate, triage, watch.\nRun \`opsloop --help\` for usage.\n`);
        return 2;
    }
    if (rest.length > 1) {
        io.err(`opsloop validate takes one directory, got ${rest.length}: ${rest.join(' ')}\n`);
        return 2;
    }
    const allowed = values['allow-document']?.flatMap((v) => parseList(v) ?? []);
    const result = await validateCommand({
        dir: rest[0] ?? 'runbooks',
        ...(allowed ? { allowedDocuments: allowed } : {})
    });
    for (const p of result.problems)
        (p.severity === 'error' ? io.err : io.out)(`${formatProblem(p)}\n`);
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const runbooks = result.statuses.length;
    if (result.ok)
        io.out(`${runbooks} runbook(s) valid${result.problems.length ? `, ${result.problems.length} warning(s)` : ''}\n`);
    else
        io.err(`${errors} error(s) in ${runbooks} runbook file(s)\n`);
    return result.ok ? 0 : 1;
}
const INSUFFICIENT_DATA = ['ignore', 'incident'];
const cannotRead = (path, error) => new Error(`cannot read ${path}: ${error.code ?? error.message}`);
/** A file's text, or an error that names it and why it cannot be read. */
async function readText(file) {
    try {
        return await readFile(file, 'utf8');
    }
    catch (error) {
        throw cannotRead(file, error);
    }
}
/** A snapshot path's file: the path, or `snapshot.json` in it when it is a folder. */
async function snapshotFile(path) {
    try {
        return (await stat(path)).isDirectory() ? join(path, SNAPSHOT_FILE) : path;
    }
    catch (error) {
        throw cannotRead(path, error);
    }
}
async function triage(values, rest, io) {
    const sources = [values.event, values.snapshot, rest[0]].filter((v) => v !== undefined);
    if (sources.length !== 1 || rest.length > 1) {
        io.err('opsloop triage needs one event file (opsloop triage FILE, or --event FILE) or one snapshot (--snapshot PATH), and takes no other arguments.\n');
        return 2;
    }
    let snapshot;
    if (values.snapshot !== undefined) {
        try {
            const file = await snapshotFile(values.snapshot);
            snapshot = parseSnapshot(await readText(file), file);
        }
        catch (error) {
            io.err(`opsloop triage: ${error.message}\n`);
            return 1;
        }
    }
    const eventFile = snapshot?.file ?? values.event ?? rest[0] ?? '';
    const insufficientData = values['insufficient-data'] ?? 'ignore';
    if (!INSUFFICIENT_DATA.some((v) => v === insufficientData)) {
        io.err(`opsloop triage: --insufficient-data is ignore or incident, not ${JSON.stringify(insufficientData)}.\n`);
        return 2;
    }
    let analysis;
    try {
        const provider = chooseProvider({
            provider: values.provider ?? '',
            modelId: values['model-id'] ?? '',
            region: values.region ?? '',
            maxTokens: '',
            temperature: ''
        });
        const text = snapshot ? JSON.stringify(snapshot.snapshot.event) : await readText(eventFile);
        // What intake decides before it looks at GitHub, by intake's own code: an event it would
        // open no incident for is reported in one line, not as an issue it would never open.
        const delivery = readPayload(wrapEvent(parseJsonText(text, eventFile)));
        const decision = intakeDecision(delivery, { insufficientData: insufficientData }, new Redactor());
        if (decision.kind !== 'incident') {
            io.out(values.json
                ? `${JSON.stringify({ action: 'skipped', reason: decision.reason }, null, 2)}\n`
                : `intake would skip this (${decision.reason})\n`);
            return 0;
        }
        analysis = await triageCommand({
            eventFile,
            readEvent: () => Promise.resolve(text),
            runbooks: values.runbooks ?? 'runbooks',
            ...(io.env && !values['no-cache'] ? { cacheDir: defaultCacheDir(io.env) } : {}),
            provider
        });
    }
    catch (error) {
        io.err(`opsloop triage: ${error.message}\n`);
        return 1;
    }
    const attribution = snapshot && replayAttribution(snapshot);
    if (values.json) {
        const { incident, fingerprint, triage: t, plan, draft } = analysis;
        const changes = attribution && { suspect: attribution.suspect?.sha ?? 'none', attribution };
        io.out(`${JSON.stringify({ fingerprint, incident, triage: t, plan, issue: draft, ...(changes ? { changes } : {}) }, null, 2)}\n`);
    }
    else {
        io.out(`# ${analysis.draft.title}\n\nLabels: ${analysis.draft.labels.join(', ')}\n\n${analysis.draft.body}\n${attribution ? `\n${suspectChangeSection(attribution)}\n` : ''}`);
    }
    return 0;
}
// Each setting's flag, for errors that name what the user typed.
const WATCH_FLAGS = {
    learning: '--learning',
    window: '--window',
    burstFactor: '--burst-factor',
    minCount: '--min-count',
    cooldown: '--cooldown'
};
const READ_ERRORS = {
    ENOENT: 'no such file',
    EISDIR: 'it is a directory; give a file',
    EACCES: 'permission denied'
};
/** A number flag as a number when it reads as one; otherwise as typed, for the error to quote. */
const numberFlag = (text) => /^\s*\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : text;
async function watch(values, rest, io) {
    const file = values['log-file'];
    if (file === undefined || file === '') {
        io.err('opsloop watch needs --log-file FILE (- for standard input). Run `opsloop --help` for usage.\n');
        return 2;
    }
    if (rest.length > 0) {
        io.err(`opsloop watch takes no arguments besides its options, got ${rest.join(' ')}; give the file with --log-file FILE.\n`);
        return 2;
    }
    const defaults = {};
    if (values.learning !== undefined)
        defaults.learning = values.learning;
    if (values.window !== undefined)
        defaults.window = values.window;
    if (values.cooldown !== undefined)
        defaults.cooldown = values.cooldown;
    if (values['burst-factor'] !== undefined)
        defaults.burstFactor = numberFlag(values['burst-factor']);
    if (values['min-count'] !== undefined)
        defaults.minCount = numberFlag(values['min-count']);
    let config;
    try {
        config = parseDetectorConfig({ defaults }, { label: (_, field) => WATCH_FLAGS[field] ?? field });
    }
    catch (error) {
        if (!(error instanceof SettingsError))
            throw error;
        io.err(`opsloop watch: ${error.message}\n`);
        return 2;
    }
    // `opsloop watch … | head`: once the reader is gone, stop printing, not crash (EPIPE).
    let gone = false;
    if (io === defaultIo)
        process.stdout.on('error', (error) => {
            if (error.code !== 'EPIPE')
                throw error;
            gone = true;
        });
    const logGroup = values['log-group'] ?? (file === '-' ? 'stdin' : basename(file));
    const settings = config.settingsFor(logGroup);
    let handle;
    let summary;
    try {
        let lines;
        if (file === '-')
            lines =
                io.stdin?.() ??
                    createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
        else {
            handle = await open(file);
            lines = handle.readLines();
        }
        summary = await replay(lines, {
            logGroup,
            config,
            year: new Date().getUTCFullYear(),
            onWarning: (text) => {
                io.err(`opsloop watch: ${text}\n`);
            },
            onAnomaly: (a, timing) => {
                if (!gone)
                    io.out(values.json ? `${JSON.stringify(a)}\n` : `${formatAnomaly(a, timing)}\n`);
            }
        });
    }
    catch (error) {
        // A file system error (ENOENT, EISDIR, EACCES…) is the user's to fix; anything else is a bug.
        const code = error.code;
        if (typeof code !== 'string' || !code.startsWith('E'))
            throw error;
        io.err(`opsloop watch: cannot read ${file}: ${READ_ERRORS[code] ?? 'error'} (${code})\n`);
        return 1;
    }
    finally {
        await handle?.close();
    }
    io.err(`${watchSummary(summary, settings.learningMs)}\n`);
    return 0;
}
function formatAnomaly(a, timing) {
    const when = timing === 'line-order' ? `line ${a.detectedAt / 1000 + 1}` : isoTime(a.detectedAt);
    const window = formatDuration(a.windowEnd - a.windowStart);
    return `${when} ${a.kind} ${a.severity.toUpperCase()} ${a.count} in ${window} (baseline ${a.baseline.toFixed(1)}) ${a.template} [key ${a.templateKey}]`;
}
const isoTime = (t) => new Date(t).toISOString().replace(/\.000Z$/, 'Z');
function watchSummary(s, learningMs) {
    const time = (t) => s.timing === 'line-order' ? `line ${t / 1000 + 1}` : isoTime(t);
    const fmt = (n) => n.toLocaleString('en-US');
    if (s.lines === 0)
        return 'opsloop watch: the file has no lines.';
    const kinds = (k) => s.anomalies.filter((a) => a.kind === k).length;
    const learningEnd = s.first + learningMs;
    const parts = [
        `opsloop watch: ${fmt(s.lines)} lines, ${time(s.first)} to ${time(s.last)} (timed by ${s.timing === 'line-order' ? 'line order' : `${s.timing} timestamps`})`,
        learningEnd > s.last
            ? `all within the learning period (until ${time(learningEnd)}): nothing can be reported; shorten it with --learning`
            : `learning until ${time(learningEnd)}`,
        `${fmt(s.templates)} templates`,
        `${fmt(s.anomalies.length)} anomalies (${fmt(kinds('new-template'))} new-template, ${fmt(kinds('burst'))} burst)`
    ];
    if (s.suppressed > 0)
        parts.push(`${fmt(s.suppressed)} more new templates over the budget per cooldown, not printed`);
    return `${parts.join('; ')}.`;
}
/**
 * The demo needs the development checkout (the stand-ins and their test data are not shipped in
 * the bundle), so it runs `scripts/demo/main.ts` from the package root with tsx.
 */
async function demo(args, io) {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const script = join(root, 'scripts', 'demo', 'main.ts');
    if (!existsSync(script) || !existsSync(join(root, 'node_modules', 'tsx'))) {
        io.err('opsloop demo runs from a clone of the OpsLoop repository: git clone it, then `npm ci && npm run demo`.\n');
        return 1;
    }
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
        cwd: root,
        stdio: 'inherit'
    });
    return new Promise((resolve) => {
        child.on('exit', (code) => {
            resolve(code ?? 1);
        });
    });
}

// Bundled to dist/cli.js; bin/opsloop.js loads it. Unexpected failures become one readable line.
try {
    process.exitCode = await runCli(process.argv.slice(2));
}
catch (error) {
    process.stderr.write(`opsloop: unexpected failure: ${error.message}\nPlease report this with the command you ran.\n`);
    process.exitCode = 70;
}
