import { f as fromEnv } from './bedrock-CUCzzDQX.js';
export { E as ENV_ACCOUNT_ID, a as ENV_CREDENTIAL_SCOPE, b as ENV_EXPIRATION, c as ENV_KEY, d as ENV_SECRET, e as ENV_SESSION } from './bedrock-CUCzzDQX.js';
import 'node:crypto';
import './rules-CnZRV947.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import 'node:stream';
import 'node:zlib';
import 'node:fs';
import 'node:http2';
import 'node:process';



export { fromEnv };
