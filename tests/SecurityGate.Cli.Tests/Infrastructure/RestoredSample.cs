using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

using SecurityGate.Tests.Shared;

namespace SecurityGate.Cli.Tests.Infrastructure;

/// <summary>
/// A copy of the embedded Storefront sample (tests/sample, without bin/ and obj/) in a temp folder, restored so that
/// MSBuildWorkspace resolves its package references and the build gate can run on it. The sample references the
/// SecurityGate package by version, which no public feed serves, so the copy restores it from a local feed with the
/// package packed from this repository, as tests/sample/run-gate.sh does. The other packages come from nuget.org or
/// the machine's packages folder. Packages are restored into the copy, so the machine's folder gains no test version.
/// </summary>
internal sealed class RestoredSample : IDisposable
{
    // Unique per run, because a package version once restored is never read from the feed again.
    private static readonly string PackageVersion = $"0.1.0-check.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    private readonly TempFolder folder = new();

    private RestoredSample()
    {
    }

    /// <summary>The sample's root: the folder of its .cache-security-exclude.</summary>
    public string Root => folder.Combine("sample");

    public string ProjectFolder => Path.Combine(Root, "src", "Storefront");

    public string ProjectPath => Path.Combine(ProjectFolder, "Storefront.csproj");

    /// <summary>
    /// Copies the sample; with <paramref name="restore"/>, packs SecurityGate and restores the sample too (this needs
    /// nuget.org for the cache packages).
    /// </summary>
    public static RestoredSample Create(bool restore) => Create(restore, targetFrameworks: null);

    /// <summary>
    /// Copies the sample with <paramref name="targetFrameworks"/> (such as <c>net8.0;net10.0</c>) in place of its one
    /// target framework, so that it is a multi-targeted project; restores it with <paramref name="restore"/>.
    /// </summary>
    public static RestoredSample Create(bool restore, string? targetFrameworks)
    {
        var sample = new RestoredSample();
        CopyFolder(Path.Combine(RepositoryRoot(), "tests", "sample"), sample.Root);
        if (targetFrameworks is not null)
        {
            var project = File.ReadAllText(sample.ProjectPath);
            const string single = "<TargetFramework>net10.0</TargetFramework>";
            Assert.That(project, Does.Contain(single), "The sample project no longer names its target framework as expected.");
            File.WriteAllText(sample.ProjectPath, project.Replace(single, $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>", StringComparison.Ordinal));
        }

        if (restore)
        {
            sample.Restore();
        }

        return sample;
    }

    public void Dispose() => folder.Dispose();

    /// <summary>The repository root: the nearest folder above the tests that contains SecurityGate.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var current = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, "SecurityGate.sln")))
            {
                return current.FullName;
            }
        }

        throw new InvalidOperationException("SecurityGate.sln was not found above the test folder.");
    }

    /// <summary>Builds the restored sample, so the build gate runs, and returns the gate report it wrote.</summary>
    public string BuildWithGate()
    {
        // The gate fails the build on the sample's new findings, so the exit code is not checked: the report is.
        Run("build", ProjectPath, "--no-restore", "-nologo", "-nodeReuse:false", $"-p:SecurityGateVersion={PackageVersion}");
        var reports = Directory.GetFiles(Path.Combine(ProjectFolder, "obj"), "cache-security-report.json", SearchOption.AllDirectories);
        Assert.That(reports, Has.Length.EqualTo(1), "The build of the sample wrote no gate report.");
        return reports[0];
    }

    private void Restore()
    {
        var feed = folder.Combine("feed");
        var packProject = Path.Combine(RepositoryRoot(), "src", "SecurityGate.Tasks", "SecurityGate.Tasks.csproj");
        (int ExitCode, string Output) pack;
        using (PackLock.Acquire(RepositoryRoot()))
        {
            pack = Run("pack", packProject, "-c", "Release", "-o", feed, $"-p:Version={PackageVersion}", "-nologo");
        }

        Assert.That(pack.ExitCode, Is.Zero, $"dotnet pack of SecurityGate failed:\n{pack.Output}");

        var config = folder.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="securitygate-local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var restore = Run(
            "restore", ProjectPath, "--configfile", config, "-nologo",
            $"-p:SecurityGateVersion={PackageVersion}",
            $"-p:RestorePackagesPath={folder.Combine("packages")}",
            $"-p:RestoreAdditionalProjectFallbackFolders={machinePackages}");
        Assert.That(restore.ExitCode, Is.Zero, $"dotnet restore of the sample failed:\n{restore.Output}");
    }

    private static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // A developer's build, not CI: CI turns the gate's strict mode on.
        foreach (var name in new[] { "CI", "GITHUB_ACTIONS", "TF_BUILD", "ContinuousIntegrationBuild" })
        {
            startInfo.Environment.Remove(name);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source).Where(file => !file.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var child in Directory.GetDirectories(source).Where(child => Path.GetFileName(child) is not ("bin" or "obj")))
        {
            CopyFolder(child, Path.Combine(target, Path.GetFileName(child)));
        }
    }
}
