using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

public sealed class SensitiveKeyValueAnalyzerTests
{
    [Test]
    public async Task Fixture_SecretsAndIdentifiers_ReportedPerHole()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/SensitiveKeyValues.cs", null, new SensitiveKeyValueAnalyzer());

        // The hashed holes, the hash-named value and the excepted names (tokenType, passwordLength) are not reported.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG012", 16, 33, "Cache key \"v1:client:{0}:sessions:{1}\" writes \"accessToken\" into hole {1} in plain text, and keys are readable in key listings, monitoring and logs; hash the value before it goes into the key, for example with Convert.ToHexString(SHA256.HashData(...))"),
            new ExpectedDiagnostic("CSG012", 19, 28, KeyMessages.SensitiveValue("v1:client:{0}:profiles:{1}", "Email", "{1}")),
            new ExpectedDiagnostic("CSG012", 22, 31, KeyMessages.SensitiveValue("v1:client:{0}:users:{1}", "userEmail", "{1}")),
            new ExpectedDiagnostic("CSG012", 24, 69, KeyMessages.SensitiveValue("{0}", "apiKey", "{0}")),
            new ExpectedDiagnostic("CSG012", 27, 28, KeyMessages.SensitiveValue("v1:client:{0}:login:{1}:{2}", "password", "{1}")),
            new ExpectedDiagnostic("CSG012", 27, 28, KeyMessages.SensitiveValue("v1:client:{0}:login:{1}:{2}", "ssn", "{2}")),
        }));
    }

    [Test]
    public async Task TwoHolesOfOneKey_DistinctFingerprints()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/SensitiveKeyValues.cs", null, new SensitiveKeyValueAnalyzer());

        var login = DiagnosticRecord.From(diagnostics).Where(record => record.Line == 27).ToList();
        Assert.That(login, Has.Count.EqualTo(2));
        Assert.That(login[0].Evidence, Is.Not.EqualTo(login[1].Evidence));
        Assert.That(login[0].Ordinal, Is.EqualTo("0"));
        Assert.That(login[1].Ordinal, Is.EqualTo("0"));
    }

    [TestCase("$\"v1:client:{tenantId}:s:{SHA256.HashData(bytes)}\"")]
    [TestCase("$\"v1:client:{tenantId}:s:{Convert.ToBase64String(SHA256.HashData(bytes))}\"")]
    [TestCase("$\"v1:client:{tenantId}:s:{ComputeSha256(token)}\"")]
    [TestCase("$\"v1:client:{tenantId}:s:{tokenHash}\"")]
    [TestCase("$\"v1:client:{tenantId}:s:{token.GetHashCode()}\"")]
    [TestCase("$\"v1:client:{tenantId}:s:{cancellationToken}\"")]
    [TestCase("$\"v1:client:{tenantId}:s:{user.Id}\"")]
    [TestCase("$\"v1:client:{tenantId}:s:{pin}\"")]
    public async Task HashedOrHarmlessHole_NotReported(string keyExpression)
    {
        var diagnostics = await RunOnKeyAsync(keyExpression, null);

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("$\"v1:client:{tenantId}:s:{Convert.ToHexString(bytes)}:{token}\"", "v1:client:{0}:s:{1}:{2}", "token", "{2}")]
    [TestCase("\"v1:client:\" + tenantId + \":s:\" + user.RefreshToken.Trim()", "v1:client:{0}:s:{1}", "RefreshToken", "{1}")]
    [TestCase("$\"v1:client:{tenantId}:s:{GetConnectionString()}\"", "v1:client:{0}:s:{1}", "GetConnectionString", "{1}")]
    [TestCase("$\"v1:client:{tenantId}:s:{user.Credential.Value}\"", "v1:client:{0}:s:{1}", "Credential", "{1}")]
    [TestCase("$\"v1:client:{tenantId}:s:{user.PhoneNumber}\"", "v1:client:{0}:s:{1}", "PhoneNumber", "{1}")]
    public async Task SensitiveHole_Reported(string keyExpression, string template, string name, string hole)
    {
        var diagnostics = await RunOnKeyAsync(keyExpression, null);

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[] { new ExpectedDiagnostic("CSG012", 21, 32, KeyMessages.SensitiveValue(template, name, hole)) }));
    }

    [Test]
    public async Task EditorConfig_ConfiguredSensitiveName_Honoured()
    {
        var options = new TestConfigOptionsProvider(new Dictionary<string, string> { ["cache_security.sensitive_names"] = "otp, pin" });

        var diagnostics = await RunOnKeyAsync("$\"v1:client:{tenantId}:s:{pin}\"", options);

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[] { new ExpectedDiagnostic("CSG012", 21, 32, KeyMessages.SensitiveValue("v1:client:{0}:s:{1}", "pin", "{1}")) }));
    }

    [Test]
    public async Task GlobalConfig_ConfiguredSensitiveName_Honoured()
    {
        var options = new TestConfigOptionsProvider(
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["cache_security.sensitive_names"] = "pin" });

        var diagnostics = await RunOnKeyAsync("$\"v1:client:{tenantId}:s:{pin}\"", options);

        Assert.That(diagnostics, Has.Length.EqualTo(1));
    }

    private static Task<ImmutableArray<Diagnostic>> RunOnKeyAsync(string keyExpression, TestConfigOptionsProvider? options)
    {
        var source = $$"""
            using System;
            using System.Security.Cryptography;
            using Microsoft.Extensions.Caching.Distributed;

            namespace Shop;

            public sealed class Secret
            {
                public string Value { get; init; } = "";
            }

            public sealed record User(string Id, string RefreshToken, Secret Credential, string PhoneNumber);

            public sealed class Reader
            {
                public string? Read(IDistributedCache cache, string tenantId, User user, string token, string tokenHash, string pin, byte[] bytes)
                {
                    var cancellationToken = System.Threading.CancellationToken.None;
                    _ = cancellationToken;
                    _ = bytes;
                    return cache.GetString({{keyExpression}});
                }

                private static string ComputeSha256(string value) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)));

                private static string GetConnectionString() => Environment.GetEnvironmentVariable("DB") ?? "";
            }
            """;
        return AnalyzerHarness.RunAsync(source, "Reader.cs", options, new SensitiveKeyValueAnalyzer());
    }
}
