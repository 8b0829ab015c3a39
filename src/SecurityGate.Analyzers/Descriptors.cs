using Microsoft.CodeAnalysis;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers;

/// <summary>
/// The diagnostic descriptors of all rules. Ids, titles, categories and help links come from
/// <see cref="RuleCatalog"/>. Every rule is Info and enabled by default because the build gate,
/// not the compiler, decides which findings fail a build.
/// </summary>
/// <remarks>
/// The id, category and severity are written as constants in each constructor call so that the
/// release-tracking analyzer (RS2000 series) can check them against <c>AnalyzerReleases.Unshipped.md</c>.
/// </remarks>
internal static class Descriptors
{
    /// <summary>The category of the diagnostics on SecurityGate's own configuration files, which are not rules.</summary>
    private const string ConfigurationCategory = "CacheSecurity.Configuration";

    /// <summary>The page that documents cache-security-apis.txt, next to the rule pages.</summary>
    private const string CacheApisHelpLink = "https://github.com/securitygate/securitygate/blob/main/docs/cache-apis.md";

    public static readonly DiagnosticDescriptor KeyWithoutVersion = new(
        RuleIds.KeyWithoutVersion,
        Title(RuleIds.KeyWithoutVersion),
        RuleMessages.Get("KeyWithoutVersionMessage"),
        RuleCatalog.CacheKeysCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("KeyWithoutVersionDescription"),
        helpLinkUri: HelpLink(RuleIds.KeyWithoutVersion));

    public static readonly DiagnosticDescriptor KeyWithoutTenant = new(
        RuleIds.KeyWithoutTenant,
        Title(RuleIds.KeyWithoutTenant),
        RuleMessages.Get("KeyWithoutTenantMessage"),
        RuleCatalog.CacheKeysCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("KeyWithoutTenantDescription"),
        helpLinkUri: HelpLink(RuleIds.KeyWithoutTenant));

    public static readonly DiagnosticDescriptor AmbiguousKey = new(
        RuleIds.AmbiguousKeyComposition,
        Title(RuleIds.AmbiguousKeyComposition),
        RuleMessages.Get("AmbiguousKeyMessage"),
        RuleCatalog.CacheKeysCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("AmbiguousKeyDescription"),
        helpLinkUri: HelpLink(RuleIds.AmbiguousKeyComposition));

    public static readonly DiagnosticDescriptor UnscopedInvalidation = new(
        RuleIds.UnscopedInvalidation,
        Title(RuleIds.UnscopedInvalidation),
        RuleMessages.Get("UnscopedInvalidationMessage"),
        RuleCatalog.CacheKeysCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("UnscopedInvalidationDescription"),
        helpLinkUri: HelpLink(RuleIds.UnscopedInvalidation));

    /// <summary>CSG010 when the value's name marks it as a secret.</summary>
    public static readonly DiagnosticDescriptor SensitiveCacheValue = new(
        RuleIds.SensitiveValueInCache,
        Title(RuleIds.SensitiveValueInCache),
        RuleMessages.Get("SensitiveCacheValueMessage"),
        RuleCatalog.SensitiveDataCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("SensitiveCacheValueDescription"),
        helpLinkUri: HelpLink(RuleIds.SensitiveValueInCache));

    /// <summary>CSG010 when a member of the value's type is sensitive.</summary>
    public static readonly DiagnosticDescriptor SensitiveCacheValueType = new(
        RuleIds.SensitiveValueInCache,
        Title(RuleIds.SensitiveValueInCache),
        RuleMessages.Get("SensitiveCacheValueTypeMessage"),
        RuleCatalog.SensitiveDataCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("SensitiveCacheValueDescription"),
        helpLinkUri: HelpLink(RuleIds.SensitiveValueInCache));

    /// <summary>CSG011 when the value's name marks it as a secret.</summary>
    public static readonly DiagnosticDescriptor SensitiveStateValue = new(
        RuleIds.SensitiveValueInStateStore,
        Title(RuleIds.SensitiveValueInStateStore),
        RuleMessages.Get("SensitiveStateValueMessage"),
        RuleCatalog.SensitiveDataCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("SensitiveStateValueDescription"),
        helpLinkUri: HelpLink(RuleIds.SensitiveValueInStateStore));

    /// <summary>CSG011 when a member of the value's type is sensitive.</summary>
    public static readonly DiagnosticDescriptor SensitiveStateValueType = new(
        RuleIds.SensitiveValueInStateStore,
        Title(RuleIds.SensitiveValueInStateStore),
        RuleMessages.Get("SensitiveStateValueTypeMessage"),
        RuleCatalog.SensitiveDataCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("SensitiveStateValueDescription"),
        helpLinkUri: HelpLink(RuleIds.SensitiveValueInStateStore));

    public static readonly DiagnosticDescriptor SensitiveValueInKey = new(
        RuleIds.SensitiveValueInKey,
        Title(RuleIds.SensitiveValueInKey),
        RuleMessages.Get("SensitiveValueInKeyMessage"),
        RuleCatalog.SensitiveDataCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("SensitiveValueInKeyDescription"),
        helpLinkUri: HelpLink(RuleIds.SensitiveValueInKey));

    /// <summary>CSG020 on the creation of an insecure formatter.</summary>
    public static readonly DiagnosticDescriptor FormatterCreated = new(
        RuleIds.InsecureFormatter,
        Title(RuleIds.InsecureFormatter),
        RuleMessages.Get("FormatterCreatedMessage"),
        RuleCatalog.SerializationCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("InsecureFormatterDescription"),
        helpLinkUri: HelpLink(RuleIds.InsecureFormatter));

    /// <summary>CSG020 on a Serialize or Deserialize call on a formatter created elsewhere.</summary>
    public static readonly DiagnosticDescriptor FormatterUsed = new(
        RuleIds.InsecureFormatter,
        Title(RuleIds.InsecureFormatter),
        RuleMessages.Get("FormatterUsedMessage"),
        RuleCatalog.SerializationCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("InsecureFormatterDescription"),
        helpLinkUri: HelpLink(RuleIds.InsecureFormatter));

    /// <summary>CSG021 when the assigned value is a constant other than None.</summary>
    public static readonly DiagnosticDescriptor TypeNameHandling = new(
        RuleIds.JsonTypeNameHandling,
        Title(RuleIds.JsonTypeNameHandling),
        RuleMessages.Get("TypeNameHandlingMessage"),
        RuleCatalog.SerializationCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("TypeNameHandlingDescription"),
        helpLinkUri: HelpLink(RuleIds.JsonTypeNameHandling));

    /// <summary>CSG021 when the assigned value is not a constant and so cannot be proven to be None.</summary>
    public static readonly DiagnosticDescriptor TypeNameHandlingNotConstant = new(
        RuleIds.JsonTypeNameHandling,
        Title(RuleIds.JsonTypeNameHandling),
        RuleMessages.Get("TypeNameHandlingNotConstantMessage"),
        RuleCatalog.SerializationCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("TypeNameHandlingDescription"),
        helpLinkUri: HelpLink(RuleIds.JsonTypeNameHandling));

    /// <summary>CSG022 on a use of the MessagePack typeless API.</summary>
    public static readonly DiagnosticDescriptor MessagePackTypeless = new(
        RuleIds.MessagePackUntrustedData,
        Title(RuleIds.MessagePackUntrustedData),
        RuleMessages.Get("MessagePackTypelessMessage"),
        RuleCatalog.SerializationCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("MessagePackDescription"),
        helpLinkUri: HelpLink(RuleIds.MessagePackUntrustedData));

    /// <summary>CSG022 on a Deserialize call that uses the default options.</summary>
    public static readonly DiagnosticDescriptor MessagePackDefaultOptions = new(
        RuleIds.MessagePackUntrustedData,
        Title(RuleIds.MessagePackUntrustedData),
        RuleMessages.Get("MessagePackDefaultOptionsMessage"),
        RuleCatalog.SerializationCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("MessagePackDescription"),
        helpLinkUri: HelpLink(RuleIds.MessagePackUntrustedData));

    /// <summary>CSG022 on a Deserialize call whose options cannot be proven to use MessagePackSecurity.UntrustedData.</summary>
    public static readonly DiagnosticDescriptor MessagePackOptionsNotProven = new(
        RuleIds.MessagePackUntrustedData,
        Title(RuleIds.MessagePackUntrustedData),
        RuleMessages.Get("MessagePackOptionsNotProvenMessage"),
        RuleCatalog.SerializationCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("MessagePackDescription"),
        helpLinkUri: HelpLink(RuleIds.MessagePackUntrustedData));

    /// <summary>CSG023 on a cache registration call that configures an insecure serializer.</summary>
    public static readonly DiagnosticDescriptor InsecureCacheSerializer = new(
        RuleIds.InsecureCacheSerializer,
        Title(RuleIds.InsecureCacheSerializer),
        RuleMessages.Get("InsecureCacheSerializerMessage"),
        RuleCatalog.SerializationCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("InsecureCacheSerializerDescription"),
        helpLinkUri: HelpLink(RuleIds.InsecureCacheSerializer));

    /// <summary>CSG030 when the written member is known and sensitive.</summary>
    public static readonly DiagnosticDescriptor ReflectionWrite = new(
        RuleIds.ReflectionWrite,
        Title(RuleIds.ReflectionWrite),
        RuleMessages.Get("ReflectionWriteMessage"),
        RuleCatalog.ReflectionCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("ReflectionWriteDescription"),
        helpLinkUri: HelpLink(RuleIds.ReflectionWrite));

    /// <summary>CSG030 when the written member is not known and the target type has a sensitive member.</summary>
    public static readonly DiagnosticDescriptor ReflectionWriteType = new(
        RuleIds.ReflectionWrite,
        Title(RuleIds.ReflectionWrite),
        RuleMessages.Get("ReflectionWriteTypeMessage"),
        RuleCatalog.ReflectionCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("ReflectionWriteDescription"),
        helpLinkUri: HelpLink(RuleIds.ReflectionWrite));

    /// <summary>CSG031 on an assignment to a sensitive member of a dynamic value.</summary>
    public static readonly DiagnosticDescriptor DynamicMemberWrite = new(
        RuleIds.DynamicMemberWrite,
        Title(RuleIds.DynamicMemberWrite),
        RuleMessages.Get("DynamicMemberWriteMessage"),
        RuleCatalog.ReflectionCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("ReflectionWriteDescription"),
        helpLinkUri: HelpLink(RuleIds.DynamicMemberWrite));

    /// <summary>CSG040 on the declaration of a static container shared by all tenants; reported at the end of the compilation.</summary>
    public static readonly DiagnosticDescriptor SharedTenantState = new(
        RuleIds.SharedTenantState,
        Title(RuleIds.SharedTenantState),
        RuleMessages.Get("SharedTenantStateMessage"),
        RuleCatalog.SharedStateCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("SharedTenantStateDescription"),
        helpLinkUri: HelpLink(RuleIds.SharedTenantState),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>CSG041 on CacheOutput(...) or [OutputCache] for an endpoint that requires authorization.</summary>
    public static readonly DiagnosticDescriptor AuthenticatedOutputCache = new(
        RuleIds.AuthenticatedOutputCache,
        Title(RuleIds.AuthenticatedOutputCache),
        RuleMessages.Get("AuthenticatedOutputCacheMessage"),
        RuleCatalog.SharedStateCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: RuleMessages.Get("AuthenticatedOutputCacheDescription"),
        helpLinkUri: HelpLink(RuleIds.AuthenticatedOutputCache));

    /// <summary>CSG1016 on an invalid line of a project's cache-security-apis.txt; an error, so the build fails closed.</summary>
    public static readonly DiagnosticDescriptor CacheApiDeclarationInvalid = new(
        GateCodes.CacheApiDeclarationInvalid,
        RuleMessages.Get("CacheApiDeclarationInvalidTitle"),
        RuleMessages.Get("CacheApiDeclarationInvalidMessage"),
        ConfigurationCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: RuleMessages.Get("CacheApiDeclarationDescription"),
        helpLinkUri: CacheApisHelpLink);

    /// <summary>CSG1017 on a line of a project's cache-security-apis.txt whose type the compilation does not contain.</summary>
    public static readonly DiagnosticDescriptor CacheApiTypeNotFound = new(
        GateCodes.CacheApiTypeNotFound,
        RuleMessages.Get("CacheApiTypeNotFoundTitle"),
        RuleMessages.Get("CacheApiTypeNotFoundMessage"),
        ConfigurationCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: RuleMessages.Get("CacheApiDeclarationDescription"),
        helpLinkUri: CacheApisHelpLink);

    private static string Title(string id) => RuleCatalog.Find(id)!.Title;

    private static string HelpLink(string id) => RuleCatalog.Find(id)!.HelpLink;
}
