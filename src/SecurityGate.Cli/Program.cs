using System;

namespace SecurityGate.Cli;

/// <summary>The entry point of the <c>securitygate</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => SecurityGateCommand.Invoke(args, CliContext.FromProcess(Console.Out, Console.Error));
}
