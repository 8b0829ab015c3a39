namespace SecurityGate.Analyzers.Tests.Reflection;

/// <summary>The exact message texts of the reflection rules, written out once so each test compares the full text.</summary>
internal static class ReflectionMessages
{
    public static string Write(string api, string member)
        => $"\"{api}\" writes the sensitive member \"{member}\" through reflection, so a plaintext secret can land in it; write it with SecureMember.Set, which accepts a secret only as Protected<T>";

    public static string WriteToType(string api, string memberPath)
        => $"\"{api}\" writes a member of a type with the sensitive member \"{memberPath}\" through reflection, and the written member is not known; write members with SecureMember.Set, which accepts a secret only as Protected<T>";

    public static string Dynamic(string member)
        => $"Dynamic assignment writes the sensitive member \"{member}\" without a compile-time check, so a plaintext secret can land in it; write it with SecureMember.Set, which accepts a secret only as Protected<T>";
}
