using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NUnit.Framework;
using SecurityGate.Conventions;

namespace SecurityGate.Runtime.Tests.Keys;

public sealed class CacheKeyTests
{
    [Test]
    public void Create_PlainSegments_FormatsGrammar()
    {
        var key = CacheKey.Create("acme", "orders", "42");

        Assert.That(key.ToString(), Is.EqualTo("v1:client:acme:orders:42"));
        Assert.That(key.IsHashed, Is.False);
    }

    [Test]
    public void Create_SubKeyAndVersion_AppendsSubKeyAndVersion()
    {
        var key = CacheKey.Create("acme", "orders", "42", "lines", version: 7);

        Assert.That(key.ToString(), Is.EqualTo("v7:client:acme:orders:42:lines"));
        Assert.That(key.Version, Is.EqualTo(7));
        Assert.That(key.SubKey, Is.EqualTo("lines"));
    }

    [Test]
    public void Create_SeparatorInTenant_IsEscaped()
    {
        var key = CacheKey.Create("acme:orders", "x", "1");

        Assert.That(key.ToString(), Is.EqualTo("v1:client:acme%3Aorders:x:1"));
    }

    [Test]
    public void Create_TenantForgingAnotherKey_DoesNotCollide()
    {
        // Without escaping, tenant "a:orders:1" with component "x" would read as tenant "a".
        var forged = CacheKey.Create("a:orders:1", "x", "y");
        var victim = CacheKey.Create("a", "orders", "1:x:y");

        Assert.That(forged, Is.Not.EqualTo(victim));
        Assert.That(forged.ToString(), Is.EqualTo("v1:client:a%3Aorders%3A1:x:y"));
        Assert.That(victim.ToString(), Is.EqualTo("v1:client:a:orders:1%3Ax%3Ay"));
    }

    [Test]
    public void Create_PercentInId_IsEscapedSoEscapesCannotBeForged()
    {
        var literal = CacheKey.Create("acme", "orders", "%3A");
        var separator = CacheKey.Create("acme", "orders", ":");

        Assert.That(literal.ToString(), Is.EqualTo("v1:client:acme:orders:%253A"));
        Assert.That(separator.ToString(), Is.EqualTo("v1:client:acme:orders:%3A"));
    }

    [Test]
    public void Create_ShortKey_ParsesBackWithGrammar()
    {
        var key = CacheKey.Create("te:n%ant", "com:p", "i%d", "s:ub", version: 3);

        Assert.That(CacheKeyGrammar.TryParse(key.ToString(), out var parts), Is.True);
        Assert.That(parts.Tenant, Is.EqualTo("te:n%ant"));
        Assert.That(parts.Component, Is.EqualTo("com:p"));
        Assert.That(parts.Id, Is.EqualTo("i%d"));
        Assert.That(parts.SubKey, Is.EqualTo("s:ub"));
        Assert.That(parts.Version, Is.EqualTo(3));
    }

    [Test]
    public void Create_LongId_HashesIdWithSha256OfFullKey()
    {
        var id = new string('x', 300);
        var unhashed = "v1:client:acme:orders:" + id + ":sub";
        var expectedHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(unhashed))).ToLower(CultureInfo.InvariantCulture);

        var key = CacheKey.Create("acme", "orders", id, "sub");

        Assert.That(key.IsHashed, Is.True);
        Assert.That(key.ToString(), Is.EqualTo("v1:client:acme:orders:%H" + expectedHash));
        Assert.That(key.Id, Is.EqualTo(id));
    }

    [Test]
    public void Create_KeyAtMaxLength_IsNotHashed()
    {
        var prefix = "v1:client:acme:orders:";
        var id = new string('x', CacheKey.DefaultMaxLength - prefix.Length);

        var key = CacheKey.Create("acme", "orders", id);

        Assert.That(key.ToString(), Has.Length.EqualTo(CacheKey.DefaultMaxLength));
        Assert.That(key.IsHashed, Is.False);
    }

    [Test]
    public void Create_TwoLongIdsDifferingAtEnd_GiveDifferentKeys()
    {
        var first = CacheKey.Create("acme", "orders", new string('x', 400) + "1");
        var second = CacheKey.Create("acme", "orders", new string('x', 400) + "2");

        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public void Create_HashedIdLookalike_DoesNotCollideWithHashedKey()
    {
        var hashed = CacheKey.Create("acme", "orders", new string('x', 400));
        var hashSegment = hashed.ToString()["v1:client:acme:orders:".Length..];

        var lookalike = CacheKey.Create("acme", "orders", hashSegment);

        Assert.That(lookalike.ToString(), Is.Not.EqualTo(hashed.ToString()));
        Assert.That(lookalike.ToString(), Does.StartWith("v1:client:acme:orders:%25H"));
    }

    [Test]
    public void Create_LongTenant_ThrowsWithoutTenantValue()
    {
        var tenant = "tenant-" + new string('t', 300);

        var exception = Assert.Throws<ArgumentException>(() => CacheKey.Create(tenant, "orders", "1"));

        Assert.That(exception!.Message, Does.StartWith(
            "The cache key is 391 characters long even with its id hashed, over the maximum key length 256: the tenant and component segments are too long. " +
            "Use a shorter component name or raise SecureCacheOptions.MaxKeyLength."));
        Assert.That(exception.Message, Does.Not.Contain(tenant));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Create_EmptyTenant_Throws(string tenant)
    {
        var exception = Assert.Throws<ArgumentException>(() => CacheKey.Create(tenant, "orders", "1"));

        Assert.That(exception!.Message, Does.StartWith("The tenant id must not be empty or whitespace: every cache key belongs to one tenant."));
    }

    [Test]
    public void Create_EmptyId_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => CacheKey.Create("acme", "orders", ""));

        Assert.That(exception!.ParamName, Is.EqualTo("id"));
    }

    [Test]
    public void Create_VersionZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CacheKey.Create("acme", "orders", "1", version: 0));
    }

    [Test]
    public void Create_MaxLengthBelowMinimum_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => CacheKey.Create("acme", "orders", "1", maxLength: 64));

        Assert.That(exception!.Message, Does.StartWith("The maximum key length must be 128 or greater."));
    }

    [Test]
    public void ToLogHash_Key_HidesTenantAndIsStable()
    {
        var key = CacheKey.Create("acme", "orders", "42");

        Assert.That(key.ToLogHash(), Has.Length.EqualTo(12));
        Assert.That(key.ToLogHash(), Does.Not.Contain("acme"));
        Assert.That(key.ToLogHash(), Is.EqualTo(CacheKey.Create("acme", "orders", "42").ToLogHash()));
    }

    [Test]
    public void Default_Key_IsDefaultAndEmpty()
    {
        var key = default(CacheKey);

        Assert.That(key.IsDefault, Is.True);
        Assert.That(key.ToString(), Is.Empty);
    }
}
