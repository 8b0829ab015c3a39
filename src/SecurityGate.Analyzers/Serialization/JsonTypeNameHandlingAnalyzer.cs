using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Findings;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.Serialization;

/// <summary>
/// CSG021: Json.NET <c>TypeNameHandling</c> or <c>ItemTypeNameHandling</c> set to anything but <c>None</c>,
/// by assignment (object initializers included) on JsonSerializerSettings, JsonSerializer and the Json.NET
/// attributes, or by a named argument of JsonProperty, JsonObject, JsonArray, JsonDictionary or JsonContainer.
/// Only the place where the setting is made is reported; reads and comparisons are not. A value that is
/// not a constant is reported because it cannot be proven to be None.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JsonTypeNameHandlingAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<string> SettingOwnerTypeNames = ImmutableArray.Create(
        "Newtonsoft.Json.JsonSerializerSettings",
        "Newtonsoft.Json.JsonSerializer",
        "Newtonsoft.Json.JsonPropertyAttribute",
        "Newtonsoft.Json.JsonContainerAttribute");

    private static readonly ImmutableHashSet<string> SettingNames = ImmutableHashSet.Create("TypeNameHandling", "ItemTypeNameHandling");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.TypeNameHandling, Descriptors.TypeNameHandlingNotConstant);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var enumType = start.Compilation.GetTypeByMetadataName("Newtonsoft.Json.TypeNameHandling");
        if (enumType is null)
        {
            if (CacheApiNameMatcher.IsEnabled(start.Options))
            {
                RegisterByName(start);
            }

            return;
        }

        var owners = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in SettingOwnerTypeNames)
        {
            if (start.Compilation.GetTypeByMetadataName(name) is { } type)
            {
                owners.Add(type);
            }
        }

        // Attribute arguments arrive here too: in Roslyn 4.8, the version this analyzer builds against,
        // an attribute is an operation block owned by the symbol it is applied to, and its named
        // arguments are assignments. So the member's blocks are checked together and numbered together.
        var setting = new SettingCheck(enumType, owners);
        Func<IOperation, bool> isSettingWrite = operation => IsSettingName((IAssignmentOperation)operation);
        Action<IOperation, OperationTreeScope> check = (operation, scope) => setting.AnalyzeAssignment((IAssignmentOperation)operation, scope.Batch);
        new OperationTreeScan()
            .On(OperationKind.SimpleAssignment, isSettingWrite, check)
            .On(OperationKind.CompoundAssignment, isSettingWrite, check)
            .RegisterPerMember(start);
    }

    // Without Newtonsoft.Json the settings do not bind, so folder mode reads them from the source text.
    private static void RegisterByName(CompilationStartAnalysisContext start)
    {
        new OperationTreeScan()
            .On(
                OperationKind.SimpleAssignment,
                operation => TypeNameHandlingByName.Match((IAssignmentOperation)operation, SettingNames) is not null,
                (operation, scope) =>
                {
                    if (TypeNameHandlingByName.Match((IAssignmentOperation)operation, SettingNames) is var (setting, value))
                    {
                        scope.Batch.Add(Descriptors.TypeNameHandling, operation.Syntax.GetLocation(), setting + "=" + value, setting, value);
                    }
                })
            .RegisterPerMember(start);
    }

    // The scan's candidate test: a write to a property named like a setting, before any symbol comparison.
    private static bool IsSettingName(IAssignmentOperation assignment)
        => assignment.Target is IPropertyReferenceOperation { Property: var property } && SettingNames.Contains(property.Name);

    private sealed class SettingCheck
    {
        private readonly INamedTypeSymbol enumType;
        private readonly HashSet<INamedTypeSymbol> owners;

        public SettingCheck(INamedTypeSymbol enumType, HashSet<INamedTypeSymbol> owners)
        {
            this.enumType = enumType;
            this.owners = owners;
        }

        public void AnalyzeAssignment(IAssignmentOperation assignment, FindingBatch batch)
        {
            if (assignment.Target is not IPropertyReferenceOperation { Property: var property }
                || !SettingNames.Contains(property.Name)
                || !SymbolEqualityComparer.Default.Equals(property.Type, enumType)
                || !IsOwner(property.ContainingType))
            {
                return;
            }

            var location = assignment.Syntax.GetLocation();
            var constant = assignment.Value.ConstantValue;
            if (assignment is ISimpleAssignmentOperation && constant.HasValue)
            {
                ReportConstant(property.Name, constant.Value, location, batch);
                return;
            }

            if (assignment is ICompoundAssignmentOperation && constant.HasValue && IsNone(constant.Value))
            {
                // `|= TypeNameHandling.None` leaves the setting as it was.
                return;
            }

            // The source text only appears in the message; the evidence stays free of layout.
            var written = assignment is ICompoundAssignmentOperation ? assignment.Syntax : assignment.Value.Syntax;
            batch.Add(Descriptors.TypeNameHandlingNotConstant, location, property.Name + "=<not constant>", property.Name, written.ToString());
        }

        private void ReportConstant(string settingName, object? value, Location location, FindingBatch batch)
        {
            if (value is null || IsNone(value))
            {
                return;
            }

            var valueName = EnumValueText.Format(enumType, value);
            batch.Add(Descriptors.TypeNameHandling, location, settingName + "=" + valueName, settingName, valueName);
        }

        private static bool IsNone(object? value)
            => value is not null && Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0;

        private bool IsOwner(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (owners.Contains(current.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
