// Generated from schemas/triage.schema.json by `npm run generate` (ajv standalone code). Do not edit.
import type { ValidateFunction } from 'ajv'
import type { TriageAnswer } from './triage.js'

export declare const validate: ValidateFunction<TriageAnswer>
export default validate
