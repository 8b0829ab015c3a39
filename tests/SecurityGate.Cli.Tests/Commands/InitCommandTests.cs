using System.IO;
using SecurityGate.Cli.Tests.Infrastructure;

namespace SecurityGate.Cli.Tests.Commands;

public sealed class InitCommandTests
{
    [Test]
    public void Init_EmptyFolder_WritesCommentedFileWithoutEntries()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "init");

        var lines = File.ReadAllLines(folder.Combine(".cache-security-exclude"));
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines, Has.All.StartWith("#"));
        Assert.That(result.Output, Does.Contain("<GlobalPackageReference Include=\"SecurityGate\" Version=\""));
        var workflow = File.ReadAllText(folder.Combine(".github", "workflows", "cache-security.yml"));
        Assert.That(workflow, Does.Contain("run: dotnet build -c Release"));
        Assert.That(workflow, Does.Contain("--format sarif --output cache-security.sarif"));
        Assert.That(result.Output, Does.Contain("Wrote the CI workflow '" + folder.Combine(".github", "workflows", "cache-security.yml") + "'"));
    }

    [Test]
    public void Init_ExistingWorkflow_KeepsIt()
    {
        using var folder = new TempFolder();
        var workflow = folder.Write(".github/workflows/cache-security.yml", "name: ours\n");

        var result = CliRunner.Run(folder.Path, "init");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(File.ReadAllText(workflow), Is.EqualTo("name: ours\n"));
        Assert.That(result.Output, Does.Contain($"Left the existing '{workflow}' unchanged"));
    }

    [Test]
    public void Init_ExistingFile_ExitsTwoAndKeepsIt()
    {
        using var folder = new TempFolder();
        var path = folder.Write(".cache-security-exclude", "src/Legacy/** | * | removed next release\n");

        var result = CliRunner.Run(folder.Path, "init", ".");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"{path}: error CSG2004: The exclusion file '{path}' already exists, and init never overwrites it: edit the file, or delete it and run 'securitygate init' again.\n"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("src/Legacy/** | * | removed next release\n"));
    }
}
