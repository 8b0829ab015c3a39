using System.Collections.Generic;
using System.Linq;

namespace SecurityGate.Conventions;

/// <summary>Every analyzer rule with its title, category and help link.</summary>
public static class RuleCatalog
{
    /// <summary>The address prefix of rule pages; a rule's page is this plus <c>{id}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/securitygate/securitygate/blob/main/docs/rules/";

    /// <summary>The category of cache-key rules.</summary>
    public const string CacheKeysCategory = "CacheSecurity.Keys";

    /// <summary>The category of rules about secrets and personal data.</summary>
    public const string SensitiveDataCategory = "CacheSecurity.SensitiveData";

    /// <summary>The category of rules about writes through reflection and dynamic values.</summary>
    public const string ReflectionCategory = "CacheSecurity.Reflection";

    /// <summary>The category of serialization rules.</summary>
    public const string SerializationCategory = "CacheSecurity.Serialization";

    /// <summary>The category of rules about state that all tenants of a process share.</summary>
    public const string SharedStateCategory = "CacheSecurity.SharedState";

    /// <summary>All rules, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        new RuleDescriptor(RuleIds.KeyWithoutVersion, "Cache key has no version prefix", CacheKeysCategory),
        new RuleDescriptor(RuleIds.KeyWithoutTenant, "Cache key has no tenant segment", CacheKeysCategory),
        new RuleDescriptor(RuleIds.AmbiguousKeyComposition, "Cache key joins two values with nothing between them", CacheKeysCategory),
        new RuleDescriptor(RuleIds.UnscopedInvalidation, "Tag or prefix invalidation is not scoped to a tenant", CacheKeysCategory),
        new RuleDescriptor(RuleIds.SensitiveValueInCache, "Sensitive value written to a cache without protection", SensitiveDataCategory),
        new RuleDescriptor(RuleIds.SensitiveValueInStateStore, "Sensitive value persisted to a state store without protection", SensitiveDataCategory),
        new RuleDescriptor(RuleIds.SensitiveValueInKey, "Sensitive value used in a cache key", SensitiveDataCategory),
        new RuleDescriptor(RuleIds.InsecureFormatter, "Insecure formatter used for data that can be read back", SerializationCategory),
        new RuleDescriptor(RuleIds.JsonTypeNameHandling, "Json.NET type-name handling is enabled", SerializationCategory),
        new RuleDescriptor(RuleIds.MessagePackUntrustedData, "MessagePack deserialization trusts its input", SerializationCategory),
        new RuleDescriptor(RuleIds.InsecureCacheSerializer, "Cache registered with a serializer that trusts type names in its payload", SerializationCategory),
        new RuleDescriptor(RuleIds.ReflectionWrite, "Sensitive member written through reflection", ReflectionCategory),
        new RuleDescriptor(RuleIds.DynamicMemberWrite, "Sensitive member written through a dynamic value", ReflectionCategory),
        new RuleDescriptor(RuleIds.SharedTenantState, "Static mutable state is shared by all tenants", SharedStateCategory),
        new RuleDescriptor(RuleIds.AuthenticatedOutputCache, "Authenticated response is output-cached without varying by tenant or user", SharedStateCategory),
    };

    /// <summary>Returns the rule with the given id, or null when there is none.</summary>
    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(rule => rule.Id == id);

    /// <summary>Returns true when the id belongs to a SecurityGate analyzer rule.</summary>
    public static bool IsRuleId(string id) => Find(id) is not null;
}
