import PathwaysCLI

await PathwaysCommand.main()
