// A named stage of the pipeline. The action folds each stage's log under its name; everywhere
// else a stage just runs. Its own module so that a flow can name stages without loading the
// pipeline that analyses an incident (intake loads that only for a new incident).
const runStage = (_name, run) => run();

export { runStage as r };
