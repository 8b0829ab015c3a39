using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecurityGate.Analyzers.OutputCaching;

/// <summary>
/// What counts as varying cached output by tenant or user: <c>VaryByValue</c> (any), the <c>Authorization</c>
/// header, or a route value, query key or tag whose constant name contains <c>tenant</c>, <c>user</c> or <c>client</c>.
/// Turning caching off with <c>NoCache</c> counts too.
/// </summary>
internal static class TenantVaryRules
{
    private static readonly string[] PartitionNameParts = { "tenant", "user", "client" };

    /// <summary>True when the policy-builder calls under <paramref name="policy"/> vary the output by tenant or user.</summary>
    public static bool Varies(IOperation policy)
        => policy.DescendantsAndSelf().OfType<IInvocationOperation>().Any(VariesByCall);

    /// <summary>True when the name is the Authorization header, or names a tenant, user or client.</summary>
    private static bool IsPartitionName(string name, bool isHeader)
        => isHeader
            ? string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
            : Array.Exists(PartitionNameParts, part => name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0);

    private static bool VariesByCall(IInvocationOperation call)
    {
        switch (call.TargetMethod.Name)
        {
            case "VaryByValue":
            case "NoCache":
                return true;
            case "SetVaryByHeader":
            case "VaryByHeader":
                return ConstantNames(call).Any(name => IsPartitionName(name, isHeader: true));
            case "SetVaryByRouteValue":
            case "VaryByRouteValue":
            case "SetVaryByQuery":
            case "VaryByQuery":
            case "Tag":
                return ConstantNames(call).Any(name => IsPartitionName(name, isHeader: false));
            default:
                return false;
        }
    }

    /// <summary>Returns the constant strings passed to a call, including the elements of a <c>params</c> array.</summary>
    private static string[] ConstantNames(IInvocationOperation call)
        => call.Arguments
            .SelectMany(argument => argument.Value.DescendantsAndSelf())
            .Select(value => value.ConstantValue)
            .Where(constant => constant.HasValue && constant.Value is string)
            .Select(constant => (string)constant.Value!)
            .ToArray();
}
