using System;

namespace SecurityGate.Runtime;

/// <summary>
/// Marks a type, property or field as sensitive: a cached value of the type, or of a type with such a member,
/// is always encrypted, and <see cref="SecureMember"/> rejects plaintext writes to such a member.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
public sealed class SensitiveAttribute : Attribute
{
}
