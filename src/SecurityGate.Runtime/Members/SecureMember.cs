using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SecurityGate.Runtime;

/// <summary>
/// Writes a property or field by name: the safe counterpart of <c>PropertyInfo.SetValue</c> and
/// <c>FieldInfo.SetValue</c>. Setters are compiled once per type and member and cached, so a write costs a
/// delegate call, not a reflection call.
/// </summary>
/// <remarks>
/// A member marked sensitive by its name or attributes (see <see cref="SensitiveTypeDetector"/>) accepts a write
/// only when its type is <see cref="Protected{T}"/>; a plain <c>T</c> value written to a
/// <see cref="Protected{T}"/> member is wrapped on the way in. Every other write to a sensitive member is rejected
/// with <see cref="SensitiveWriteRejectedException"/>, whether or not the object is cached yet, because any
/// instance of the type may be cached later.
/// </remarks>
public static class SecureMember
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), MemberSetter> Setters = new();

    /// <summary>The logger of rejected writes; <see cref="NullLogger.Instance"/> until the application sets it.</summary>
    public static ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>Sets the instance property or field <paramref name="memberName"/> of <paramref name="target"/>.</summary>
    /// <exception cref="ArgumentException">The member does not exist or is not writable, or the value has the wrong type.</exception>
    /// <exception cref="SensitiveWriteRejectedException">The member is sensitive and its type is not <see cref="Protected{T}"/>.</exception>
    public static void Set(object target, string memberName, object? value)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(memberName);
        var type = target.GetType();
        var setter = Setters.GetOrAdd((type, memberName), static key => MemberSetter.Create(key.Type, key.Name));
        if (setter.RejectsPlaintext)
        {
            Log.SensitiveWriteRejected(Logger, type.Name, memberName);
            RuntimeMetrics.RejectedWrites.Add(1);
            throw new SensitiveWriteRejectedException(
                $"SecureMember.Set rejected a plaintext write to the sensitive member {type.Name}.{memberName} ({setter.MemberType.Name}): " +
                $"a sensitive member must hold Protected<T>. Change its type to Protected<{setter.MemberType.Name}>; SecureMember then encrypts the value on the way in.");
        }

        setter.Write(target, setter.Convert(value, type));
    }

    private sealed class MemberSetter
    {
        private readonly Action<object, object?> write;
        private readonly Type? protectedValueType;

        private MemberSetter(string name, Type memberType, bool rejectsPlaintext, Action<object, object?> write)
        {
            Name = name;
            MemberType = memberType;
            RejectsPlaintext = rejectsPlaintext;
            this.write = write;
            protectedValueType = SensitiveTypeDetector.IsProtectedType(memberType) ? memberType.GetGenericArguments()[0] : null;
        }

        public string Name { get; }

        public Type MemberType { get; }

        public bool RejectsPlaintext { get; }

        public static MemberSetter Create(Type type, string name)
        {
            if (type.IsValueType)
            {
                throw new ArgumentException($"SecureMember cannot write to {type.Name}.{name}: {type.Name} is a value type, so the write would change a boxed copy. Write to a class instead.", nameof(type));
            }

            const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.FlattenHierarchy;
            var member = type.GetMember(name, MemberTypes.Property | MemberTypes.Field, Flags).FirstOrDefault();
            var memberType = member switch
            {
                PropertyInfo { CanWrite: true } property when property.GetIndexParameters().Length == 0 => property.PropertyType,
                FieldInfo { IsInitOnly: false, IsLiteral: false } field => field.FieldType,
                _ => throw new ArgumentException($"Type {type.Name} has no writable instance property or field named '{name}'.", nameof(name)),
            };

            var rejects = SensitiveTypeDetector.Default.IsMarkedMember(member) && !SensitiveTypeDetector.IsProtectedType(memberType);
            return new MemberSetter(name, memberType, rejects, Compile(type, member, memberType));
        }

        public void Write(object target, object? value) => write(target, value);

        public object? Convert(object? value, Type declaringType)
        {
            if (protectedValueType is not null && value is not null && protectedValueType.IsInstanceOfType(value) && !MemberType.IsInstanceOfType(value))
            {
                return Activator.CreateInstance(MemberType, value);
            }

            if (value is null ? MemberType.IsValueType && Nullable.GetUnderlyingType(MemberType) is null : !MemberType.IsInstanceOfType(value))
            {
                var actual = value?.GetType().Name ?? "null";
                throw new ArgumentException($"SecureMember cannot write a value of type {actual} to {declaringType.Name}.{Name}, which is of type {MemberType.Name}.", nameof(value));
            }

            return value;
        }

        private static Action<object, object?> Compile(Type type, MemberInfo member, Type memberType)
        {
            var target = Expression.Parameter(typeof(object), "target");
            var value = Expression.Parameter(typeof(object), "value");
            var access = Expression.MakeMemberAccess(Expression.Convert(target, type), member);
            var assign = Expression.Assign(access, Expression.Convert(value, memberType));
            return Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
        }
    }
}
