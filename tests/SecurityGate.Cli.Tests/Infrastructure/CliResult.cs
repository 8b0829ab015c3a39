namespace SecurityGate.Cli.Tests.Infrastructure;

/// <summary>The exit code and the captured output streams of one run of the tool.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);
