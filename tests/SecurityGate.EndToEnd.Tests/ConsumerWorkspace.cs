using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace SecurityGate.EndToEnd.Tests;

/// <summary>
/// A temporary git repository holding consumer projects that reference the packed SecurityGate package
/// through a nuget.config that clears all sources and adds the local feed plus nuget.org.
/// </summary>
internal sealed partial class ConsumerWorkspace
{
    private ConsumerWorkspace(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public static ConsumerWorkspace Create()
    {
        var name = TestContext.CurrentContext.Test.MethodName ?? "consumer";
        var root = Path.Combine(PackageFeed.RunDirectory, "consumers", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        var workspace = new ConsumerWorkspace(root);
        workspace.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="securitygate-local" value="{PackageFeed.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return workspace;
    }

    /// <summary>Writes a file relative to the workspace root, creating folders as needed.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n"));
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Root, relativePath));

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    /// <summary>Writes a project that references SecurityGate and the caching abstractions.</summary>
    public string WriteProject(string relativePath, string targetFrameworks = "net10.0", string extraProperties = "", string extraItems = "")
    {
        var frameworkProperty = targetFrameworks.Contains(';', StringComparison.Ordinal) ? "TargetFrameworks" : "TargetFramework";
        return Write(relativePath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <{frameworkProperty}>{targetFrameworks}</{frameworkProperty}>
                <Nullable>enable</Nullable>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecurityGate" Version="{PackageFeed.Version}" PrivateAssets="all" />
                <PackageReference Include="Microsoft.Extensions.Caching.Abstractions" Version="8.0.0" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>Runs <c>dotnet build</c> with the run's own packages folder, as a local build outside CI.</summary>
    public CommandResult Build(string target, params string[] extraArguments) => Build(target, null, extraArguments);

    /// <summary>Runs <c>dotnet build</c> with the run's own packages folder, as a local build unless <paramref name="environment"/> sets CI variables.</summary>
    public CommandResult Build(string target, IReadOnlyDictionary<string, string>? environment, params string[] extraArguments)
    {
        var variables = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackageFeed.PackagesDirectory };
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                variables[name] = value;
            }
        }

        var arguments = new List<string> { "build", target, "-nologo" };
        arguments.AddRange(extraArguments);
        var result = DotnetCommand.Run(Root, variables, arguments.ToArray());
        return result with { Output = result.Output.Replace(Root + Path.DirectorySeparatorChar, "{root}/", StringComparison.Ordinal) };
    }

    /// <summary>The canonical error and warning lines of a build, with the workspace root shown as <c>{root}/</c>, deduplicated, in order.</summary>
    public static IReadOnlyList<string> DiagnosticLines(CommandResult result)
    {
        var lines = new List<string>();
        foreach (var line in result.Lines)
        {
            var trimmed = line.Trim();
            if (CanonicalDiagnostic().IsMatch(trimmed) && !lines.Contains(trimmed))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^(\{root\}/)?\S.*: (error|warning) CSG\d+: ")]
    private static partial Regex CanonicalDiagnostic();
}
