using System;

// Attributes with the full names of ASP.NET Core Identity's and Microsoft.Extensions.Compliance's markers,
// so the detector's match by full name is tested without referencing those packages.
namespace Microsoft.AspNetCore.Identity
{
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class PersonalDataAttribute : Attribute
    {
    }
}

namespace Microsoft.Extensions.Compliance.Classification
{
    [AttributeUsage(AttributeTargets.Property)]
    public class DataClassificationAttribute : Attribute
    {
    }
}
