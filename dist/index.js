import { r as runAction, a as actionsHost } from './chunks/main-Mk1ZtIKD.js';
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
import './chunks/inputs-C_85B_2H.js';
import './chunks/client-D2jLBN-l.js';
import './chunks/_commonjsHelpers-BFTU3MAI.js';
import './chunks/http-error-C1Lek3oc.js';
import './chunks/version-CvW7nB-o.js';
import './chunks/config-XM65btjF.js';
import './chunks/untrusted-DwwMYKYb.js';
import './chunks/unicode-Bqcso1Xx.js';
import './chunks/proxy-DXuMb-FT.js';
import './chunks/list-Bkpa0xtJ.js';
import './chunks/ucs2length-43QcV_Qu.js';
import './chunks/json-DBadgRse.js';
import './chunks/redact-dgEMPhFv.js';
import 'node:crypto';

// The root action's entry (dist/index.js): the real runner, the command chosen by input or event.
await runAction(actionsHost());
