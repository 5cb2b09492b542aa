// Generated from schemas/plan.schema.json by `npm run generate` (ajv standalone code). Do not edit.
import type { ValidateFunction } from 'ajv'
import type { Plan } from './plan.js'

export declare const validate: ValidateFunction<Plan>
export default validate
