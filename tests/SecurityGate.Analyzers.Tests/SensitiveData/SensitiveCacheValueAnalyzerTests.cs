using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SecurityGate.Analyzers.SensitiveData;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.SensitiveData;

public sealed class SensitiveCacheValueAnalyzerTests
{
    [Test]
    public async Task Fixture_SensitiveValues_ReportedPerWrite()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("SensitiveData/SensitiveCacheValues.cs", null, new SensitiveCacheValueAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG010", 53, 44, "\"DistributedCacheExtensions.SetStringAsync\" writes \"refreshToken\", which is named as a secret, to the cache in plain text; store it through ISecureCache, or encrypt it first with IDataProtector.Protect (a Protected<T> value stays encrypted only in IMemoryCache)"),
            new ExpectedDiagnostic("CSG010", 56, 39, "\"DistributedCacheExtensions.SetString\" writes a value with the sensitive member \"UserSession.AccessToken\" to the cache in plain text; store it through ISecureCache, which encrypts such types, or encrypt the serialized value first with IDataProtector.Protect"),
            new ExpectedDiagnostic("CSG010", 61, 30, SensitiveDataMessages.CacheValueType("IDistributedCache.Set", "UserSession.AccessToken")),
            new ExpectedDiagnostic("CSG010", 65, 33, SensitiveDataMessages.CacheValueNamed("DistributedCacheExtensions.Set", "password")),
            new ExpectedDiagnostic("CSG010", 68, 28, SensitiveDataMessages.CacheValueType("CacheExtensions.Set", "Customer.Home.PostalCode")),
            new ExpectedDiagnostic("CSG010", 71, 33, SensitiveDataMessages.CacheValueType("HybridCache.SetAsync", "PaymentCard.Number")),
            new ExpectedDiagnostic("CSG010", 74, 41, SensitiveDataMessages.CacheValueType("HybridCache.GetOrCreateAsync", "MailSettings.SmtpPassword")),
            new ExpectedDiagnostic("CSG010", 77, 33, SensitiveDataMessages.CacheValueNamed("IDatabase.StringSet", "apiKey")),
            new ExpectedDiagnostic("CSG010", 80, 43, SensitiveDataMessages.CacheValueNamed("IDatabaseAsync.HashSetAsync", "clientSecret")),
            new ExpectedDiagnostic("CSG010", 85, 23, SensitiveDataMessages.CacheValueNamed("ICacheEntry.Value", "signingKey")),
            new ExpectedDiagnostic("CSG010", 89, 39, SensitiveDataMessages.CacheValueType("DistributedCacheExtensions.SetString", "UserSession.AccessToken")),
            new ExpectedDiagnostic("CSG010", 92, 39, SensitiveDataMessages.CacheValueType("DistributedCacheExtensions.SetString", "MailSettings.SmtpPassword")),
        }));
    }

    [Test]
    public async Task Fixture_ProtectedValues_ReportedOnlyUnconfiguredEncryptor()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("SensitiveData/ProtectedCacheValues.cs", null, new SensitiveCacheValueAnalyzer());

        // Without cache_security.encryptor_methods, Vault.EncryptSecret is a method named after a secret.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG010", 65, 39, SensitiveDataMessages.CacheValueNamed("DistributedCacheExtensions.SetString", "EncryptSecret")),
        }));
    }

    [Test]
    public async Task EncryptorMethods_ConfiguredVault_Protects()
    {
        var options = new TestConfigOptionsProvider(new Dictionary<string, string> { ["cache_security.encryptor_methods"] = "Shop.Other.Encrypt, Shop.Sessions.Vault.EncryptSecret" });

        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("SensitiveData/ProtectedCacheValues.cs", options, new SensitiveCacheValueAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("JsonSerializer.Serialize(otp)", "otp")]
    [TestCase("JsonSerializer.Serialize(new { Otp = note })", "<anonymous type>.Otp")]
    public async Task SensitiveNames_ConfiguredOtp_Reported(string value, string evidence)
    {
        var options = new TestConfigOptionsProvider(new Dictionary<string, string> { ["cache_security.sensitive_names"] = "otp" });

        var diagnostics = await RunOnWriteAsync(value, options);

        var expected = evidence.Contains('.', System.StringComparison.Ordinal)
            ? SensitiveDataMessages.CacheValueType("DistributedCacheExtensions.SetString", evidence)
            : SensitiveDataMessages.CacheValueNamed("DistributedCacheExtensions.SetString", evidence);
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[] { new ExpectedDiagnostic("CSG010", 12, 30, expected) }));
    }

    [TestCase("token", "token")]
    [TestCase("token.Trim()", "token")]
    [TestCase("GetRefreshToken()", "GetRefreshToken")]
    [TestCase("System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(token))", "token")]
    public async Task UnprotectedSecret_Reported(string value, string name)
    {
        var diagnostics = await RunOnWriteAsync(value, null);

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG010", 12, 30, SensitiveDataMessages.CacheValueNamed("DistributedCacheExtensions.SetString", name)),
        }));
    }

    [TestCase("protector.Protect(token)")]
    [TestCase("Guard(token)")]
    [TestCase("GuardedToken")]
    [TestCase("token.Length.ToString()")]
    [TestCase("note")]
    [TestCase("JsonSerializer.Serialize(new { Note = note, TokenType = note })")]
    public async Task ProtectedOrHarmlessValue_NotReported(string value)
    {
        var diagnostics = await RunOnWriteAsync(value, null);

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("otp")]
    [TestCase("pin")]
    public async Task SensitiveNames_NotConfigured_NotReported(string parameter)
    {
        var diagnostics = await RunOnWriteAsync("JsonSerializer.Serialize(" + parameter + ")", null);

        Assert.That(diagnostics, Is.Empty);
    }

    private static Task<ImmutableArray<Diagnostic>> RunOnWriteAsync(string value, TestConfigOptionsProvider? options)
    {
        var source = $$"""
            using System.Text.Json;
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.Extensions.Caching.Distributed;

            namespace Shop;

            public sealed class Writer
            {
                public void Write(IDistributedCache cache, IDataProtector protector, string key, string token, string note, string otp, string pin)
                {
                    _ = (protector, token, note, otp, pin);
                    cache.SetString(key, {{value}});
                }

                private string GuardedToken => protectorField.Protect(GetRefreshToken());

                private readonly IDataProtector protectorField = null!;

                private string Guard(string value) => protectorField.Protect(value);

                private static string GetRefreshToken() => "";
            }
            """;
        return AnalyzerHarness.RunAsync(source, "Writer.cs", options, new SensitiveCacheValueAnalyzer());
    }
}
