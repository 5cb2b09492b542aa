// Generated from schemas/runbook.schema.json by `npm run generate` (ajv standalone code). Do not edit.
import type { ValidateFunction } from 'ajv'
import type { Runbook } from './runbook.js'

export declare const validate: ValidateFunction<Runbook>
export default validate
