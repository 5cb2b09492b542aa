import { r as runAction, a as actionsHost } from './chunks/main-SYszINmU.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import 'node:fs/promises';
import './chunks/inputs-Epf9Wyyf.js';
import './chunks/client-CD7Wd6rh.js';
import './chunks/_commonjsHelpers-BFTU3MAI.js';
import './chunks/http-error-BO0ZO46V.js';
import 'node:crypto';
import './chunks/ucs2length-43QcV_Qu.js';
import './chunks/canonical-json-Cpt80sOS.js';
import './chunks/version-CvW7nB-o.js';
import './chunks/config-XM65btjF.js';
import './chunks/untrusted-DwwMYKYb.js';
import './chunks/unicode-Bqcso1Xx.js';
import './chunks/proxy-DXuMb-FT.js';
import './chunks/list-Du8KxjhZ.js';
import './chunks/json-CDqf4iWs.js';
import './chunks/redact-dgEMPhFv.js';

// The `approve/` sub-action's entry (dist/approve.js): the `comment` job under the real runner.
await runAction(actionsHost(), { command: 'comment' });
