using System;
using System.IO;

namespace SecurityGate.Gate.Tests.Infrastructure;

/// <summary>
/// A throw-away repository in the temp folder: <c>.git/</c> at the root and the project <c>src/Orders/Orders.csproj</c>
/// with its source <c>OrderCache.cs</c>, SARIF log and report under <c>obj/</c>.
/// </summary>
internal sealed class GateWorkspace : IDisposable
{
    public GateWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "securitygate-gate-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        ProjectFolder = Path.Combine(Root, "src", "Orders");
        Directory.CreateDirectory(ProjectFolder);
        File.WriteAllText(ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        WriteFile("src/Orders/OrderCache.cs", "// compiled source, its contents do not matter to the gate\n");
    }

    public string Root { get; }

    public string ProjectFolder { get; }

    public string ProjectPath => Path.Combine(ProjectFolder, "Orders.csproj");

    public string SourcePath => Path.Combine(ProjectFolder, "OrderCache.cs");

    public string SarifPath => Path.Combine(ProjectFolder, "obj", "Debug", "net10.0", "cache-security.sarif");

    public string ReportPath => Path.Combine(ProjectFolder, "obj", "Debug", "net10.0", "cache-security-report.json");

    public string BaselinePath => Path.Combine(ProjectFolder, GateOptions.DefaultBaselineFileName);

    public SarifFixture LoadSarif(string name = SarifFixture.Findings) => SarifFixture.Load(name, ProjectFolder);

    public void WriteSarif(SarifFixture fixture) => fixture.Save(SarifPath);

    public string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public GateOptions CreateOptions() => new()
    {
        ErrorLogPath = SarifPath,
        ErrorLogVersion = "2.1",
        ProjectPath = ProjectPath,
        ProjectName = "Orders",
        TargetFramework = "net10.0",
        CompileFiles = new[] { SourcePath },
        ReportPath = ReportPath,
        Today = new DateTime(2026, 6, 1),
    };

    public (GateOutcome Outcome, RecordingGateLog Log) Run(GateOptions? options = null)
    {
        var log = new RecordingGateLog();
        var outcome = GateRunner.Run(options ?? CreateOptions(), log);
        return (outcome, log);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open in a failed test; the temp folder is cleaned by the OS.
        }
    }
}
