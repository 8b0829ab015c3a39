namespace SecurityGate.Analyzers.Tests.SensitiveData;

/// <summary>The exact message texts of the sensitive-data rules, written out once so each test compares the full text.</summary>
internal static class SensitiveDataMessages
{
    public static string CacheValueNamed(string api, string name)
        => $"\"{api}\" writes \"{name}\", which is named as a secret, to the cache in plain text; store it through ISecureCache, or encrypt it first with IDataProtector.Protect (a Protected<T> value stays encrypted only in IMemoryCache)";

    public static string CacheValueType(string api, string memberPath)
        => $"\"{api}\" writes a value with the sensitive member \"{memberPath}\" to the cache in plain text; store it through ISecureCache, which encrypts such types, or encrypt the serialized value first with IDataProtector.Protect";

    public static string StateValueNamed(string api, string name)
        => $"\"{api}\" persists \"{name}\", which is named as a secret, in plain text; encrypt it first with IDataProtector.Protect, or keep the secret out of the session and store only a reference to it";

    public static string StateValueType(string api, string memberPath)
        => $"\"{api}\" persists a value with the sensitive member \"{memberPath}\" in plain text; encrypt the serialized value first with IDataProtector.Protect, or save workflow state through ICheckpointStore, which encrypts every checkpoint";
}
