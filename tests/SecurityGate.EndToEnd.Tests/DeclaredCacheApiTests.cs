using System.Linq;
using NUnit.Framework;

namespace SecurityGate.EndToEnd.Tests;

/// <summary>
/// A team's own cache wrapper declared in <c>cache-security-apis.txt</c> beside the project: the package adds the file
/// to the compilation, so calls to the wrapper are checked in a real build, and a malformed line fails the build.
/// </summary>
[TestFixture]
public sealed class DeclaredCacheApiTests
{
    private const string Wrapper = """
        namespace Shop.Caching;

        public interface ITenantCache
        {
            void Put(string cacheKey, string item);
        }

        public sealed class Carts(ITenantCache cache)
        {
            public void Save(string cartId, string json) => cache.Put("carts:" + cartId, json);

            public void SaveScoped(string tenantId, string cartId, string json) => cache.Put($"v1:client:{tenantId}:carts:{cartId}", json);
        }
        """;

    [Test]
    public void Build_DeclaredWrapper_ChecksItsKeys()
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.WriteProject("Carts/Carts.csproj");
        workspace.Write("Carts/Carts.cs", Wrapper);
        workspace.Write("Carts/cache-security-apis.txt", "# Shop's tenant cache wrapper.\nShop.Caching.ITenantCache | Put | cacheKey\n");

        var result = workspace.Build("Carts/Carts.csproj");

        var findings = ConsumerWorkspace.DiagnosticLines(result).Where(line => line.Contains(": error CSG0", System.StringComparison.Ordinal)).ToList();
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(findings, Has.Count.EqualTo(2), result.ToString());
        Assert.That(findings[0], Does.StartWith("{root}/Carts/Carts.cs(10,63): error CSG001: Cache key \"carts:{0}\" has no version prefix"));
        Assert.That(findings[1], Does.StartWith("{root}/Carts/Carts.cs(10,63): error CSG002: Cache key \"carts:{0}\" has no tenant segment"));
        Assert.That(result.Output, Does.Contain("SecurityGate: Carts (net10.0): 2 new"), result.ToString());
    }

    [Test]
    public void Build_MalformedDeclaration_FailsAtItsLine()
    {
        var workspace = ConsumerWorkspace.Create();
        workspace.WriteProject("Carts/Carts.csproj");
        workspace.Write("Carts/Carts.cs", Wrapper);
        workspace.Write("Carts/cache-security-apis.txt", "Shop.Caching.ITenantCache | Put | cacheKey\nShop.Caching.ITenantCache | Put\n");

        var result = workspace.Build("Carts/Carts.csproj");

        var errors = ConsumerWorkspace.DiagnosticLines(result).Where(line => line.Contains("CSG1016", System.StringComparison.Ordinal)).ToList();
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(errors, Has.Count.EqualTo(1), result.ToString());
        Assert.That(errors[0], Does.StartWith("{root}/Carts/cache-security-apis.txt(2,1): error CSG1016: "));
    }
}
