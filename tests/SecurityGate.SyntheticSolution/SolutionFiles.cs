namespace SecurityGate.SyntheticSolution;

/// <summary>The build files of a synthetic solution.</summary>
internal static class SolutionFiles
{
    /// <summary>
    /// Shared settings. With a SecurityGate version, every project references the package; without one,
    /// the projects are the same code with no gate, for the comparison build. Json.NET is referenced when some
    /// services use it.
    /// </summary>
    public static string DirectoryBuildProps(string securityGateVersion, bool jsonNet)
    {
        // 13.0.3 is the version that the repository's own projects restore, so no new download is needed.
        var jsonNetReference = jsonNet ? "    <PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.3\" />\n" : string.Empty;
        var reference = securityGateVersion.Length == 0
            ? string.Empty
            : $"    <PackageReference Include=\"SecurityGate\" Version=\"{securityGateVersion}\" PrivateAssets=\"all\" />\n";
        return "<Project>\n"
            + "  <PropertyGroup>\n"
            + "    <TargetFramework>net10.0</TargetFramework>\n"
            + "    <Nullable>enable</Nullable>\n"
            + "    <ImplicitUsings>disable</ImplicitUsings>\n"
            + "    <!-- A commit hash in the assembly information would make every build after a commit recompile. -->\n"
            + "    <IncludeSourceRevisionInInformationalVersion>false</IncludeSourceRevisionInInformationalVersion>\n"
            + "  </PropertyGroup>\n"
            + "  <ItemGroup>\n"
            + "    <PackageReference Include=\"Microsoft.Extensions.Caching.Memory\" Version=\"8.0.1\" />\n"
            + jsonNetReference
            + reference
            + "  </ItemGroup>\n"
            + "</Project>\n";
    }

    /// <summary>A global analyzer config that turns the CA2300–CA2330 deserialization rules on, or leaves the defaults.</summary>
    public static string GlobalConfig(bool deserializationRules)
    {
        var text = "is_global = true\n";
        if (!deserializationRules)
        {
            return text;
        }

        foreach (var id in new[] { 2300, 2301, 2302, 2305, 2310, 2311, 2312, 2315, 2321, 2322, 2326, 2327, 2328, 2329, 2330 })
        {
            text += $"dotnet_diagnostic.CA{id}.severity = warning\n";
        }

        return text;
    }

    /// <summary>Ends the search for a Directory.Packages.props above the solution, whose versions it does not use.</summary>
    public static string DirectoryPackagesProps() =>
        "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n";

    public static string Project() => "<Project Sdk=\"Microsoft.NET.Sdk\" />\n";
}
