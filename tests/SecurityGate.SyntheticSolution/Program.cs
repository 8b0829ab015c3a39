using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SecurityGate.SyntheticSolution;

// Writes a synthetic solution: Synthetic.slnx, one project per folder, service files of cache-using code.
// The same options always give the same files, so two copies can be compared build for build.
GeneratorOptions options;
try
{
    options = GeneratorOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

// Files of an earlier, larger solution would stay behind and be compiled with the new one, so only a new or empty
// folder is written to.
var root = Path.GetFullPath(options.OutputDirectory);
if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
{
    Console.Error.WriteLine($"The output folder '{root}' is not empty: pass a new or empty folder, or delete it first.");
    return 2;
}

Directory.CreateDirectory(root);
var random = new Random(options.Seed);
var writer = new ServiceFileWriter(random, options.FindingShare, options.PlainShare, options.JsonNetShare);
var solution = new StringBuilder("<Solution>\n");
long lines = 0;

File.WriteAllText(Path.Combine(root, "Directory.Build.props"), SolutionFiles.DirectoryBuildProps(options.SecurityGateVersion, options.JsonNetShare > 0));
File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), SolutionFiles.DirectoryPackagesProps());
File.WriteAllText(Path.Combine(root, ".globalconfig"), SolutionFiles.GlobalConfig(options.DeserializationRules));
for (var project = 1; project <= options.Projects; project++)
{
    var name = "Synthetic.P" + project.ToString("D3", CultureInfo.InvariantCulture);
    var folder = Path.Combine(root, name);
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, name + ".csproj"), SolutionFiles.Project());
    solution.Append("  <Project Path=\"").Append(name).Append('/').Append(name).Append(".csproj\" />\n");

    for (var file = 1; file <= options.FilesPerProject; file++)
    {
        var text = writer.Write(name, file);
        File.WriteAllText(Path.Combine(folder, "Service" + file.ToString("D4", CultureInfo.InvariantCulture) + ".cs"), text);
        lines += text.Split('\n').Length - 1;
    }
}

solution.Append("</Solution>\n");
File.WriteAllText(Path.Combine(root, "Synthetic.slnx"), solution.ToString());
Console.WriteLine($"{options.Projects} projects, {options.Projects * options.FilesPerProject} files, {lines} lines of C#, {writer.FlawedKeys} flawed cache keys, {writer.FlawedSerializerSettings} Json.NET settings with TypeNameHandling.Auto, {writer.PlainFiles} plain files, in {root}");
return 0;
