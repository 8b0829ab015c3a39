using System;
using System.Globalization;
using System.IO;
using NUnit.Framework;
using SecurityGate.Tests.Shared;

namespace SecurityGate.EndToEnd.Tests;

/// <summary>
/// Packs the SecurityGate package once per test run, with a version no earlier run used, into a local
/// folder feed. Consumer builds restore it into a packages folder of this run, so no stale copy from
/// the user's global NuGet cache can be picked up.
/// </summary>
[SetUpFixture]
public sealed class PackageFeed
{
    public static string Version { get; private set; } = string.Empty;

    public static string FeedDirectory { get; private set; } = string.Empty;

    public static string PackagesDirectory { get; private set; } = string.Empty;

    public static string RunDirectory { get; private set; } = string.Empty;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    [OneTimeSetUp]
    public void PackOnce()
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Version = $"0.1.0-e2e.{stamp}.{Environment.ProcessId}";
        RunDirectory = Path.Combine(Path.GetTempPath(), "securitygate-e2e", $"{stamp}-{Environment.ProcessId}");
        FeedDirectory = Path.Combine(RunDirectory, "feed");
        PackagesDirectory = Path.Combine(RunDirectory, "packages");
        Directory.CreateDirectory(FeedDirectory);

        var project = Path.Combine(RepositoryRoot, "src", "SecurityGate.Tasks", "SecurityGate.Tasks.csproj");
        CommandResult pack;
        using (PackLock.Acquire(RepositoryRoot))
        {
            pack = DotnetCommand.Run(RepositoryRoot, null, "pack", project, "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}", "-nologo");
        }

        Assert.That(pack.ExitCode, Is.Zero, $"dotnet pack of SecurityGate failed:\n{pack}");
        Assert.That(File.Exists(Path.Combine(FeedDirectory, $"SecurityGate.{Version}.nupkg")), Is.True, $"The package was not written to {FeedDirectory}.");
    }

    [OneTimeTearDown]
    public void DeleteRunDirectory()
    {
        // Keep the consumer projects of a failed run for inspection; the temporary folder is cleaned by the OS.
        if (TestContext.CurrentContext.Result.FailCount == 0 && Directory.Exists(RunDirectory))
        {
            Directory.Delete(RunDirectory, recursive: true);
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SecurityGate.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"SecurityGate.sln was not found above {AppContext.BaseDirectory}.");
    }
}
