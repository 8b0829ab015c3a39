using System;
using System.IO;
using SecurityGate.Analyzers.Benchmarks;

if (args.Length == 2 && (args[0] == "parse" || args[0] == "bind"))
{
    return SourceFloors.Run(args[0], args[1]);
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

var repositoryRoot = SyntheticSources.FindRepositoryRoot();
var work = options.WorkDirectory.Length > 0
    ? Path.GetFullPath(options.WorkDirectory)
    : Path.Combine(Path.GetTempPath(), "securitygate-analyzer-benchmark");
var projects = SyntheticSources.Generate(repositoryRoot, options, work);

try
{
    InProcessBenchmark.Run(projects, options.Runs, options.OnlyAnalyzers);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

if (options.FolderMode)
{
    FolderModeBenchmark.Run(repositoryRoot, work, options.Runs);
}

return 0;
