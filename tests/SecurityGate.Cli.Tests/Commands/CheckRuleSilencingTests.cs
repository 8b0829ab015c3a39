using System.Diagnostics;
using SecurityGate.Cli.Tests.Infrastructure;

namespace SecurityGate.Cli.Tests.Commands;

/// <summary>
/// A SecurityGate rule turned off in NoWarn or an .editorconfig keeps its findings from check as from the compiler,
/// so check fails closed on it as the build gate does (CSG1015, exit 2).
/// </summary>
public sealed class CheckRuleSilencingTests
{
    [Test]
    public void Check_ProjectNoWarnListsRule_ExitsTwo()
    {
        using var folder = new TempFolder();
        var project = folder.Write("Shop.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <NoWarn>$(NoWarn);CSG001</NoWarn>
              </PropertyGroup>
            </Project>
            """);
        folder.Write("Keys.cs", "public static class Keys { public static string For(string id) => \"orders:\" + id; }\n");
        using (var restore = Process.Start("dotnet", $"restore \"{project}\" -nologo -v:q"))
        {
            restore.WaitForExit();
            Assert.That(restore.ExitCode, Is.Zero, "dotnet restore of a project without packages failed.");
        }

        using var process = CliRunner.Start(folder.Path, "check");
        var result = CliRunner.Finish(process);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Is.EqualTo($"{project}: error CSG1015: NoWarn lists CSG001, which hides its findings from the gate, so new ones would pass and baselined ones would look fixed. Remove CSG001 from NoWarn; to leave out paths, add them to .cache-security-exclude with a reason, or set CacheSecurityEnabled=false to turn the gate off explicitly.\n"));
        Assert.That(result.Output, Is.EqualTo("SecurityGate: Shop: findings not evaluated because an input is missing or invalid. Verdict: failed.\n"));
    }

    [Test]
    public void Check_FolderEditorConfigHidesRule_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.Write("src/Keys.cs", "public static class Keys { public static string For(string id) => \"orders:\" + id; }\n");
        var editorConfig = folder.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CSG002.severity = none\n");

        var result = CliRunner.Run(folder.Path, "check", "src");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith($"{editorConfig}(4,1): error CSG1015: The setting 'dotnet_diagnostic.CSG002.severity = none' hides SecurityGate findings from the gate"));
    }
}
