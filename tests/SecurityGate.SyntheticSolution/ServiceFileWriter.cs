using System;
using System.Globalization;
using System.Text;

namespace SecurityGate.SyntheticSolution;

/// <summary>
/// Writes one file of about 100 lines in the shape of a multi-tenant backend. By default each file is a DTO and a
/// cache-using service with five cache calls and plain business methods. A share of the cache keys lack a version or
/// tenant segment, so the gate has findings to report. Optional shares of the files are plain domain code, or services
/// that serialize with Json.NET.
/// </summary>
internal sealed class ServiceFileWriter
{
    private static readonly string[] Entities =
    {
        "Order", "Invoice", "Customer", "Product", "Price", "Basket", "Shipment", "Payment", "Voucher", "Review",
        "Supplier", "Warehouse", "Employee", "Contract", "Ticket", "Subscription", "Report", "Setting", "Region", "Catalog",
    };

    private readonly Random random;
    private readonly double findingShare;
    private readonly double plainShare;
    private readonly double jsonNetShare;

    public ServiceFileWriter(Random random, double findingShare, double plainShare = 0, double jsonNetShare = 0)
    {
        this.random = random;
        this.findingShare = findingShare;
        this.plainShare = plainShare;
        this.jsonNetShare = jsonNetShare;
    }

    /// <summary>The number of cache keys written so far that the gate reports (each gives one or two findings).</summary>
    public int FlawedKeys { get; private set; }

    /// <summary>The number of Json.NET settings written so far with <c>TypeNameHandling.Auto</c>.</summary>
    public int FlawedSerializerSettings { get; private set; }

    /// <summary>The number of plain files written so far.</summary>
    public int PlainFiles { get; private set; }

    public string Write(string rootNamespace, int fileIndex)
    {
        var entity = Entities[random.Next(Entities.Length)];
        var segment = entity.ToLowerInvariant();
        var text = new StringBuilder(6000);

        // A share of zero draws no random number, so the default options keep giving the same files as before.
        if (plainShare > 0 && random.NextDouble() < plainShare)
        {
            PlainFiles++;
            AppendPlainFile(text, rootNamespace, fileIndex, entity);
            return text.ToString();
        }

        var jsonNet = jsonNetShare > 0 && random.NextDouble() < jsonNetShare;
        var type = entity + "Service" + fileIndex.ToString(CultureInfo.InvariantCulture);
        text.Append("using System;\nusing System.Collections.Generic;\nusing System.Globalization;\nusing System.Linq;\n")
            .Append("using System.Text.Json;\nusing System.Threading;\nusing System.Threading.Tasks;\n")
            .Append("using Microsoft.Extensions.Caching.Distributed;\nusing Microsoft.Extensions.Caching.Memory;\n")
            .Append(jsonNet ? "using Newtonsoft.Json;\n\n" : "\n")
            .Append("namespace ").Append(rootNamespace).Append(".Module").Append(fileIndex).Append(";\n\n")
            .Append("public sealed record ").Append(entity).Append("Dto(string Id, string TenantId, string Name, decimal Amount, DateTimeOffset UpdatedAt);\n\n")
            .Append("public sealed class ").Append(type).Append("\n{\n")
            .Append("    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(").Append(random.Next(1, 60)).Append(");\n");
        if (jsonNet)
        {
            AppendJsonNetSettings(text);
        }

        text.Append("    private readonly IDistributedCache distributed;\n    private readonly IMemoryCache memory;\n\n")
            .Append("    public ").Append(type).Append("(IDistributedCache distributed, IMemoryCache memory)\n    {\n")
            .Append("        this.distributed = distributed;\n        this.memory = memory;\n    }\n\n");

        AppendDistributedRead(text, entity, segment, jsonNet);
        AppendDistributedWrite(text, entity, segment, jsonNet);
        AppendMemoryLookup(text, entity, segment);
        AppendRemoval(text, segment);
        AppendHelperKey(text, segment);
        AppendBusinessMethods(text, entity);

        text.Append("}\n");
        return text.ToString();
    }

    private string Key(string segment, string idExpression)
    {
        if (random.NextDouble() >= findingShare)
        {
            return $"$\"v1:client:{{tenantId}}:{segment}:{{{idExpression}}}\"";
        }

        FlawedKeys++;
        return random.Next(2) == 0 ? $"$\"{segment}:{{{idExpression}}}\"" : $"$\"v1:{segment}:{{{idExpression}}}\"";
    }

    private void AppendJsonNetSettings(StringBuilder text)
    {
        var handling = "None";
        if (random.NextDouble() < findingShare)
        {
            FlawedSerializerSettings++;
            handling = "Auto";
        }

        text.Append("    private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.")
            .Append(handling).Append(" };\n");
    }

    private void AppendDistributedRead(StringBuilder text, string entity, string segment, bool jsonNet)
    {
        text.Append("    public async Task<").Append(entity).Append("Dto?> GetAsync(string tenantId, string id, CancellationToken cancellationToken)\n    {\n")
            .Append("        var json = await distributed.GetStringAsync(").Append(Key(segment, "id")).Append(", cancellationToken);\n")
            .Append("        if (json is null)\n        {\n            return null;\n        }\n\n")
            .Append(jsonNet ? "        var dto = JsonConvert.DeserializeObject<" : "        var dto = JsonSerializer.Deserialize<")
            .Append(entity).Append(jsonNet ? "Dto>(json, Settings);\n" : "Dto>(json);\n")
            .Append("        return dto is not null && dto.TenantId == tenantId ? dto : null;\n    }\n\n");
    }

    private void AppendDistributedWrite(StringBuilder text, string entity, string segment, bool jsonNet)
    {
        text.Append("    public Task SetAsync(string tenantId, ").Append(entity).Append("Dto dto, CancellationToken cancellationToken)\n    {\n")
            .Append("        var options = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime };\n")
            .Append(jsonNet ? "        var json = JsonConvert.SerializeObject(dto, Settings);\n" : "        var json = JsonSerializer.Serialize(dto);\n")
            .Append("        return distributed.SetStringAsync(").Append(Key(segment, "dto.Id")).Append(", json, options, cancellationToken);\n    }\n\n");
    }

    private void AppendMemoryLookup(StringBuilder text, string entity, string segment)
    {
        text.Append("    public IReadOnlyList<string> GetNames(string tenantId, int page)\n    {\n")
            .Append("        return memory.GetOrCreate(").Append(Key(segment + "-names", "page")).Append(", entry =>\n        {\n")
            .Append("            entry.AbsoluteExpirationRelativeToNow = Lifetime;\n")
            .Append("            return Enumerable.Range(page * 20, 20).Select(index => \"").Append(entity).Append(" \" + index.ToString(CultureInfo.InvariantCulture)).ToList();\n")
            .Append("        }) ?? new List<string>();\n    }\n\n");
    }

    private void AppendRemoval(StringBuilder text, string segment)
    {
        text.Append("    public Task RemoveAsync(string tenantId, string id, CancellationToken cancellationToken) =>\n")
            .Append("        distributed.RemoveAsync(").Append(Key(segment, "id")).Append(", cancellationToken);\n\n");
    }

    private void AppendHelperKey(StringBuilder text, string segment)
    {
        text.Append("    private static string SummaryKey(string tenantId, int year) => ").Append(Key(segment + "-summary", "year")).Append(";\n\n")
            .Append("    public string? GetSummary(string tenantId, int year) => memory.Get<string>(SummaryKey(tenantId, year));\n\n");
    }

    // Domain code with no cache or serializer: the DTO and a calculator class with the same business methods.
    private void AppendPlainFile(StringBuilder text, string rootNamespace, int fileIndex, string entity)
    {
        text.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\n")
            .Append("namespace ").Append(rootNamespace).Append(".Module").Append(fileIndex).Append(";\n\n")
            .Append("public sealed record ").Append(entity).Append("Dto(string Id, string TenantId, string Name, decimal Amount, DateTimeOffset UpdatedAt);\n\n")
            .Append("public sealed class ").Append(entity).Append("Calculator").Append(fileIndex).Append("\n{\n")
            .Append("    public static decimal Average(IReadOnlyCollection<").Append(entity).Append("Dto> items) =>\n")
            .Append("        items.Count == 0 ? 0m : decimal.Round(items.Sum(item => item.Amount) / items.Count, 2);\n\n")
            .Append("    public static bool IsStale(").Append(entity).Append("Dto item, DateTimeOffset now) => now - item.UpdatedAt > TimeSpan.FromDays(")
            .Append(random.Next(1, 90)).Append(");\n\n");
        AppendBusinessMethods(text, entity);
        text.Append("}\n");
    }

    private void AppendBusinessMethods(StringBuilder text, string entity)
    {
        text.Append("    public static decimal Total(IEnumerable<").Append(entity).Append("Dto> items)\n    {\n")
            .Append("        var total = 0m;\n        foreach (var item in items)\n        {\n")
            .Append("            if (item.Amount > ").Append(random.Next(10, 1000)).Append(")\n            {\n")
            .Append("                total += item.Amount * 0.9m;\n                continue;\n            }\n\n")
            .Append("            total += item.Amount;\n        }\n\n        return decimal.Round(total, 2);\n    }\n\n")
            .Append("    public static IReadOnlyList<").Append(entity).Append("Dto> Latest(IEnumerable<").Append(entity).Append("Dto> items, int count) =>\n")
            .Append("        items.OrderByDescending(item => item.UpdatedAt).ThenBy(item => item.Name, StringComparer.Ordinal).Take(count).ToList();\n\n")
            .Append("    public static string Describe(").Append(entity).Append("Dto item)\n    {\n")
            .Append("        var builder = new System.Text.StringBuilder();\n")
            .Append("        builder.Append(item.Name).Append(\" (\").Append(item.Id).Append(')');\n")
            .Append("        if (item.Amount < 0)\n        {\n            builder.Append(\" refund\");\n        }\n\n")
            .Append("        return builder.ToString();\n    }\n\n")
            .Append("    public static Dictionary<string, int> CountByTenant(IEnumerable<").Append(entity).Append("Dto> items)\n    {\n")
            .Append("        var counts = new Dictionary<string, int>(StringComparer.Ordinal);\n")
            .Append("        foreach (var item in items)\n        {\n")
            .Append("            counts[item.TenantId] = counts.TryGetValue(item.TenantId, out var count) ? count + 1 : 1;\n        }\n\n")
            .Append("        return counts;\n    }\n");
    }
}
