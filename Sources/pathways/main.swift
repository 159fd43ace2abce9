import PathwaysCLI

PathwaysCommand.main()
