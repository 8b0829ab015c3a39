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
        Assert.That(result.Output, Does.Contain(".github/workflows/"));
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
