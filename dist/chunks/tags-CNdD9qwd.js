import { L as ListTagsForResourceCommand } from './ListTagsForResourceCommand-Sd5Ej453.js';
import { G as GetResourcesCommand } from './GetResourcesCommand-DWoReHYw.js';
import './commandBuilder-DjRIH90Z.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';
import 'node:zlib';
import 'node:util';
import './toUint8Array-6d8rgJ2N.js';

// Tags of the incident's alarm (CloudWatch ListTagsForResource) and of the resources its event
// names (Resource Groups Tagging API GetResources, which answers for every tagging service).
/** GetResources takes at most 100 ARNs per call; the resolver asks for far fewer. */
const ARNS_PER_CALL = 100;
function record(tags) {
    const out = {};
    for (const t of tags ?? [])
        if (t.Key !== undefined)
            out[t.Key] = t.Value ?? '';
    return out;
}
function awsTags(cloudwatch, tagging) {
    return {
        async alarmTags(alarmArn) {
            const out = await cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: alarmArn }));
            return record(out.Tags);
        },
        async resourceTags(arns) {
            const found = new Map();
            const wanted = arns.slice(0, ARNS_PER_CALL);
            let token;
            // Paginated even with an ARN list; bounded by the ARNs asked for.
            for (let page = 0; page < 10; page++) {
                const out = await tagging.send(new GetResourcesCommand({
                    ResourceARNList: [...wanted],
                    ...(token ? { PaginationToken: token } : {})
                }));
                for (const r of out.ResourceTagMappingList ?? [])
                    if (r.ResourceARN)
                        found.set(r.ResourceARN, record(r.Tags));
                token = out.PaginationToken || undefined;
                if (!token)
                    break;
            }
            return found;
        }
    };
}

export { awsTags };
