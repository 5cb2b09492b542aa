import { f as fromEnv } from './Sha256Node-NnzFsGwH.js';
export { E as ENV_ACCOUNT_ID, a as ENV_CREDENTIAL_SCOPE, b as ENV_EXPIRATION, c as ENV_KEY, d as ENV_SECRET, e as ENV_SESSION } from './Sha256Node-NnzFsGwH.js';
import 'node:fs';
import './index-MKrXWUkc.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import 'node:stream';
import 'node:crypto';
import 'node:process';



export { fromEnv };
