using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Platform.Caching;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using SecurityGate.Runtime;

namespace Contoso.Accounts;

public sealed class SignedInUser
{
    public string UserId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    [PersonalData]
    public string Email { get; set; } = "";

    public string[] Roles { get; set; } = Array.Empty<string>();
}

public sealed class UserSessionTicket
{
    public string SessionId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string AccessToken { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}

public sealed class SecureTicket
{
    public string SessionId { get; set; } = "";

    public string UserId { get; set; } = "";

    public Protected<string>? AccessToken { get; set; }
}

public sealed record LoginAttempts(string UserName, int Failures, DateTimeOffset LastFailure);

/// <summary>
/// Session tickets for the web front end, held in HybridCache (memory plus Redis), and a memory-only counter of
/// failed sign-ins per user name.
/// </summary>
public sealed class AuthSessionCache
{
    private readonly HybridCache hybrid;
    private readonly IMemoryCache memory;

    public AuthSessionCache(HybridCache hybrid, IMemoryCache memory)
    {
        this.hybrid = hybrid;
        this.memory = memory;
    }

    // Wrong: the ticket with its access token lands in Redis through HybridCache's second level.
    public ValueTask StoreTicketAsync(string tenantId, UserSessionTicket ticket, CancellationToken cancellationToken)
        => hybrid.SetAsync(TenantCacheKeys.For(tenantId, "sessions", ticket.SessionId), ticket, cancellationToken: cancellationToken); // expect: CSG010

    // Wrong: Protected<string> encrypts in memory only, and HybridCache's second level stores its JSON, the plain token.
    public ValueTask StoreWrappedTicketAsync(string tenantId, UserSessionTicket ticket, CancellationToken cancellationToken)
    {
        var wrapped = new SecureTicket { SessionId = ticket.SessionId, UserId = ticket.UserId, AccessToken = new Protected<string>(ticket.AccessToken) };
        return hybrid.SetAsync(TenantCacheKeys.For(tenantId, "sessions", ticket.SessionId), wrapped, cancellationToken: cancellationToken); // expect: CSG010
    }

    // Clean: the secure cache encrypts the whole ticket before it leaves the process.
    public ValueTask StoreSecureTicketAsync(ISecureCache secureCache, UserSessionTicket ticket, CancellationToken cancellationToken)
        => secureCache.SetAsync(secureCache.CreateKey("sessions", ticket.SessionId), ticket, cancellationToken: cancellationToken);

    // Wrong: the user's email address is personal data and is cached unprotected.
    public ValueTask<SignedInUser> GetUserAsync(string tenantId, string userId, Func<CancellationToken, ValueTask<SignedInUser>> load, CancellationToken cancellationToken)
        => hybrid.GetOrCreateAsync(TenantCacheKeys.For(tenantId, "users", userId), load, cancellationToken: cancellationToken); // expect: CSG010

    public void RecordFailure(string tenantId, string userName)
    {
        var key = TenantCacheKeys.For(tenantId, "login-attempts", NormalizeUserName(userName));
        var attempts = memory.Get<LoginAttempts>(key) ?? new LoginAttempts(userName, 0, DateTimeOffset.UtcNow);
        memory.Set(key, attempts with { Failures = attempts.Failures + 1, LastFailure = DateTimeOffset.UtcNow }, TimeSpan.FromMinutes(15));
    }

    // Wrong: the email address is the key, readable in every key listing.
    public bool TryGetByEmail(string tenantId, string email, out SignedInUser? user)
        => memory.TryGetValue($"v1:client:{tenantId}:users-by-email:{email}", out user); // expect: CSG012

    // Clean: the email is hashed before it becomes a key segment.
    public bool TryGetByEmailHash(string tenantId, string email, out SignedInUser? user)
        => memory.TryGetValue(TenantCacheKeys.For(tenantId, "users-by-email", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant())))), out user);

    public ValueTask SignOutAsync(string tenantId, string sessionId, CancellationToken cancellationToken)
        => hybrid.RemoveAsync(TenantCacheKeys.For(tenantId, "sessions", sessionId), cancellationToken);

    // Wrong: the password is part of the key of the throttle entry.
    public void RememberRejected(string tenantId, string userName, string password)
        => memory.Set($"v1:client:{tenantId}:rejected:{userName}:{password}", true, TimeSpan.FromMinutes(1)); // expect: CSG012

    private static string NormalizeUserName(string userName) => userName.Trim().ToUpperInvariant();
}
