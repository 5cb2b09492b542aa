// Generated from schemas/record.schema.json by `npm run generate` (ajv standalone code). Do not edit.
import type { ValidateFunction } from 'ajv'
import type { IssueRecord } from './record.js'

export declare const validate: ValidateFunction<IssueRecord>
export default validate
