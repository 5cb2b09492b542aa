import { e as errorName } from './ssm-poll-Dk0DU2wy.js';
import { U as UpdateDocumentDefaultVersionCommand, a as UpdateDocumentCommand, C as CreateDocumentCommand, D as DescribeDocumentCommand } from './UpdateDocumentDefaultVersionCommand-CacUNFDX.js';
import './commandBuilder-RS78BTiN.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';

// OpsLoop's SSM documents over the SSM API, as publishing needs them: DescribeDocument (the
// default version, or a given one; `InvalidDocument` means there is none), CreateDocument,
// UpdateDocument on `$LATEST` and UpdateDocumentDefaultVersion. The content is sent exactly as
// compiled (canonical JSON), so SSM's SHA-256 `Hash` of it is the hash the compiler computed.
/** Versions looked at, newest first, for one whose content a changed-back runbook has again. */
const VERSIONS_SEARCHED = 100;
function ssmDocumentStore(ssm) {
    async function versionHolding(name, hash) {
        const { Document } = await ssm.send(new DescribeDocumentCommand({ Name: name, DocumentVersion: '$LATEST' }));
        const latest = Number(Document?.DocumentVersion ?? Document?.LatestVersion);
        for (let v = latest; v >= 1 && v > latest - VERSIONS_SEARCHED; v--) {
            const { Document: older } = await ssm.send(new DescribeDocumentCommand({ Name: name, DocumentVersion: String(v) }));
            if (older?.Hash === hash)
                return String(v);
        }
        throw new Error(`SSM holds this content of ${name} already (DuplicateDocumentContent) but not in its last ${VERSIONS_SEARCHED} versions; set that version as the default by hand`);
    }
    return {
        async describe(name, version) {
            try {
                const { Document } = await ssm.send(new DescribeDocumentCommand({
                    Name: name,
                    ...(version ? { DocumentVersion: version } : {})
                }));
                if (!Document?.Hash)
                    return undefined;
                return {
                    hash: Document.Hash,
                    defaultVersion: Document.DefaultVersion ?? '1',
                    latestVersion: Document.LatestVersion ?? Document.DocumentVersion ?? '1'
                };
            }
            catch (error) {
                if (errorName(error) === 'InvalidDocument')
                    return undefined;
                throw error;
            }
        },
        async create(document) {
            await ssm.send(new CreateDocumentCommand({
                Name: document.name,
                Content: document.contentText,
                DocumentType: document.documentType,
                DocumentFormat: document.documentFormat
            }));
        },
        async update(document) {
            try {
                const { DocumentDescription } = await ssm.send(new UpdateDocumentCommand({
                    Name: document.name,
                    Content: document.contentText,
                    DocumentFormat: document.documentFormat,
                    DocumentVersion: '$LATEST'
                }));
                const version = DocumentDescription?.DocumentVersion;
                if (!version)
                    throw new Error(`SSM did not say which version of ${document.name} it made`);
                return version;
            }
            catch (error) {
                // The content of an older version (a runbook changed back): that version is reused.
                if (errorName(error) !== 'DuplicateDocumentContent')
                    throw error;
                return versionHolding(document.name, document.hash);
            }
        },
        async setDefault(name, version) {
            await ssm.send(new UpdateDocumentDefaultVersionCommand({ Name: name, DocumentVersion: version }));
        }
    };
}

export { ssmDocumentStore };
