// Generated from schemas/snapshot.schema.json by `npm run generate` (ajv standalone code). Do not edit.
import type { ValidateFunction } from 'ajv'
import type { IncidentSnapshot } from './snapshot.js'

export declare const validate: ValidateFunction<IncidentSnapshot>
export default validate
