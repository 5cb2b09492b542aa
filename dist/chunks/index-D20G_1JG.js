import { f as fromEnv } from './ProtocolLib-xg-5KSLQ.js';
export { E as ENV_ACCOUNT_ID, a as ENV_CREDENTIAL_SCOPE, b as ENV_EXPIRATION, c as ENV_KEY, d as ENV_SECRET, e as ENV_SESSION } from './ProtocolLib-xg-5KSLQ.js';
import 'node:fs';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';
import './write-request-body-CNb9daTH.js';
import 'node:stream';
import './toUint8Array-6d8rgJ2N.js';
import 'node:crypto';
import 'node:process';



export { fromEnv };
