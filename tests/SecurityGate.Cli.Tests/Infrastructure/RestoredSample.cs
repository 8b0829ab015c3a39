using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace SecurityGate.Cli.Tests.Infrastructure;

/// <summary>
/// A copy of the embedded Storefront sample (tests/sample, without bin/ and obj/) in a temp folder, restored so that
/// MSBuildWorkspace resolves its package references. The sample references the SecurityGate package by version, which
/// no public feed serves. <c>securitygate check</c> runs its own analyzers and never uses that package, so the restore
/// takes it from a local feed holding an empty package of that id; the other packages come from nuget.org or the
/// machine's packages folder. Packages are restored into the copy, so the machine's folder gains no stub.
/// </summary>
internal sealed class RestoredSample : IDisposable
{
    private const string StubVersion = "0.0.0-check-stub";

    private readonly TempFolder folder = new();

    private RestoredSample()
    {
    }

    /// <summary>The sample's root: the folder of its .cache-security-exclude.</summary>
    public string Root => folder.Combine("sample");

    public string ProjectFolder => Path.Combine(Root, "src", "Storefront");

    public string ProjectPath => Path.Combine(ProjectFolder, "Storefront.csproj");

    /// <summary>Copies the sample; with <paramref name="restore"/>, restores it too (this needs nuget.org for the cache packages).</summary>
    public static RestoredSample Create(bool restore)
    {
        var sample = new RestoredSample();
        CopyFolder(Path.Combine(RepositoryRoot(), "tests", "sample"), sample.Root);
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

    private void Restore()
    {
        var feed = folder.Combine("feed");
        Directory.CreateDirectory(feed);
        WriteStubPackage(Path.Combine(feed, $"securitygate.{StubVersion}.nupkg"));
        var config = folder.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="stub" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "restore", ProjectPath, "--configfile", config, "-nologo",
            $"-p:SecurityGateVersion={StubVersion}",
            $"-p:RestorePackagesPath={folder.Combine("packages")}",
            $"-p:RestoreAdditionalProjectFallbackFolders={machinePackages}",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet restore did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet restore of the sample failed with exit code {process.ExitCode}:\n{output.Result}\n{error}");
        }
    }

    private static void WriteStubPackage(string path)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(archive.CreateEntry("SecurityGate.nuspec").Open());
        writer.Write($"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>SecurityGate</id>
                <version>{StubVersion}</version>
                <authors>SecurityGate tests</authors>
                <description>An empty stand-in for the SecurityGate package, so the sample restores.</description>
              </metadata>
            </package>
            """);
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
