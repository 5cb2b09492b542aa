// A named stage of the pipeline. The action folds each stage's log under its name; everywhere
// else a stage just runs. Its own module so that a flow can name stages without loading the
// pipeline that analyses an incident (intake loads that only for a new incident).

/** Runs one named stage of the pipeline. */
export type Stage = <T>(name: string, run: () => Promise<T>) => Promise<T>
export const runStage: Stage = (_name, run) => run()
