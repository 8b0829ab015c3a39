using SecurityGate.Cli.Tests.Infrastructure;

namespace SecurityGate.Cli.Tests.Check;

/// <summary>Folder mode reads the key-value options of the .editorconfig files above and inside the folder.</summary>
public sealed class FolderOptionsProviderTests
{
    private const string ShopCache = """
        using Microsoft.Extensions.Caching.Distributed;

        public sealed class ShopCache(IDistributedCache cache)
        {
            public string? Read(string shopId, string id) => cache.GetString($"v1:{shopId}:items:{id}");
        }
        """;

    private const string TenantIdentifiers = "root = true\n\n[*.cs]\ncache_security.tenant_identifiers = ShopId\n";

    [Test]
    public void Check_WithoutEditorConfig_FlagsUnknownTenantName()
    {
        using var folder = new TempFolder();
        folder.Write("src/ShopCache.cs", ShopCache);

        var result = CliRunner.Run(folder.Path, "check", "src");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output, Does.Contain("ShopCache.cs(5,70): error CSG002: Cache key \"v1:{0}:items:{1}\" has no tenant segment"));
    }

    [Test]
    public void Check_EditorConfigAboveFolder_AddsTenantName()
    {
        using var folder = new TempFolder();
        folder.Write("src/ShopCache.cs", ShopCache);
        folder.Write(".editorconfig", TenantIdentifiers);

        var result = CliRunner.Run(folder.Path, "check", "src");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.EndWith("SecurityGate: src: 0 new, 0 baselined, 0 excluded, 0 suppressed in source, 0 fixed (stale baseline entries). Verdict: passed.\n"));
    }

    [Test]
    public void Check_EditorConfigInSubfolder_AppliesToItsFilesOnly()
    {
        using var folder = new TempFolder();
        folder.Write("src/Shops/ShopCache.cs", ShopCache);
        folder.Write("src/Shops/.editorconfig", TenantIdentifiers);
        folder.Write("src/Other/OtherCache.cs", ShopCache.Replace("ShopCache", "OtherCache", System.StringComparison.Ordinal));

        var result = CliRunner.Run(folder.Path, "check", "src");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Output, Does.Contain("OtherCache.cs(5,70): error CSG002:"));
        Assert.That(result.Output, Does.Not.Contain("ShopCache.cs"));
    }
}
