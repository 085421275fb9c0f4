// The umbrella module: `import FocusNet` gives programs the whole library.
@_exported import FocusNetEvaluation
@_exported import FocusNetGraph
@_exported import FocusNetOutput
@_exported import FocusNetScoring
@_exported import FocusNetSimulation
