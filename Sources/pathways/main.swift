import PathwaysCLI

await PathwaysCommand.runFromCommandLine()
