// Generated from schemas/dispatch.schema.json by `npm run generate` (ajv standalone code). Do not edit.
import type { ValidateFunction } from 'ajv'
import type { DispatchPayload } from './dispatch.js'

export declare const validate: ValidateFunction<DispatchPayload>
export default validate
