import { N as NodeHttpHandler } from './node-http-handler-Cs_FYUpW.js';
export { N as NodeHttp2Handler } from './node-http2-handler-CGBM7YOC.js';
export { s as streamCollector } from './write-request-body-CNb9daTH.js';
import 'node:https';
import './hasOwn-DL_PWlY9.js';
import 'node:http2';
import 'node:stream';



export { NodeHttpHandler };
