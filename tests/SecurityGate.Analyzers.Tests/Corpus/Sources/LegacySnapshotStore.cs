using System;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;
using System.Xml;

namespace Contoso.Reporting;

[Serializable]
[DataContract]
public sealed class ReportSnapshot
{
    [DataMember]
    public string ReportName { get; set; } = "";

    [DataMember]
    public DateTime GeneratedAt { get; set; }

    [DataMember]
    public decimal[] Totals { get; set; } = Array.Empty<decimal>();
}

/// <summary>
/// Report snapshots on the shared file store, written by the .NET Framework report server and read by the new
/// service while both run. The new format is JSON; the BinaryFormatter paths are the migration's old half.
/// </summary>
public sealed class LegacySnapshotStore
{
    private readonly string folder;

#pragma warning disable SYSLIB0011 // The legacy format must still be read during the migration; the gate reports it.
    private readonly BinaryFormatter legacyFormatter = new(); // expect: CSG020
#pragma warning restore SYSLIB0011

    public LegacySnapshotStore(string folder) => this.folder = folder;

    public ReportSnapshot? Read(string reportName)
    {
        var jsonPath = Path.Combine(folder, reportName + ".json");
        if (File.Exists(jsonPath))
        {
            using var stream = File.OpenRead(jsonPath);
            return JsonSerializer.Deserialize<ReportSnapshot>(stream);
        }

        return ReadLegacy(reportName);
    }

    public void Write(ReportSnapshot snapshot)
    {
        using var stream = File.Create(Path.Combine(folder, snapshot.ReportName + ".json"));
        JsonSerializer.Serialize(stream, snapshot);
    }

    // Clean: DataContractSerializer creates only the declared contract types.
    public ReportSnapshot? ReadXml(string reportName)
    {
        using var stream = File.OpenRead(Path.Combine(folder, reportName + ".xml"));
        using var reader = XmlDictionaryReader.CreateTextReader(stream, new XmlDictionaryReaderQuotas());
        return (ReportSnapshot?)new DataContractSerializer(typeof(ReportSnapshot)).ReadObject(reader);
    }

    // Clean: XmlSerializer is bound to the declared type and reads no type names from the document.
    public ReportSnapshot? ReadExport(Stream stream)
        => (ReportSnapshot?)new System.Xml.Serialization.XmlSerializer(typeof(ReportSnapshot)).Deserialize(stream);

    // Wrong: any file on the share becomes an object graph of the sender's choice.
    public ReportSnapshot? ReadLegacy(string reportName)
    {
        var path = Path.Combine(folder, reportName + ".bin");
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
#pragma warning disable SYSLIB0011 // See the field: read-only support for the old format.
        return legacyFormatter.Deserialize(stream) as ReportSnapshot; // expect: CSG020
#pragma warning restore SYSLIB0011
    }

    public static object ReadAny(Stream stream)
    {
#pragma warning disable SYSLIB0011 // Used by the migration tool only.
        var formatter = new BinaryFormatter(); // expect: CSG020
        return formatter.Deserialize(stream);
#pragma warning restore SYSLIB0011
    }
}
