// Generated from schemas/log-anomaly.schema.json by `npm run generate` (ajv standalone code). Do not edit.
import type { ValidateFunction } from 'ajv'
import type { LogAnomaly } from './log-anomaly.js'

export declare const validate: ValidateFunction<LogAnomaly>
export default validate
