/**
 * The instances carrying a tag plan's tags, never throwing: no directory (no AWS access) or a
 * failed lookup is an answer too, which leaves the plan unapprovable or stops the run.
 */
async function taggedInstances(directory, targets) {
    if (!directory)
        return { ok: false, reason: 'this job has no AWS access to list them' };
    try {
        return await directory.tagged(targets.tags);
    }
    catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
}

export { taggedInstances as t };
